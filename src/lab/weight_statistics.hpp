// weight_statistics.hpp — what the weights of a perceptron look like and how fast they move:
// the numbers behind the lab's questions about weights and about training deeper networks.
//
// Per Linear layer (first layer first):
//   max |w|          the largest weight in absolute value
//   RMS |w|          √(mean of w²), the typical size of a weight
//   ‖∂L/∂W‖          the Frobenius norm √(Σ (∂L/∂w)²) of the layer's weight gradient, averaged
//                    over the minibatches of an epoch. Backpropagation multiplies the gradient by
//                    each layer's derivative on its way to the input, so in a deep sigmoid network
//                    (σ' ≤ 1/4) the first layers' norms come out orders of magnitude smaller than
//                    the last layer's: the vanishing gradient, measured instead of guessed.
#pragma once

#include <vector>

#include "framework/losses.hpp"
#include "framework/network.hpp"
#include "framework/training.hpp"

namespace mlp {

std::vector<double> max_abs_weights(Network& network);
std::vector<double> rms_weights(Network& network);
// True when every weight and bias is a finite number.
bool all_weights_finite(Network& network);

// Sums ‖∂L/∂W‖ of every layer over minibatches; add() reads the gradients the last backward
// pass left in the layers.
class GradientNorms {
 public:
  void add(Network& network);
  std::vector<double> mean() const;  // per layer, over the minibatches added
  void clear();

 private:
  std::vector<double> sums_;
  std::size_t batches_ = 0;
};

// ‖∂L/∂W‖ per layer before any training step: the mean over the first `batches` minibatches of
// `data` in order, with the network left unchanged.
std::vector<double> initial_gradient_norms(Network& network, const Loss& loss, const Dataset& data,
                                           std::size_t batch_size, std::size_t batches);

// A copy of every parameter, to go back to later (keeping the best epoch).
std::vector<Matrix> copy_parameters(Network& network);
void restore_parameters(Network& network, const std::vector<Matrix>& copy);

}  // namespace mlp
