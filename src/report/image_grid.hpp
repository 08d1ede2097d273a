// image_grid.hpp — a grid of small grey-scale images with a caption under each, e.g. the test
// digits a network got wrong, captioned "true 4, predicted 9".
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
//
// Pixels are bytes as in MNIST: 0 is the white background and 255 full black ink, so pixel value
// v is drawn in the grey (255 − v, 255 − v, 255 − v). Each row of an image becomes one rectangle
// per run of equal pixels (report/runs.hpp); white runs are left out, as the image's white
// background already shows there.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "report/svg.hpp"

namespace mlp {

class ImageGrid {
 public:
  // Images of image_width × image_height pixels (1 to 1000 each), `columns` images per row, each
  // pixel drawn as a square of pixel_size × pixel_size (0 to 100). Throws std::invalid_argument
  // for sizes out of range.
  ImageGrid(std::string title, std::size_t image_width, std::size_t image_height,
            std::size_t columns = 8, double pixel_size = 3.0);

  // `pixels` holds image_width × image_height bytes, row by row from the top-left corner.
  void add_image(const std::uint8_t* pixels, const std::string& caption);
  // Throws std::invalid_argument when `pixels` does not hold exactly one image.
  void add_image(const std::vector<std::uint8_t>& pixels, const std::string& caption);

  std::size_t size() const { return captions_.size(); }

  // The title on top, then the images in rows of `columns`. An empty grid says "(no images)".
  SvgDocument render() const;
  void save(const std::string& path) const;

 private:
  void draw_image(SvgDocument& doc, std::size_t index, double x, double y) const;

  std::string title_;
  std::size_t image_width_;
  std::size_t image_height_;
  std::size_t columns_;
  double pixel_size_;
  std::vector<std::uint8_t> pixels_;  // all images one after the other
  std::vector<std::string> captions_;
};

}  // namespace mlp
