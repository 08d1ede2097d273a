// training.cpp — SGD epochs, evaluation and the fit loop.
#include "framework/training.hpp"

#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <ostream>

namespace mlp {

MatrixDataset::MatrixDataset(Matrix inputs, Matrix targets)
    : inputs_(std::move(inputs)), targets_(std::move(targets)) {
  if (inputs_.rows() != targets_.rows()) {
    throw std::invalid_argument("MatrixDataset: inputs " + inputs_.shape() + " and targets " +
                                targets_.shape() + " have different numbers of rows");
  }
}

void MatrixDataset::gather(const std::size_t* indices, std::size_t count, Matrix& inputs,
                           Matrix& targets) const {
  inputs.reshape(count, inputs_.cols());
  targets.reshape(count, targets_.cols());
  for (std::size_t b = 0; b < count; ++b) {
    std::copy(inputs_.row(indices[b]), inputs_.row(indices[b]) + inputs_.cols(), inputs.row(b));
    std::copy(targets_.row(indices[b]), targets_.row(indices[b]) + targets_.cols(), targets.row(b));
  }
}

Trainer::Trainer(Network& network, const Loss& loss, SgdOptions sgd, std::size_t batch_size,
                 std::uint64_t seed)
    : network_(network), loss_(loss), sgd_(sgd), batch_size_(batch_size), rng_(seed) {
  if (batch_size == 0) throw std::invalid_argument("batch size must be positive");
}

namespace {

// Adds one minibatch's results, weighted by its size, to running totals.
struct Totals {
  double loss = 0;
  double correct = 0;
  std::size_t examples = 0;
  bool classification = true;

  void add(double batch_loss, const Matrix& outputs, const Matrix& targets) {
    const double count = static_cast<double>(targets.rows());
    loss += batch_loss * count;
    classification = targets.cols() > 1;
    if (classification) correct += accuracy(outputs, targets) * count;
    examples += targets.rows();
  }
  EpochStats stats() const {
    const double n = static_cast<double>(examples);
    return {loss / n, classification ? correct / n : std::numeric_limits<double>::quiet_NaN()};
  }
};

}  // namespace

EpochStats Trainer::train_epoch(const Dataset& data, const BatchCallback& after_batch) {
  if (!order_ || order_->example_count() != data.size()) {
    order_ = std::make_unique<MinibatchOrder>(data.size(), batch_size_);
  }
  MinibatchOrder& order = *order_;
  order.shuffle(rng_);
  ++epochs_done_;
  Totals totals;
  if (parameters_.empty()) parameters_ = network_.parameters();
  for (std::size_t k = 0; k < order.batch_count(); ++k) {
    data.gather(order.batch_indices(k), order.batch_length(k), inputs_, targets_);
    const Matrix& outputs = network_.forward(inputs_);         // F = f(X)
    const double batch_loss = loss_.value(outputs, targets_);  // L = loss(F, Y)
    if (!std::isfinite(batch_loss)) {
      throw TrainingDiverged(std::string("training diverged: the loss became ") +
                             (std::isnan(batch_loss) ? "NaN" : "infinite") + " in epoch " +
                             std::to_string(epochs_done_) + ", minibatch " + std::to_string(k + 1) +
                             "; try a smaller learning rate");
    }
    totals.add(batch_loss, outputs, targets_);
    loss_.gradient(outputs, targets_, grad_output_);  // G = ∂L/∂F
    network_.backward_parameters_only(grad_output_);  // backward: ∂L/∂θ for every θ
    sgd_.step(parameters_);                           // θ ← θ − η·∂L/∂θ
    if (after_batch && !after_batch(k + 1, order.batch_count())) break;
  }
  return totals.stats();
}

EpochStats Trainer::evaluate(const Dataset& data) {
  if (data.size() == 0) throw std::invalid_argument("cannot evaluate on an empty dataset");
  if (in_order_.size() != data.size()) {
    in_order_.resize(data.size());
    std::iota(in_order_.begin(), in_order_.end(), std::size_t{0});
  }
  Totals totals;
  for (std::size_t start = 0; start < data.size(); start += batch_size_) {
    const std::size_t count = std::min(batch_size_, data.size() - start);
    data.gather(in_order_.data() + start, count, inputs_, targets_);
    const Matrix& outputs = network_.forward(inputs_);
    totals.add(loss_.value(outputs, targets_), outputs, targets_);
  }
  return totals.stats();
}

std::vector<EpochRecord> fit(Trainer& trainer, const Dataset& training, const Dataset& validation,
                             std::size_t epochs, std::ostream* log) {
  std::vector<EpochRecord> history;
  for (std::size_t e = 0; e < epochs; ++e) {
    EpochRecord record;
    record.training = trainer.train_epoch(training);
    record.validation = trainer.evaluate(validation);
    record.epoch = trainer.epochs_done();
    history.push_back(record);
    if (log) {
      char line[160];
      std::snprintf(line, sizeof line,
                    "epoch %3zu  train loss %.4f  acc %.3f   validation loss %.4f  acc %.3f\n",
                    record.epoch, record.training.loss, record.training.accuracy,
                    record.validation.loss, record.validation.accuracy);
      *log << line;
    }
  }
  return history;
}

}  // namespace mlp
