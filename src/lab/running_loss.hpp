// running_loss.hpp — the softmax cross-entropy, remembering the loss and accuracy of the
// minibatches of the current epoch, so the progress line can show them while the epoch runs.
#pragma once

#include "framework/losses.hpp"

namespace mlp {

// Computes exactly what SoftmaxCrossEntropy computes; value() also adds each minibatch to the
// running totals that mean_loss() and accuracy() report, until reset().
class RunningLoss : public Loss {
 public:
  std::string name() const override { return loss_.name(); }
  double value(const Matrix& scores, const Matrix& target) const override;
  void gradient(const Matrix& scores, const Matrix& target, Matrix& grad) const override;
  void reset();
  double mean_loss() const;  // over the examples seen since reset()
  double accuracy() const;

 private:
  SoftmaxCrossEntropy loss_;
  // value() is const, as the Loss interface wants, but counts what it sees.
  mutable double loss_sum_ = 0;
  mutable double correct_ = 0;
  mutable double examples_ = 0;
};

}  // namespace mlp
