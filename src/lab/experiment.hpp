// experiment.hpp — the lab's comparison in one command: depth × activation on the same budget.
//
// Runs 784-10 (softmax regression: one layer, so no activation), then 784-256-10 and
// 784-256-128-10 with tanh, sigmoid and relu, each for the same number of epochs (15 unless
// --epochs says otherwise) with the same batch size, learning rate and seed, and writes a table
// (text, Markdown and CSV) and one plot of validation accuracy per epoch for every configuration.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "lab/lab_options.hpp"
#include "lab/lab_run.hpp"

namespace mlp {

struct ExperimentRow {
  std::vector<std::size_t> layers;
  std::string activation;  // "-" for the one-layer network
  double test_accuracy = 0;
  double seconds_per_epoch = 0;
  double final_train_loss = 0;
  std::vector<double> validation_accuracy;  // per epoch
  std::string stopped_early;
};

// The configurations compared, in the order they run.
std::vector<LabOptions> experiment_configurations(const LabOptions& base);

// Runs every configuration, prints progress and the table to `log`, and writes
// experiment.md, experiment.csv and experiment.svg into the output folder. Returns false when a
// run ended early (diverged or interrupted).
bool run_experiment(const LabOptions& base, const MnistSet& training, const MnistSet& test,
                    std::ostream& log);

}  // namespace mlp
