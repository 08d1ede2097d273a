// mnist.hpp — loading one half of MNIST (training or test): its images and its labels.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
//
// MNIST comes as two pairs of IDX files (idx.hpp), each usually gzip-compressed:
//
//   train-images-idx3-ubyte(.gz)  60,000 images of 28 x 28 pixels
//   train-labels-idx1-ubyte(.gz)  60,000 labels, the digit each image shows
//   t10k-images-idx3-ubyte(.gz)   10,000 test images
//   t10k-labels-idx1-ubyte(.gz)   10,000 test labels
//
// Image i and label i belong together. Pixels are 0 (background) to 255 (ink), row by row
// from the top-left corner. Everything stays as bytes here; the lab turns a few images at a time
// into numbers for the network.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mlp {

struct MnistSet {
  std::size_t count = 0;  // the number of images (and labels)
  std::size_t rows = 28;
  std::size_t cols = 28;
  std::vector<std::uint8_t> pixels;  // count x rows x cols bytes: image 0, then image 1, …
  std::vector<std::uint8_t> labels;  // count digits, 0 to 9
};

// Loads `<folder>/<split>-images-idx3-ubyte` and `<folder>/<split>-labels-idx1-ubyte`, each
// from its ".gz" file if there is one, else from the uncompressed file. `split` is "train" or
// "t10k". Throws std::runtime_error naming the file when one is missing or malformed, when the
// images are not N x 28 x 28, the labels not one list, their counts differ, or a label is not a
// digit 0 to 9.
MnistSet load_mnist(const std::string& folder, const std::string& split);

}  // namespace mlp
