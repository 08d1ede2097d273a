// training.hpp — the training loop: minibatches in, SGD steps out, loss and accuracy per epoch.
//
// One SGD step on a minibatch (X, Y) is the whole lesson in five lines:
//   F = f(X)                      forward pass through the network
//   L = loss(F, Y)                how wrong it is
//   G = ∂L/∂F                     the loss's gradient
//   backward(G)                   the chain rule fills ∂L/∂θ for every parameter θ
//   θ ← θ − η · ∂L/∂θ             the update
// An epoch repeats this over every minibatch of a freshly shuffled order.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <stdexcept>
#include <vector>

#include "framework/losses.hpp"
#include "framework/network.hpp"
#include "framework/sgd.hpp"

namespace mlp {

// Where training examples come from. gather() copies the examples at the given indices into one
// minibatch: inputs (count x input width) and targets (count x target width). Keeping this
// behind an interface lets the MNIST lab store its images as bytes and convert only the
// minibatch it needs.
class Dataset {
 public:
  virtual ~Dataset() = default;
  virtual std::size_t size() const = 0;
  virtual void gather(const std::size_t* indices, std::size_t count, Matrix& inputs,
                      Matrix& targets) const = 0;
};

// A dataset held as two matrices with one example per row.
class MatrixDataset : public Dataset {
 public:
  MatrixDataset(Matrix inputs, Matrix targets);
  std::size_t size() const override { return inputs_.rows(); }
  void gather(const std::size_t* indices, std::size_t count, Matrix& inputs,
              Matrix& targets) const override;
  const Matrix& inputs() const { return inputs_; }
  const Matrix& targets() const { return targets_; }

 private:
  Matrix inputs_;
  Matrix targets_;
};

struct EpochStats {
  double loss = 0;      // mean loss over the examples
  double accuracy = 0;  // fraction classified right; NaN when targets have one column (regression)
};

// Thrown when the loss stops being a finite number, which almost always means the learning rate
// is too large for this network.
class TrainingDiverged : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Called after every minibatch with (batches done, batch count); returning false ends the epoch
// early (the lab uses it for its progress bar and to stop cleanly on Ctrl-C).
using BatchCallback = std::function<bool(std::size_t done, std::size_t count)>;

// After its first minibatch the training loop allocates no memory: every buffer it and the layers
// use is sized then and reused (test_allocation checks this).
class Trainer {
 public:
  Trainer(Network& network, const Loss& loss, SgdOptions sgd, std::size_t batch_size,
          std::uint64_t seed);

  // One epoch of SGD over the dataset in a new shuffled order. Throws TrainingDiverged naming the
  // epoch and the minibatch if the loss becomes NaN or infinite.
  EpochStats train_epoch(const Dataset& data, const BatchCallback& after_batch = {});
  // Loss and accuracy of the current network on a dataset, without changing anything.
  EpochStats evaluate(const Dataset& data);

  std::size_t epochs_done() const { return epochs_done_; }
  Sgd& optimizer() { return sgd_; }

 private:
  Network& network_;
  const Loss& loss_;
  Sgd sgd_;
  std::size_t batch_size_;
  Rng rng_;
  std::size_t epochs_done_ = 0;
  std::vector<Parameter> parameters_;      // the network's, listed once on the first epoch
  std::unique_ptr<MinibatchOrder> order_;  // the training set's order, reshuffled every epoch
  std::vector<std::size_t> in_order_;      // 0, 1, 2, … for evaluation
  Matrix inputs_;                          // the current minibatch, reused between batches
  Matrix targets_;
  Matrix grad_output_;
};

struct EpochRecord {
  std::size_t epoch;
  EpochStats training;
  EpochStats validation;
};

// Trains for the given number of epochs, evaluating on the validation set after each one, and
// writes one line per epoch to log (if not null). Returns the record of every epoch.
std::vector<EpochRecord> fit(Trainer& trainer, const Dataset& training, const Dataset& validation,
                             std::size_t epochs, std::ostream* log);

}  // namespace mlp
