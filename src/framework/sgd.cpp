// sgd.cpp — the optimiser that applies the update rules to every parameter, and the minibatch
// order.
#include "framework/sgd.hpp"

#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>

#include "framework/kernels.hpp"

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
  if (!(options.weight_decay >= 0) || !std::isfinite(options.weight_decay)) {
    throw std::invalid_argument("weight decay must be a number ≥ 0, got " +
                                std::to_string(options.weight_decay));
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
  const Scalar mu = static_cast<Scalar>(options_.momentum);
  const Scalar lambda = static_cast<Scalar>(options_.weight_decay);
  if (mu != 0 && velocities_.size() != parameters.size()) {
    velocities_.clear();
    for (const Parameter& p : parameters)
      velocities_.emplace_back(p.value->rows(), p.value->cols());
  }
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    Matrix& theta = *parameters[i].value;
    Matrix& gradient = *parameters[i].gradient;
    if (lambda != 0) add_scaled(gradient, theta, lambda);  // ∂L/∂θ ← ∂L/∂θ + λ·θ
    if (mu == 0) {
      sgd_step(theta, gradient, eta);
    } else {
      momentum_step(theta, velocities_[i], gradient, eta, mu);
    }
  }
}

double weight_decay_penalty(const std::vector<Parameter>& parameters, double weight_decay) {
  if (weight_decay == 0) return 0;
  double squares = 0;
  for (const Parameter& p : parameters)
    for (std::size_t i = 0; i < p.value->size(); ++i)
      squares += double(p.value->data()[i]) * double(p.value->data()[i]);
  return weight_decay / 2 * squares;
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
