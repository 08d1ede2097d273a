// image_grid.cpp — laying out the images and their captions, and drawing each image as runs of
// equal pixels.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
#include "report/image_grid.hpp"

#include <algorithm>
#include <stdexcept>

#include "report/plot.hpp"
#include "report/plot_style.hpp"
#include "report/runs.hpp"

namespace mlp {
namespace {

constexpr double kCaptionSize = 11.0;
constexpr double kTitleSize = 15.0;
constexpr double kGap = 14.0;  // between images, and around the grid

void require_in_range(const char* what, double value, double low, double high) {
  if (!(value >= low && value <= high)) {
    throw std::invalid_argument(std::string("ImageGrid: ") + what + " must be " +
                                format_decimal(low, 0) + " to " + format_decimal(high, 0));
  }
}

}  // namespace

ImageGrid::ImageGrid(std::string title, std::size_t image_width, std::size_t image_height,
                     std::size_t columns, double pixel_size)
    : title_(std::move(title)),
      image_width_(image_width),
      image_height_(image_height),
      columns_(columns),
      pixel_size_(pixel_size) {
  require_in_range("the image width", static_cast<double>(image_width), 1, 1000);
  require_in_range("the image height", static_cast<double>(image_height), 1, 1000);
  require_in_range("the number of columns", static_cast<double>(columns), 1, 1000);
  require_in_range("the pixel size", pixel_size, 0.1, 100);
}

void ImageGrid::add_image(const std::uint8_t* pixels, const std::string& caption) {
  if (pixels == nullptr) throw std::invalid_argument("ImageGrid: image '" + caption + "' is null");
  pixels_.insert(pixels_.end(), pixels, pixels + image_width_ * image_height_);
  captions_.push_back(caption);
}

void ImageGrid::add_image(const std::vector<std::uint8_t>& pixels, const std::string& caption) {
  if (pixels.size() != image_width_ * image_height_) {
    throw std::invalid_argument("ImageGrid: image '" + caption + "' has " +
                                std::to_string(pixels.size()) + " pixels, expected " +
                                std::to_string(image_width_) + " x " +
                                std::to_string(image_height_));
  }
  add_image(pixels.data(), caption);
}

SvgDocument ImageGrid::render() const {
  // Each cell is as wide as its image or its longest caption, whichever is wider.
  double caption_width = 0.0;
  for (const std::string& caption : captions_)
    caption_width = std::max(caption_width, text_width(caption, kCaptionSize));
  const double image_width = pixel_size_ * static_cast<double>(image_width_);
  const double image_height = pixel_size_ * static_cast<double>(image_height_);
  const double cell_width = std::max(image_width, caption_width) + kGap;
  const double cell_height = image_height + kCaptionSize + 6.0 + kGap;
  const std::size_t columns = std::max<std::size_t>(1, std::min(columns_, size()));
  const std::size_t rows = (size() + columns - 1) / columns;
  const double top = 2.2 * kTitleSize;

  const double width = std::max(kGap + cell_width * static_cast<double>(columns),
                                text_width(title_, kTitleSize) + 2 * kGap);
  SvgDocument doc(width, top + cell_height * static_cast<double>(std::max<std::size_t>(rows, 1)));
  paint_white_page(doc);
  TextStyle title_text;
  title_text.size = kTitleSize;
  title_text.bold = true;
  doc.text(kGap, 1.4 * kTitleSize, title_, title_text);
  TextStyle caption_text;
  caption_text.size = kCaptionSize;
  caption_text.anchor = TextAnchor::middle;
  caption_text.fill = kMutedTextColour;
  if (size() == 0) doc.text(width / 2, top + kCaptionSize, "(no images)", caption_text);

  for (std::size_t i = 0; i < size(); ++i) {
    const double cell_x = kGap / 2 + cell_width * static_cast<double>(i % columns);
    const double cell_y = top + cell_height * static_cast<double>(i / columns);
    const double image_x = cell_x + (cell_width - image_width) / 2;
    draw_image(doc, i, image_x, cell_y);
    doc.text(cell_x + cell_width / 2, cell_y + image_height + kCaptionSize + 3, captions_[i],
             caption_text);
  }
  return doc;
}

void ImageGrid::save(const std::string& path) const {
  render().save(path);
}

void ImageGrid::draw_image(SvgDocument& doc, std::size_t index, double x, double y) const {
  const double width = pixel_size_ * static_cast<double>(image_width_);
  const double height = pixel_size_ * static_cast<double>(image_height_);
  SvgDocument image(width, height);
  const std::uint8_t* pixels = pixels_.data() + index * image_width_ * image_height_;
  for (std::size_t row = 0; row < image_height_; ++row) {
    const double row_y = pixel_size_ * static_cast<double>(row);
    auto draw_run = [&](std::size_t first, std::size_t length, std::uint8_t value) {
      if (value == 0) return;
      Paint ink;
      const int grey = 255 - value;
      ink.fill = hex_colour(grey, grey, grey);
      image.rect(pixel_size_ * static_cast<double>(first), row_y,
                 pixel_size_ * static_cast<double>(length), pixel_size_, ink);
    };
    for_each_run(pixels + row * image_width_, image_width_, draw_run);
  }
  Paint frame;
  frame.fill = "#FFFFFF";
  frame.stroke = "#BBBBBB";
  frame.stroke_width = 0.8;
  doc.rect(x, y, width, height, frame);
  doc.group(image, x, y, true);
}

}  // namespace mlp
