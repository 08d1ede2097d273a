// experiment.hpp — the lab's comparison in one command: depth × activation on the same budget.
//
// Runs 784-10 (softmax regression: one layer, so no activation), then 784-256-10 and
// 784-256-128-10 with tanh, sigmoid and relu, each for the same number of epochs (15 unless
// --epochs says otherwise) with the same batch size, learning rate and seed. Each configuration
// is an ordinary run with all its files in a folder of the experiment's folder (1_784-10,
// 2_784-256-10_tanh, …), and the experiment adds the comparison of them all (lab/compare.hpp).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "lab/lab_options.hpp"
#include "lab/lab_run.hpp"

namespace mlp {

// The configurations compared, in the order they run, each with its own output folder inside
// base.output_folder.
std::vector<LabOptions> experiment_configurations(const LabOptions& base);
// Runs every configuration, printing "run k of 7" with an estimate of the time left, and writes
// each run's files and the comparison. Returns false when a run ended early (diverged or
// interrupted).
bool run_experiment(const LabOptions& base, const MnistSet& training, const MnistSet& test,
                    std::ostream& log);

}  // namespace mlp
