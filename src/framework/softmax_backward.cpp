// softmax_backward.cpp — the backward pass of the Softmax layer, through its Jacobian.
//
// lessons/exercises/softmax_backward.cpp is the learner's copy of this file.
#include "framework/softmax.hpp"

namespace mlp {

// Backward: each p_j depends on every z_k of its row, with ∂p_j/∂z_k = p_j (δ_jk − p_k)
// (δ_jk is 1 when j = k, else 0). Summing over j by the chain rule:
//   ∂L/∂z_k = Σ_j ∂L/∂p_j · p_j (δ_jk − p_k) = p_k (∂L/∂p_k − Σ_j ∂L/∂p_j p_j)
const Matrix& Softmax::backward(const Matrix& grad_probabilities) {
  require_same_shape(grad_probabilities, probabilities_, "Softmax::backward");
  grad_scores_.reshape(probabilities_.rows(), probabilities_.cols());
  for (std::size_t r = 0; r < probabilities_.rows(); ++r) {
    const Scalar* p = probabilities_.row(r);
    const Scalar* g = grad_probabilities.row(r);
    Scalar weighted_sum = 0;
    for (std::size_t j = 0; j < probabilities_.cols(); ++j)
      weighted_sum += g[j] * p[j];
    Scalar* out = grad_scores_.row(r);
    for (std::size_t k = 0; k < probabilities_.cols(); ++k)
      out[k] = p[k] * (g[k] - weighted_sum);
  }
  return grad_scores_;
}

}  // namespace mlp
