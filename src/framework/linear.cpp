// linear.cpp — the Linear layer: its weights, its forward pass and its parameters (the backward
// pass is in linear_backward.cpp).
#include "framework/linear.hpp"

#include <stdexcept>

#include "framework/kernels.hpp"

namespace mlp {

Linear::Linear(std::size_t inputs, std::size_t outputs, Rng& rng, Initialization scheme)
    : weights(outputs, inputs),
      bias(1, outputs, 0),
      grad_weights(outputs, inputs, 0),
      grad_bias(1, outputs, 0) {
  if (inputs == 0 || outputs == 0) {
    throw std::invalid_argument("Linear: sizes must be positive, got " + std::to_string(inputs) +
                                " -> " + std::to_string(outputs));
  }
  initialize_weights(weights, scheme, rng);
}

std::string Linear::name() const {
  return "Linear(" + std::to_string(inputs()) + " -> " + std::to_string(outputs()) + ")";
}

std::size_t Linear::output_size(std::size_t input_size) const {
  if (input_size != inputs()) {
    throw std::invalid_argument(name() + " cannot take inputs of width " +
                                std::to_string(input_size));
  }
  return outputs();
}

// Forward:  Z = X·Wᵀ + b                 X: (B x in), W: (out x in), b: (1 x out), Z: (B x out)
const Matrix& Linear::forward(const Matrix& input) {
  if (input.cols() != inputs()) {
    throw std::invalid_argument(name() + ": input " + input.shape() + " does not fit weights " +
                                weights.shape());
  }
  copy(input, input_);  // X, kept for ∂L/∂W = δᵀ·X in backward
  matmul_a_bt(input, weights, output_);
  add_row_to_each_row(output_, bias);
  return output_;
}

std::vector<Parameter> Linear::parameters() {
  return {{"weights", &weights, &grad_weights}, {"bias", &bias, &grad_bias}};
}

}  // namespace mlp
