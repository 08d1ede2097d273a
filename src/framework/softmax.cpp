// softmax.cpp — the stable softmax, log-sum-exp, and the Softmax layer's forward and backward.
#include "framework/softmax.hpp"

#include <cmath>
#include <stdexcept>

namespace mlp {

void softmax(const Matrix& scores, Matrix& probabilities) {
  probabilities.reshape(scores.rows(), scores.cols());
  for (std::size_t r = 0; r < scores.rows(); ++r) {
    const Scalar* z = scores.row(r);
    Scalar* p = probabilities.row(r);
    Scalar largest = z[0];
    for (std::size_t c = 1; c < scores.cols(); ++c)
      largest = std::max(largest, z[c]);
    Scalar total = 0;
    for (std::size_t c = 0; c < scores.cols(); ++c) {
      p[c] = std::exp(z[c] - largest);
      total += p[c];
    }
    for (std::size_t c = 0; c < scores.cols(); ++c)
      p[c] /= total;
  }
}

double log_sum_exp(const Matrix& scores, std::size_t r) {
  const Scalar* z = scores.row(r);
  double largest = z[0];
  for (std::size_t c = 1; c < scores.cols(); ++c)
    largest = std::max(largest, double(z[c]));
  double total = 0.0;
  for (std::size_t c = 0; c < scores.cols(); ++c)
    total += std::exp(double(z[c]) - largest);
  return largest + std::log(total);
}

// Forward:  p = softmax(z), row by row.                       z, p: (B x classes)
const Matrix& Softmax::forward(const Matrix& scores) {
  if (scores.cols() == 0) throw std::invalid_argument("Softmax: input " + scores.shape());
  softmax(scores, probabilities_);
  return probabilities_;
}

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
