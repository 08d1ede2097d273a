// linear_backward_wrong.cpp — a Linear backward pass with the mistake a learner easily makes: the
// bias gradient takes the first example's δ instead of the sum over the batch. The test of the
// exercise grader builds it in place of an exercise file and expects a pointed failure.
#include <stdexcept>

#include "framework/kernels.hpp"
#include "framework/linear.hpp"

namespace mlp {

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
  for (std::size_t j = 0; j < outputs(); ++j)
    grad_bias(0, j) = grad_output(0, j);
}

}  // namespace mlp
