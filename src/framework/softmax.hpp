// softmax.hpp — turning a row of scores into probabilities, as a function and as a layer.
//
//   softmax(z)_j = exp(z_j) / Σ_k exp(z_k)
//
// Every output is positive and each row sums to 1, and a larger score gives a larger probability.
// exp overflows for scores above ~88 in float, so we first subtract the row's maximum m:
// exp(z_j − m) / Σ_k exp(z_k − m) is the same fraction (the factor exp(−m) cancels), and now every
// exponent is ≤ 0, so every exp is in (0, 1].
#pragma once

#include "framework/layer.hpp"

namespace mlp {

// probabilities = softmax of each row of scores (stable: the row maximum is subtracted first).
void softmax(const Matrix& scores, Matrix& probabilities);

// log Σ_k exp(z_k) of row r, computed as m + log Σ_k exp(z_k − m) with m the row maximum, from
// exps = exp(z − m) as the kernel exp_minus_row_max (kernels.hpp) gives them.
double log_sum_exp(const Matrix& scores, const Matrix& exps, std::size_t r);

class Softmax : public Layer {
 public:
  std::string name() const override { return "Softmax"; }
  const Matrix& forward(const Matrix& scores) override;
  const Matrix& backward(const Matrix& grad_probabilities) override;

 private:
  Matrix probabilities_;
  Matrix grad_scores_;
};

}  // namespace mlp
