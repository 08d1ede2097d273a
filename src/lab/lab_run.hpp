// lab_run.hpp — one run of the lab: train a perceptron on MNIST, epoch by epoch, then test it.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "framework/network.hpp"
#include "lab/evaluation.hpp"
#include "lab/lab_options.hpp"

namespace mlp {

// What one epoch left behind. Epoch 0 is the network before any training step: its losses sit
// near ln 10 ≈ 2.30 and its accuracies near 10%, the level of guessing.
struct EpochMetrics {
  std::size_t epoch = 0;
  double learning_rate = 0;  // used during this epoch (it changes with --lr-schedule)
  // Training loss and accuracy: the running mean over the epoch's minibatches, each measured
  // before its own SGD step (epoch 0: the whole training set, before training).
  double train_loss = 0;
  double train_accuracy = 0;
  double validation_loss = 0;  // after the epoch
  double validation_accuracy = 0;
  std::vector<double> max_abs_weights;  // per Linear layer, after the epoch
  std::vector<double> rms_weights;
  std::vector<double> gradient_norms;  // mean ‖∂L/∂W‖ per layer over the epoch (sampled)
  double seconds = 0;
  double images_per_second = 0;
};

struct LabRun {
  LabOptions options;
  Network network;
  std::vector<EpochMetrics> history;  // epoch 0, 1, 2, …
  Evaluation test;  // on the 10,000 test images, after training; loss NaN when not tested
  Matrix first_layer_at_start;  // the first layer's weights at epoch 0
  std::size_t best_epoch = 0;   // the epoch with the best validation accuracy (0: none)
  bool restored_best = false;   // --keep-best put the best epoch's weights back
  std::string stopped_early;    // why training ended before the last epoch; empty if not
  double training_seconds = 0;
};

// Trains as the options say, printing one line per epoch to `log` (and a progress line within
// the epoch when log is a terminal), then evaluates on the test set. A diverging loss or Ctrl-C
// ends training early; the run is still returned, with the reason in stopped_early. With
// --keep-best the network ends with the weights of its best validation epoch.
LabRun run_lab(const LabOptions& options, const MnistSet& training_file, const MnistSet& test_file,
               std::ostream& log);

// "epoch  train loss    acc  val. loss ..." and one row per epoch, each under 80 columns.
std::string epoch_header();
std::string epoch_line(const EpochMetrics& metrics, std::size_t epochs);

}  // namespace mlp
