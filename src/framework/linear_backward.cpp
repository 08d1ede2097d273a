// linear_backward.cpp — the backward pass of the Linear layer: ∂L/∂W, ∂L/∂b and ∂L/∂X.
//
// lessons/exercises/linear_backward.cpp is the learner's copy of this file.
#include <stdexcept>

#include "framework/kernels.hpp"
#include "framework/linear.hpp"

namespace mlp {

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

}  // namespace mlp
