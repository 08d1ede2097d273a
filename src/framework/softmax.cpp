// softmax.cpp — the stable softmax, log-sum-exp, and the Softmax layer's forward pass (its backward
// pass is in softmax_backward.cpp).
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

}  // namespace mlp
