// linear.cpp — forward and backward of the Linear layer.
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
  input_ = input;
  matmul_a_bt(input, weights, output_);
  add_row_to_each_row(output_, bias);
  return output_;
}

// Backward, with δ = ∂L/∂Z (B x out). Each z_bj = Σ_i w_ji x_bi + b_j, so by the chain rule:
//   ∂L/∂W = δᵀ·X                  (out x in):  ∂L/∂w_ji = Σ_b δ_bj x_bi
//   ∂L/∂b = Σ_b δ_b (column sums) (1 x out):   ∂L/∂b_j  = Σ_b δ_bj
//   ∂L/∂X = δ·W                   (B x in):    ∂L/∂x_bi = Σ_j δ_bj w_ji
// The sums over b add up the contributions of every example in the batch; the loss already
// divided by B, so these are gradients of the batch mean.
const Matrix& Linear::backward(const Matrix& grad_output) {
  backward_parameters_only(grad_output);
  matmul(grad_output, weights, grad_input_);
  return grad_input_;
}

void Linear::backward_parameters_only(const Matrix& grad_output) {
  if (grad_output.rows() != input_.rows() || grad_output.cols() != outputs()) {
    throw std::invalid_argument(name() + "::backward: gradient " + grad_output.shape() +
                                " does not match output " + output_.shape());
  }
  matmul_at_b(grad_output, input_, grad_weights);
  sum_over_rows(grad_output, grad_bias);
}

std::vector<Parameter> Linear::parameters() {
  return {{"weights", &weights, &grad_weights}, {"bias", &bias, &grad_bias}};
}

}  // namespace mlp
