// evaluation.hpp — how good is the trained network? Accuracy, the confusion matrix and the
// digits it gets wrong, on a set it never trained on.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "framework/network.hpp"
#include "lab/mnist_dataset.hpp"

namespace mlp {

struct Mistake {
  std::size_t index;  // in the evaluated set
  int true_label;
  int predicted;
  double confidence;  // softmax probability of the predicted class
};

struct Evaluation {
  double accuracy = 0;
  double loss = 0;  // mean softmax cross-entropy
  // confusion[t][p]: how many images of digit t were classified as p
  std::array<std::array<std::size_t, kMnistClasses>, kMnistClasses> confusion{};
  std::vector<Mistake> mistakes;  // every misclassified image, most confident mistakes first
};

Evaluation evaluate(Network& network, const MnistDataset& data, std::size_t batch_size);

// The confusion matrix as a text table, rows the true digit, columns the prediction.
std::string confusion_table(const Evaluation& evaluation);

// A 28x28 digit drawn with characters, darker characters for more ink.
std::string draw_digit(const std::uint8_t* pixels);

}  // namespace mlp
