// softmax_backward.cpp — exercise (lesson 3): the backward pass of the Softmax layer.
//
// forward() kept p = softmax(z) in probabilities_. Given ∂L/∂p (B x classes), return ∂L/∂z.
// `make exercises` checks it against finite differences. The solution is
// src/framework/softmax_backward.cpp.
#include "exercise.hpp"
#include "framework/softmax.hpp"

namespace mlp {

const Matrix& Softmax::backward(const Matrix& grad_probabilities) {
  require_same_shape(grad_probabilities, probabilities_, "Softmax::backward");
  grad_scores_.reshape(probabilities_.rows(), probabilities_.cols());
  // TODO for every row: ∂L/∂z_k = Σ_j ∂L/∂p_j · ∂p_j/∂z_k, with ∂p_j/∂z_k = p_j (δ_jk − p_k).
  // Hint: the sum simplifies to p_k (∂L/∂p_k − Σ_j ∂L/∂p_j p_j); compute the Σ once per row.
  exercise_not_done("softmax-backward");
  return grad_scores_;
}

}  // namespace mlp
