// lab_run.hpp — one run of the lab: train a perceptron on MNIST, epoch by epoch, then test it.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "framework/network.hpp"
#include "lab/evaluation.hpp"
#include "lab/lab_options.hpp"

namespace mlp {

struct EpochMetrics {
  std::size_t epoch = 0;
  double train_loss = 0;
  double train_accuracy = 0;
  double validation_loss = 0;
  double validation_accuracy = 0;
  std::vector<double> max_abs_weights;  // max |w| of each Linear layer's weights
  double seconds = 0;
  double images_per_second = 0;
};

struct LabRun {
  LabOptions options;
  Network network;
  std::vector<EpochMetrics> history;
  Evaluation test;  // on the 10,000 test images, after training
  double initial_validation_accuracy = 0;
  std::vector<double> initial_max_abs_weights;
  std::string stopped_early;  // why training ended before the last epoch; empty if it did not
  double training_seconds = 0;
};

// Trains as the options say, printing one line per epoch to `log` (and a progress bar within the
// epoch when log is a terminal), then evaluates on the test set. A diverging loss or Ctrl-C ends
// training early; the run is still returned, with the reason in stopped_early.
LabRun run_lab(const LabOptions& options, const MnistSet& training_file, const MnistSet& test_file,
               std::ostream& log);

// True when every weight and bias is a finite number.
bool all_weights_finite(Network& network);

// max |w| of the weights of every Linear layer, first layer first.
std::vector<double> max_abs_weights(Network& network);

}  // namespace mlp
