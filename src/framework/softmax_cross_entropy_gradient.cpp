// softmax_cross_entropy_gradient.cpp — the gradient of softmax followed by cross-entropy, in one
// step.
//
// lessons/exercises/softmax_cross_entropy_gradient.cpp is the learner's copy of this file.
#include "framework/losses.hpp"
#include "framework/softmax.hpp"

namespace mlp {

// Differentiating ℓ = lse(z) Σ_j y_j − Σ_j y_j z_j with respect to z_k, using
// ∂lse(z)/∂z_k = exp(z_k) / Σ_j exp(z_j) = p_k:
//   ∂ℓ/∂z_k = p_k Σ_j y_j − y_k = p_k − y_k        (a one-hot or probability row sums to 1)
// and the mean over the batch divides by B:  ∂L/∂z = (p − y) / B.
// The two-step path — Softmax::backward applied to CrossEntropy::gradient — gives the same
// numbers with more work; the tests check that they agree.
void SoftmaxCrossEntropy::gradient(const Matrix& scores, const Matrix& target, Matrix& grad) const {
  const double batch = batch_size_of(scores, target, "softmax cross-entropy");
  softmax(scores, grad);
  for (std::size_t i = 0; i < grad.size(); ++i) {
    grad.data()[i] = static_cast<Scalar>((double(grad.data()[i]) - target.data()[i]) / batch);
  }
}

}  // namespace mlp
