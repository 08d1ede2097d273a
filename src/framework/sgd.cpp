// sgd.cpp — the SGD update (with optional momentum) and the minibatch order.
#include "framework/sgd.hpp"

#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

namespace mlp {
namespace {

void require_valid(const SgdOptions& options) {
  if (!(options.learning_rate > 0) || !std::isfinite(options.learning_rate)) {
    throw std::invalid_argument("learning rate must be a positive number, got " +
                                std::to_string(options.learning_rate));
  }
  if (!(options.momentum >= 0 && options.momentum < 1)) {
    throw std::invalid_argument("momentum must be in [0, 1), got " +
                                std::to_string(options.momentum));
  }
}

}  // namespace

Sgd::Sgd(SgdOptions options) : options_(options) {
  require_valid(options_);
}

void Sgd::set_learning_rate(double learning_rate) {
  SgdOptions changed = options_;
  changed.learning_rate = learning_rate;
  require_valid(changed);
  options_ = changed;
}

void Sgd::step(const std::vector<Parameter>& parameters) {
  const Scalar eta = static_cast<Scalar>(options_.learning_rate);
  if (options_.momentum == 0) {
    // θ ← θ − η · ∂L/∂θ
    for (const Parameter& p : parameters)
      add_scaled(*p.value, *p.gradient, -eta);
    return;
  }
  if (velocities_.size() != parameters.size()) {
    velocities_.clear();
    for (const Parameter& p : parameters)
      velocities_.emplace_back(p.value->rows(), p.value->cols());
  }
  const Scalar mu = static_cast<Scalar>(options_.momentum);
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    Matrix& velocity = velocities_[i];
    // v ← μ·v − η·∂L/∂θ,   θ ← θ + v
    scale(velocity, mu);
    add_scaled(velocity, *parameters[i].gradient, -eta);
    add_scaled(*parameters[i].value, velocity, 1);
  }
}

MinibatchOrder::MinibatchOrder(std::size_t example_count, std::size_t batch_size)
    : order_(example_count), batch_size_(batch_size) {
  if (batch_size == 0) throw std::invalid_argument("batch size must be positive");
  if (example_count == 0) throw std::invalid_argument("cannot make minibatches of no examples");
  std::iota(order_.begin(), order_.end(), std::size_t{0});
}

void MinibatchOrder::shuffle(Rng& rng) {
  rng.shuffle(order_);
}

std::size_t MinibatchOrder::batch_count() const {
  return (order_.size() + batch_size_ - 1) / batch_size_;
}

const std::size_t* MinibatchOrder::batch_indices(std::size_t k) const {
  return order_.data() + k * batch_size_;
}

std::size_t MinibatchOrder::batch_length(std::size_t k) const {
  return std::min(batch_size_, order_.size() - k * batch_size_);
}

}  // namespace mlp
