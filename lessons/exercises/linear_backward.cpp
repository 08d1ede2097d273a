// linear_backward.cpp — exercise (lesson 3): the backward pass of the Linear layer.
//
// The layer computed Z = X·Wᵀ + b in forward() and kept X in input_. Given δ = ∂L/∂Z (B x out),
// fill grad_weights = ∂L/∂W and grad_bias = ∂L/∂b, and return ∂L/∂X. `make exercises` checks
// all three against finite differences. The solution is src/framework/linear_backward.cpp.
#include <stdexcept>

#include "exercise.hpp"
#include "framework/kernels.hpp"
#include "framework/linear.hpp"

namespace mlp {

const Matrix& Linear::backward(const Matrix& grad_output) {
  backward_parameters_only(grad_output);
  // TODO ∂L/∂X = δ·W (B x in), into grad_input_.
  // Hint: one of the three products of framework/kernels.hpp.
  exercise_not_done("linear-backward", grad_output);
  return grad_input_;
}

void Linear::backward_parameters_only(const Matrix& grad_output) {
  if (grad_output.rows() != input_.rows() || grad_output.cols() != outputs()) {
    throw std::invalid_argument(name() + "::backward: gradient " + grad_output.shape() +
                                " does not match output " + output_.shape());
  }
  // TODO ∂L/∂W = δᵀ·X (out x in), into grad_weights.
  // Hint: ∂L/∂w_ji = Σ_b δ_bj x_bi is a product with the first matrix transposed.
  // TODO ∂L/∂b = Σ_b δ_b (1 x out), into grad_bias.
  // Hint: every example adds its δ row to the bias gradient (framework/matrix.hpp has the loop).
  exercise_not_done("linear-backward", grad_output);
}

}  // namespace mlp
