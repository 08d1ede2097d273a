// losses.hpp — how wrong is the model? The losses of the lesson, each with its gradient.
//
// A loss L compares the model's predictions f(x) (one row per example, B rows) with the targets
// y and returns one number: the mean over the B examples of a per-example loss. Gradient descent
// needs ∂L/∂f, the same shape as the predictions, which each loss computes in gradient().
//
//   absolute error   ℓ(f, y) = Σ_j |f_j − y_j|              robust: an outlier costs its distance
//   squared error    ℓ(f, y) = Σ_j (f_j − y_j)²             smooth, but an outlier costs its square
//   cross-entropy    ℓ(p, y) = −Σ_j y_j log p_j              the logistic loss on probabilities p
//   softmax + cross-entropy on scores z, with p = softmax(z), fused into one stable step
//
// The 0-1 loss (is the predicted class wrong?) is what we really care about in classification,
// but its gradient is zero almost everywhere, so we only measure it (as accuracy = 1 − 0-1 loss)
// and train on the cross-entropy instead.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "framework/matrix.hpp"

namespace mlp {

class Loss {
 public:
  virtual ~Loss() = default;
  virtual std::string name() const = 0;
  // L = (1/B) Σ_i ℓ(prediction row i, target row i)
  virtual double value(const Matrix& prediction, const Matrix& target) const = 0;
  // grad = ∂L/∂prediction, reshaped to the prediction's shape
  virtual void gradient(const Matrix& prediction, const Matrix& target, Matrix& grad) const = 0;
};

class AbsoluteError : public Loss {
 public:
  std::string name() const override { return "absolute error"; }
  double value(const Matrix& prediction, const Matrix& target) const override;
  void gradient(const Matrix& prediction, const Matrix& target, Matrix& grad) const override;
};

class SquaredError : public Loss {
 public:
  std::string name() const override { return "squared error"; }
  double value(const Matrix& prediction, const Matrix& target) const override;
  void gradient(const Matrix& prediction, const Matrix& target, Matrix& grad) const override;
};

// Cross-entropy on probabilities, e.g. the output of a Softmax layer. Kept separate so the lesson
// can run softmax backward and cross-entropy backward as two steps of the chain rule.
class CrossEntropy : public Loss {
 public:
  std::string name() const override { return "cross-entropy"; }
  double value(const Matrix& probabilities, const Matrix& target) const override;
  void gradient(const Matrix& probabilities, const Matrix& target, Matrix& grad) const override;
};

// Softmax followed by cross-entropy, taking the raw scores z of the last Linear layer. This is
// what classifiers train with: it never takes the log of a rounded-to-zero probability, and its
// gradient is the simple (p − y) / B.
class SoftmaxCrossEntropy : public Loss {
 public:
  std::string name() const override { return "softmax cross-entropy"; }
  double value(const Matrix& scores, const Matrix& target) const override;
  void gradient(const Matrix& scores, const Matrix& target, Matrix& grad) const override;

 private:
  mutable Matrix exps_;  // value()'s exp(z − m), kept so that a training step allocates nothing
};

// The number of examples B of a batch of predictions, as a double to divide by; throws
// std::invalid_argument naming the loss unless prediction and target have the same shape and at
// least one row.
double batch_size_of(const Matrix& prediction, const Matrix& target, const char* loss_name);

// Fraction of rows whose largest score is in the same column as the target's largest value
// (the 1 of a one-hot row). The 0-1 loss is 1 − accuracy.
double accuracy(const Matrix& scores, const Matrix& target);

// Row i gets a 1 in column labels[i] and 0 elsewhere: the targets of a classifier.
Matrix one_hot(const std::vector<std::uint8_t>& labels, std::size_t classes);

}  // namespace mlp
