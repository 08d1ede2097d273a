// mnist.cpp — finding the MNIST files of a split and checking that images and labels fit together.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
#include "data/mnist.hpp"

#include <filesystem>
#include <stdexcept>

#include "data/idx.hpp"

namespace mlp {
namespace {

constexpr std::uint32_t kSide = 28;
constexpr std::uint8_t kClasses = 10;

// The compressed file if it exists, else the uncompressed one, else an error naming both.
std::string find_file(const std::string& folder, const std::string& file_name) {
  const std::string plain = (std::filesystem::path(folder) / file_name).string();
  const std::string compressed = plain + ".gz";
  if (std::filesystem::exists(compressed)) return compressed;
  if (std::filesystem::exists(plain)) return plain;
  throw std::runtime_error(compressed + ": no such file (nor the uncompressed " + plain + ")");
}

}  // namespace

MnistSet load_mnist(const std::string& folder, const std::string& split) {
  const std::string images_path = find_file(folder, split + "-images-idx3-ubyte");
  const std::string labels_path = find_file(folder, split + "-labels-idx1-ubyte");
  IdxArray images = read_idx(images_path);
  IdxArray labels = read_idx(labels_path);

  if (images.dims.size() != 3 || images.dims[1] != kSide || images.dims[2] != kSide) {
    throw std::runtime_error(images_path + ": expected images of N x 28 x 28 pixels, found " +
                             shape_text(images.dims));
  }
  if (labels.dims.size() != 1) {
    throw std::runtime_error(labels_path + ": expected a list of labels (one dimension), found " +
                             shape_text(labels.dims));
  }
  if (images.dims[0] != labels.dims[0]) {
    throw std::runtime_error(images_path + " has " + std::to_string(images.dims[0]) +
                             " images but " + labels_path + " has " +
                             std::to_string(labels.dims[0]) + " labels");
  }
  for (std::size_t i = 0; i < labels.bytes.size(); ++i) {
    if (labels.bytes[i] >= kClasses) {
      throw std::runtime_error(labels_path + ": label " + std::to_string(labels.bytes[i]) +
                               " of image " + std::to_string(i) + " is not a digit 0 to 9");
    }
  }

  MnistSet set;
  set.count = images.dims[0];
  set.pixels = std::move(images.bytes);
  set.labels = std::move(labels.bytes);
  return set;
}

}  // namespace mlp
