// softmax.cpp — the stable softmax, log-sum-exp, and the Softmax layer's forward pass (its backward
// pass is in softmax_backward.cpp).
#include "framework/softmax.hpp"

#include <cmath>
#include <stdexcept>

#include "framework/kernels.hpp"

namespace mlp {

void softmax(const Matrix& scores, Matrix& probabilities) {
  exp_minus_row_max(scores, probabilities);  // p_j = exp(z_j − m), m the row's largest score
  for (std::size_t r = 0; r < probabilities.rows(); ++r) {
    Scalar* p = probabilities.row(r);
    Scalar total = 0;
    for (std::size_t c = 0; c < probabilities.cols(); ++c)
      total += p[c];
    for (std::size_t c = 0; c < probabilities.cols(); ++c)
      p[c] /= total;
  }
}

double log_sum_exp(const Matrix& scores, const Matrix& exps, std::size_t r) {
  const double largest = row_max(scores, r);
  double total = 0.0;
  for (std::size_t c = 0; c < exps.cols(); ++c)
    total += exps(r, c);
  return largest + std::log(total);
}

// Forward:  p = softmax(z), row by row.                       z, p: (B x classes)
const Matrix& Softmax::forward(const Matrix& scores) {
  if (scores.cols() == 0) throw std::invalid_argument("Softmax: input " + scores.shape());
  softmax(scores, probabilities_);
  return probabilities_;
}

}  // namespace mlp
