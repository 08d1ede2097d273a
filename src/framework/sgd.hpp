// sgd.hpp — gradient descent: the update rule and the shuffled minibatches it runs over.
//
// Training minimises the loss L(θ) over the parameters θ by walking downhill:
//   θ ← θ − η · ∂L/∂θ            η (eta) is the learning rate
// Computing ∂L/∂θ on the whole training set for every step is slow, so stochastic gradient
// descent (SGD) estimates it on a small random minibatch of B examples instead: each step is
// noisier but far cheaper, and one pass over the data (an epoch) takes N / B steps instead of one.
//
// Momentum (optional, off by default) keeps a running velocity v so that steps in a consistent
// direction build up speed while zig-zags cancel out:
//   v ← μ·v − η·∂L/∂θ,    θ ← θ + v          μ in [0, 1); μ = 0 is plain SGD
#pragma once

#include <cstddef>
#include <vector>

#include "framework/layer.hpp"
#include "framework/random.hpp"

namespace mlp {

struct SgdOptions {
  double learning_rate = 0.1;
  double momentum = 0.0;
  double weight_decay = 0;
};

class Sgd {
 public:
  explicit Sgd(SgdOptions options);
  // Applies one update to every parameter, using the gradients the last backward pass stored.
  void step(const std::vector<Parameter>& parameters);
  const SgdOptions& options() const { return options_; }
  void set_learning_rate(double learning_rate);

 private:
  SgdOptions options_;
  std::vector<Matrix> velocities_;  // one per parameter, used only with momentum
};

// Splits the indices 0 … N−1 into minibatches of batch_size, in a new random order each epoch
// (the last minibatch of an epoch is smaller when B does not divide N).
class MinibatchOrder {
 public:
  MinibatchOrder(std::size_t example_count, std::size_t batch_size);
  // Shuffles the order for a new epoch.
  void shuffle(Rng& rng);
  std::size_t batch_count() const;
  std::size_t example_count() const { return order_.size(); }
  // The indices of minibatch k of the current order: batch_indices(k)[0 … batch_length(k)−1].
  const std::size_t* batch_indices(std::size_t k) const;
  std::size_t batch_length(std::size_t k) const;

 private:
  std::vector<std::size_t> order_;
  std::size_t batch_size_;
};

}  // namespace mlp
