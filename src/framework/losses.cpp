// losses.cpp — values and gradients of the losses in losses.hpp.
#include "framework/losses.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "framework/kernels.hpp"
#include "framework/softmax.hpp"

namespace mlp {
namespace {

// Cross-entropy takes log p; a probability that has rounded to 0 is clamped to this value so the
// loss stays finite (log(1e-30) ≈ −69: a large, honest penalty instead of infinity).
constexpr double kSmallestProbability = 1e-30;

}  // namespace

double batch_size_of(const Matrix& prediction, const Matrix& target, const char* loss_name) {
  require_same_shape(prediction, target, loss_name);
  if (prediction.rows() == 0) {
    throw std::invalid_argument(std::string(loss_name) + ": the batch is empty " +
                                prediction.shape());
  }
  return static_cast<double>(prediction.rows());
}

// L = (1/B) Σ_i Σ_j |f_ij − y_ij|
double AbsoluteError::value(const Matrix& prediction, const Matrix& target) const {
  const double batch = batch_size_of(prediction, target, "absolute error");
  double total = 0.0;
  for (std::size_t i = 0; i < prediction.size(); ++i) {
    total += std::fabs(double(prediction.data()[i]) - double(target.data()[i]));
  }
  return total / batch;
}

// ∂L/∂f_ij = sign(f_ij − y_ij) / B. At f = y the absolute value has a kink and no derivative;
// we use 0 there (any value in [−1, 1] would be a valid subgradient).
void AbsoluteError::gradient(const Matrix& prediction, const Matrix& target, Matrix& grad) const {
  const double batch = batch_size_of(prediction, target, "absolute error");
  grad.reshape(prediction.rows(), prediction.cols());
  for (std::size_t i = 0; i < prediction.size(); ++i) {
    const double difference = double(prediction.data()[i]) - double(target.data()[i]);
    const double sign = (difference > 0) - (difference < 0);
    grad.data()[i] = static_cast<Scalar>(sign / batch);
  }
}

// L = (1/B) Σ_i Σ_j (f_ij − y_ij)²
double SquaredError::value(const Matrix& prediction, const Matrix& target) const {
  const double batch = batch_size_of(prediction, target, "squared error");
  double total = 0.0;
  for (std::size_t i = 0; i < prediction.size(); ++i) {
    const double difference = double(prediction.data()[i]) - double(target.data()[i]);
    total += difference * difference;
  }
  return total / batch;
}

// ∂L/∂f_ij = 2 (f_ij − y_ij) / B
void SquaredError::gradient(const Matrix& prediction, const Matrix& target, Matrix& grad) const {
  const double batch = batch_size_of(prediction, target, "squared error");
  grad.reshape(prediction.rows(), prediction.cols());
  for (std::size_t i = 0; i < prediction.size(); ++i) {
    const double difference = double(prediction.data()[i]) - double(target.data()[i]);
    grad.data()[i] = static_cast<Scalar>(2.0 * difference / batch);
  }
}

// L = −(1/B) Σ_i Σ_j y_ij log p_ij
double CrossEntropy::value(const Matrix& probabilities, const Matrix& target) const {
  const double batch = batch_size_of(probabilities, target, "cross-entropy");
  double total = 0.0;
  for (std::size_t i = 0; i < probabilities.size(); ++i) {
    const double y = target.data()[i];
    if (y != 0.0) {
      total -= y * std::log(std::max(double(probabilities.data()[i]), kSmallestProbability));
    }
  }
  return total / batch;
}

// ∂L/∂p_ij = −y_ij / (B p_ij); zero wherever y_ij = 0, whatever p_ij is.
void CrossEntropy::gradient(const Matrix& probabilities, const Matrix& target, Matrix& grad) const {
  const double batch = batch_size_of(probabilities, target, "cross-entropy");
  grad.reshape(probabilities.rows(), probabilities.cols());
  for (std::size_t i = 0; i < probabilities.size(); ++i) {
    const double y = target.data()[i];
    const double p = std::max(double(probabilities.data()[i]), kSmallestProbability);
    grad.data()[i] = static_cast<Scalar>(y == 0.0 ? 0.0 : -y / (batch * p));
  }
}

// With p = softmax(z), log p_j = z_j − log Σ_k exp(z_k) = z_j − lse(z), so per example
//   ℓ = −Σ_j y_j log p_j = lse(z) Σ_j y_j − Σ_j y_j z_j,
// computed from the scores directly: no probability is ever rounded to 0 and then logged.
double SoftmaxCrossEntropy::value(const Matrix& scores, const Matrix& target) const {
  const double batch = batch_size_of(scores, target, "softmax cross-entropy");
  exp_minus_row_max(scores, exps_);  // exp(z − m), for lse(z) = m + log Σ_k exp(z_k − m)
  double total = 0.0;
  for (std::size_t r = 0; r < scores.rows(); ++r) {
    const double lse = log_sum_exp(scores, exps_, r);
    for (std::size_t c = 0; c < scores.cols(); ++c) {
      total += double(target(r, c)) * (lse - double(scores(r, c)));
    }
  }
  return total / batch;
}

double accuracy(const Matrix& scores, const Matrix& target) {
  require_same_shape(scores, target, "accuracy");
  if (scores.rows() == 0) return 0.0;
  std::size_t correct = 0;
  for (std::size_t r = 0; r < scores.rows(); ++r) {
    if (argmax_row(scores, r) == argmax_row(target, r)) ++correct;
  }
  return static_cast<double>(correct) / static_cast<double>(scores.rows());
}

Matrix one_hot(const std::vector<std::uint8_t>& labels, std::size_t classes) {
  Matrix targets(labels.size(), classes, 0);
  for (std::size_t r = 0; r < labels.size(); ++r) {
    if (labels[r] >= classes) {
      throw std::invalid_argument("one_hot: label " + std::to_string(labels[r]) + " at row " +
                                  std::to_string(r) + " is not below " + std::to_string(classes));
    }
    targets(r, labels[r]) = 1;
  }
  return targets;
}

}  // namespace mlp
