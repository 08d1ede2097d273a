// mnist_dataset.hpp — MNIST images as a training Dataset, kept as bytes until a minibatch needs
// them.
//
// 60,000 images of 784 pixels are 47 MB as bytes but 188 MB as floats, so the images stay bytes
// and gather() converts just the B images of one minibatch, scaling each pixel from 0…255 to
// 0…1 (inputs of order 1 suit the Xavier/He initial weights).
#pragma once

#include <cstdint>
#include <vector>

#include "data/mnist.hpp"
#include "framework/training.hpp"

namespace mlp {

constexpr std::size_t kMnistPixels = 28 * 28;
constexpr std::size_t kMnistClasses = 10;

// Examples first … first + count − 1 of an MnistSet (which must outlive this view).
class MnistDataset : public Dataset {
 public:
  MnistDataset(const MnistSet& set, std::size_t first, std::size_t count);

  std::size_t size() const override { return count_; }
  // inputs (count x 784): pixel / 255; targets (count x 10): one-hot labels.
  void gather(const std::size_t* indices, std::size_t count, Matrix& inputs,
              Matrix& targets) const override;

  const std::uint8_t* image(std::size_t i) const;
  std::uint8_t label(std::size_t i) const;

 private:
  const MnistSet& set_;
  std::size_t first_;
  std::size_t count_;
};

// The same scaling for one image (1 x 784), as predict uses it.
Matrix image_to_input(const std::uint8_t* pixels);

}  // namespace mlp
