// mnist_dataset.cpp — converting MNIST bytes into minibatches.
#include "lab/mnist_dataset.hpp"

#include <stdexcept>
#include <string>

#include "framework/kernels.hpp"

namespace mlp {
namespace {

constexpr Scalar kPixelScale = Scalar(1) / Scalar(255);

void bytes_to_row(const std::uint8_t* pixels, Scalar* row) {
  for (std::size_t p = 0; p < kMnistPixels; ++p)
    row[p] = Scalar(pixels[p]) * kPixelScale;
}

constexpr std::size_t kPrefetchAhead = 4;  // images; anything from 2 to 8 measured the same

}  // namespace

MnistDataset::MnistDataset(const MnistSet& set, std::size_t first, std::size_t count)
    : set_(set), first_(first), count_(count) {
  if (first + count > set.count) {
    throw std::invalid_argument("MnistDataset: examples " + std::to_string(first) + " to " +
                                std::to_string(first + count) + " of a set of " +
                                std::to_string(set.count));
  }
}

void MnistDataset::gather(const std::size_t* indices, std::size_t count, Matrix& inputs,
                          Matrix& targets) const {
  inputs.reshape(count, kMnistPixels);
  targets.reshape(count, kMnistClasses);
  targets.fill(0);
  // Every image on its own, so the fast tier shares them out over its threads. The images of a
  // shuffled minibatch lie anywhere in the 47 MB of the training set, far more than the caches
  // hold, and converting one would mostly wait for it to arrive from memory; asking for the one
  // kPrefetchAhead places on first hides most of that wait.
  for_each_part(count, kMnistPixels, [&](std::size_t first, std::size_t end) {
    for (std::size_t b = first; b < end; ++b) {
      if (b + kPrefetchAhead < end) prefetch(image(indices[b + kPrefetchAhead]), kMnistPixels);
      bytes_to_row(image(indices[b]), inputs.row(b));
      targets(b, label(indices[b])) = 1;
    }
  });
}

const std::uint8_t* MnistDataset::image(std::size_t i) const {
  return set_.pixels.data() + (first_ + i) * kMnistPixels;
}

std::uint8_t MnistDataset::label(std::size_t i) const {
  return set_.labels[first_ + i];
}

Matrix image_to_input(const std::uint8_t* pixels) {
  Matrix input(1, kMnistPixels);
  bytes_to_row(pixels, input.row(0));
  return input;
}

}  // namespace mlp
