// running_loss.cpp — the loss with running totals for the progress line.
#include "lab/running_loss.hpp"

namespace mlp {

double RunningLoss::value(const Matrix& scores, const Matrix& target) const {
  const double batch_loss = loss_.value(scores, target);
  const double count = double(target.rows());
  loss_sum_ += batch_loss * count;
  correct_ += mlp::accuracy(scores, target) * count;
  examples_ += count;
  return batch_loss;
}

void RunningLoss::gradient(const Matrix& scores, const Matrix& target, Matrix& grad) const {
  loss_.gradient(scores, target, grad);
}

void RunningLoss::reset() {
  loss_sum_ = correct_ = examples_ = 0;
}

double RunningLoss::mean_loss() const {
  return examples_ > 0 ? loss_sum_ / examples_ : 0;
}

double RunningLoss::accuracy() const {
  return examples_ > 0 ? correct_ / examples_ : 0;
}

}  // namespace mlp
