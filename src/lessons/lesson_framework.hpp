// lesson_framework.hpp — lesson 4: the framework's layers stacked into classifiers and
// regressors, and the experiments that show what a hidden layer buys.
//
//   run_two_clusters   the lesson's own runs on the two-cluster set: one-layer networks and a
//                      2 → 10 tanh → 2 network, with accuracy per epoch, and the same two-layer
//                      network started from near-zero weights
//   run_separability   a one-layer network against a two-layer one on XOR, two moons, circles
//                      and a 3-class spiral, none of which a straight line can separate
//   boundary_snapshots the decision regions of the two-layer network on the moons at a few
//                      epochs, to watch the boundary bend into place
//   run_regression     a 1 → 32 tanh → 1 network fitted to noisy sin(x) with a few outliers, once
//                      with squared error and once with absolute error
//
// framework_lesson() prints all of it and draws the pictures; lessons/4-framework.md explains it.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "lessons/lesson_program.hpp"
#include "lessons/lesson_training.hpp"
#include "lessons/toy_datasets.hpp"
#include "report/plots.hpp"

namespace mlp {

// The recipes of the lesson, kept here so the page, the program and the tests agree.
// The two-cluster runs start, as in the lesson, from Initialization::Lesson.
Recipe one_layer_two_cluster_recipe(std::size_t epochs, double learning_rate);  // {2, 2}
Recipe two_layer_two_cluster_recipe();   // {2, 10, 2} tanh: 30 epochs at η = 0.01
Recipe tiny_start_two_cluster_recipe();  // the same from weights in [−0.01, 0.01]
// The recipes of the separability experiment, for a set with `classes` classes.
Recipe one_layer_recipe(std::size_t classes);  // {2, classes}
Recipe two_layer_recipe(std::size_t classes);  // {2, 32, classes} tanh
Recipe regression_recipe();                    // {1, 32, 1} tanh

struct TwoClusterRuns {
  ClassificationSet data;
  TrainedNetwork one_layer_first_epoch;  // one layer, 1 epoch at η = 0.1
  TrainedNetwork one_layer;              // a fresh one layer, 30 epochs at η = 0.005
  TrainedNetwork two_layer;              // 2 → 10 tanh → 2, 30 epochs at η = 0.01
  TrainedNetwork tiny_start;             // the same two-layer run from near-zero weights
};
TwoClusterRuns run_two_clusters(std::uint64_t seed);

// The first epoch (1, 2, …) after which a run's test accuracy is at least `accuracy`; 0 if never.
std::size_t first_epoch_reaching(const TrainedNetwork& run, double accuracy);

// One toy set with both networks trained on it; "accuracy" means on its test part.
struct SeparabilityResult {
  ClassificationSet data;
  TrainedNetwork one_layer;
  TrainedNetwork two_layer;
  double one_layer_accuracy() const { return one_layer.history.back().validation.accuracy; }
  double two_layer_accuracy() const { return two_layer.history.back().validation.accuracy; }
};
// XOR, two moons, circles and spiral (3 classes), in that order.
std::vector<SeparabilityResult> run_separability(std::uint64_t seed);

// The decision regions of the two-layer network on two_moons(seed) after each of `epochs`
// (0 = the random start), as ready-made plots showing 70 of the training points.
std::vector<ScatterPlot> boundary_snapshots(std::uint64_t seed,
                                            const std::vector<std::size_t>& epochs);

struct RegressionRuns {
  RegressionSet data;
  TrainedNetwork squared;   // trained with SquaredError
  TrainedNetwork absolute;  // trained with AbsoluteError
  // The mean of |f(x) − sin(x)| over 200 evenly spaced x in [−3, 3]: how far each fit is from
  // the clean curve that the data was drawn around.
  double squared_distance;
  double absolute_distance;
};
RegressionRuns run_regression(std::uint64_t seed);

// The lesson program's body.
std::vector<std::string> framework_lesson(const LessonOptions& options, std::ostream& out);

// The program: its name, its description for --help, and its body (lesson_main.cpp runs it).
extern const LessonProgram lesson_framework_program;

}  // namespace mlp
