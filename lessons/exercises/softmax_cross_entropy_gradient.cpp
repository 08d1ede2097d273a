// softmax_cross_entropy_gradient.cpp — exercise (lessons 1 and 3): the gradient of softmax
// followed by cross-entropy, taken on the scores z in one step.
//
// L = −(1/B) Σ_i Σ_j y_ij log softmax(z_i)_j. Write ∂L/∂z into grad (reshaped to the scores).
// `make exercises` checks it against finite differences. The solution is
// src/framework/softmax_cross_entropy_gradient.cpp.
#include "exercise.hpp"
#include "framework/losses.hpp"
#include "framework/softmax.hpp"

namespace mlp {

void SoftmaxCrossEntropy::gradient(const Matrix& scores, const Matrix& target, Matrix& grad) const {
  const double batch = batch_size_of(scores, target, "softmax cross-entropy");
  // TODO grad = ∂L/∂z, the same shape as the scores.
  // Hint: per example it is p − y with p = softmax(z); the mean over the batch divides by B.
  exercise_not_done("softmax-cross-entropy", batch, grad);
}

}  // namespace mlp
