// lesson_overfitting.hpp — when a network has far more parameters than there are training points,
// it can learn the points by heart, label noise included.
//
// The set: 40 training points of the two moons with 15 % of the labels flipped, and 400
// validation points drawn the same way. The network: 2 → 64 tanh → 64 tanh → 2, about 4 500
// parameters, over a hundred per training point. At first it learns the moons and both losses
// fall; then it starts bending its boundary around the flipped points, which helps only on the
// training set, and the validation loss turns and rises while the training loss keeps falling.
// The epoch with the lowest validation loss is where "early stopping" would have kept the weights.
//
// Run it with ./build/lesson_overfitting; lessons/4-framework.md discusses its output.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "lessons/lesson_program.hpp"
#include "lessons/lesson_training.hpp"
#include "lessons/toy_datasets.hpp"

namespace mlp {

Recipe overfitting_recipe();  // {2, 64, 64, 2} tanh, batch 4, 1000 epochs at η = 0.05
ClassificationSet overfitting_data(std::uint64_t seed);

struct OverfittingRun {
  ClassificationSet data;
  TrainedNetwork trained;
  std::size_t best_epoch;  // the epoch with the lowest validation loss
};
OverfittingRun run_overfitting(std::uint64_t seed);

// The lesson program's body: prints the losses every 50 epochs and draws the curves and the
// decision regions at the best and at the last epoch.
std::vector<std::string> overfitting_lesson(const LessonOptions& options, std::ostream& out);

// The program: its name, its description for --help, and its body (lesson_main.cpp runs it).
extern const LessonProgram lesson_overfitting_program;

}  // namespace mlp
