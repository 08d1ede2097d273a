// lesson_framework.cpp — lesson 4: stacking layers into classifiers and regressors (see
// lessons/4-framework.md).
#include "lessons/lesson_framework.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <ostream>
#include <string>
#include <utility>

#include "lessons/lesson_pictures.hpp"
#include "lessons/lesson_text.hpp"

namespace mlp {

// The lesson's runs on the two clusters, as its notebook has them: a one-layer network for one
// epoch at η = 0.1, a fresh one for 30 epochs at η = 0.005, and a fresh 2 → 10 tanh → 2 network
// for 30 epochs at η = 0.01, every weight drawn the lesson's way.
Recipe one_layer_two_cluster_recipe(std::size_t epochs, double learning_rate) {
  Recipe recipe;
  recipe.sizes = {2, 2};
  recipe.batch_size = 4;
  recipe.epochs = epochs;
  recipe.learning_rate = learning_rate;
  recipe.initialization = Initialization::Lesson;
  return recipe;
}

Recipe two_layer_two_cluster_recipe() {
  Recipe recipe;
  recipe.sizes = {2, 10, 2};
  recipe.activation = "tanh";
  recipe.batch_size = 4;
  recipe.epochs = 30;
  recipe.learning_rate = 0.01;
  recipe.initialization = Initialization::Lesson;
  return recipe;
}

// The experiment "what if every weight starts near zero?": the same two-layer run from weights
// in [−0.01, 0.01].
Recipe tiny_start_two_cluster_recipe() {
  Recipe recipe = two_layer_two_cluster_recipe();
  recipe.initialization = Initialization::TinyUniform;
  return recipe;
}

Recipe one_layer_recipe(std::size_t classes) {
  Recipe recipe;
  recipe.sizes = {2, classes};
  recipe.batch_size = 10;
  recipe.epochs = 300;
  recipe.learning_rate = 0.1;
  return recipe;
}

Recipe two_layer_recipe(std::size_t classes) {
  Recipe recipe;
  recipe.sizes = {2, 32, classes};
  recipe.activation = "tanh";
  recipe.batch_size = 10;
  recipe.epochs = 300;
  recipe.learning_rate = 0.1;
  return recipe;
}

Recipe regression_recipe() {
  Recipe recipe;
  recipe.sizes = {1, 32, 1};
  recipe.activation = "tanh";
  recipe.batch_size = 8;
  recipe.epochs = 400;
  recipe.learning_rate = 0.01;
  return recipe;
}

TwoClusterRuns run_two_clusters(std::uint64_t seed) {
  ClassificationSet data = two_clusters(seed);
  const SoftmaxCrossEntropy loss;
  auto train = [&](const Recipe& recipe) {
    return train_network(recipe, loss, data.training, data.test, seed);
  };
  TrainedNetwork first_epoch = train(one_layer_two_cluster_recipe(1, 0.1));
  TrainedNetwork one = train(one_layer_two_cluster_recipe(30, 0.005));
  TrainedNetwork two = train(two_layer_two_cluster_recipe());
  TrainedNetwork tiny = train(tiny_start_two_cluster_recipe());
  return {std::move(data), std::move(first_epoch), std::move(one), std::move(two), std::move(tiny)};
}

std::size_t first_epoch_reaching(const TrainedNetwork& run, double accuracy) {
  for (const EpochRecord& record : run.history)
    if (record.validation.accuracy >= accuracy) return record.epoch;
  return 0;
}

std::vector<SeparabilityResult> run_separability(std::uint64_t seed) {
  std::vector<ClassificationSet> sets;
  sets.push_back(xor_corners(seed));
  sets.push_back(two_moons(seed));
  sets.push_back(circles(seed));
  sets.push_back(spiral(seed, 3));
  const SoftmaxCrossEntropy loss;
  std::vector<SeparabilityResult> results;
  for (ClassificationSet& data : sets) {
    TrainedNetwork one =
        train_network(one_layer_recipe(data.classes), loss, data.training, data.test, seed);
    TrainedNetwork two =
        train_network(two_layer_recipe(data.classes), loss, data.training, data.test, seed);
    results.push_back({std::move(data), std::move(one), std::move(two)});
  }
  return results;
}

std::vector<ScatterPlot> boundary_snapshots(std::uint64_t seed,
                                            const std::vector<std::size_t>& epochs) {
  const ClassificationSet data = two_moons(seed);
  const PlotArea area = area_around(data.training_points);
  const std::vector<LabeledPoint> shown = thinned(data.training_points, 70);
  Recipe recipe = two_layer_recipe(data.classes);
  recipe.epochs = *std::max_element(epochs.begin(), epochs.end());
  std::vector<ScatterPlot> plots;
  const SoftmaxCrossEntropy loss;
  train_network(recipe, loss, data.training, data.test, seed,
                [&](std::size_t epoch, Network& network) {
                  if (std::find(epochs.begin(), epochs.end(), epoch) == epochs.end()) return;
                  const std::string title =
                      epoch == 0 ? "random start" : "after epoch " + std::to_string(epoch);
                  plots.push_back(region_plot(title, shown, network, area));
                });
  return plots;
}

RegressionRuns run_regression(std::uint64_t seed) {
  RegressionSet data = sine_with_outliers(seed);
  TrainedNetwork squared =
      train_network(regression_recipe(), SquaredError(), data.training, data.test, seed);
  TrainedNetwork absolute =
      train_network(regression_recipe(), AbsoluteError(), data.training, data.test, seed);
  const std::vector<double> xs = evenly_spaced(-3.0, 3.0, 200);
  auto distance = [&xs](Network& network) {
    const std::vector<double> fitted = predict_curve(network, xs);
    double total = 0;
    for (std::size_t i = 0; i < xs.size(); ++i)
      total += std::fabs(fitted[i] - sine_curve_value(xs[i]));
    return total / double(xs.size());
  };
  const double squared_distance = distance(squared.network);
  const double absolute_distance = distance(absolute.network);
  return {std::move(data), std::move(squared), std::move(absolute), squared_distance,
          absolute_distance};
}

namespace {

// Both panels of a run: loss per epoch and accuracy per epoch.
std::string draw_curves(const std::string& title, const std::vector<EpochRecord>& history,
                        const std::string& folder, const std::string& name) {
  const LinePlot loss = loss_curves("loss", history);
  const LinePlot accuracy = accuracy_curves("accuracy", history);
  return save_picture(plot_strip(title, {&loss, &accuracy}, 330, 260), folder, name);
}

// The regions of the one-layer and the two-layer network side by side, over at most 150 of the
// points.
std::string draw_pair(const std::string& title, const std::vector<LabeledPoint>& all_points,
                      Network& one_layer, Network& two_layer, const std::string& folder,
                      const std::string& name) {
  const PlotArea area = area_around(all_points);
  const std::vector<LabeledPoint> points = thinned(all_points, 150);
  const ScatterPlot left = region_plot("one layer", points, one_layer, area);
  const ScatterPlot right = region_plot("two layers", points, two_layer, area);
  return save_picture(plot_strip(title, {&left, &right}), folder, name);
}

std::vector<std::string> two_cluster_part(std::uint64_t seed, const std::string& folder,
                                          std::ostream& out) {
  TwoClusterRuns runs = run_two_clusters(seed);
  out << "== Two clusters, one layer: 1 epoch at eta 0.1 ==\n"
      << runs.one_layer_first_epoch.network.summary(2)
      << history_table(runs.one_layer_first_epoch.history)
      << "\n== Two clusters, a fresh one layer: 30 epochs at eta 0.005 ==\n"
      << history_table(runs.one_layer.history, 5)
      << "\n== Two clusters, two layers 2 -> 10 tanh -> 2: 30 epochs at eta 0.01 ==\n"
      << runs.two_layer.network.summary(2) << history_table(runs.two_layer.history, 5)
      << "\n== What if every weight starts near zero? The same two layers from [-0.01, 0.01] ==\n"
      << history_table(runs.tiny_start.history, 5)
      << "\n== Test accuracy 0.75 first reached after epoch ==\n";
  const std::pair<const char*, const TrainedNetwork*> rows[] = {
      {"one layer at eta 0.1", &runs.one_layer_first_epoch},
      {"one layer at eta 0.005", &runs.one_layer},
      {"two layers", &runs.two_layer},
      {"two layers near zero", &runs.tiny_start}};
  for (const auto& [label, run] : rows) {
    const std::size_t epoch = first_epoch_reaching(*run, 0.75);
    out << format_text("%-22s %s\n", label,
                       epoch == 0 ? "not within its epochs" : std::to_string(epoch).c_str());
  }
  out << "\n";
  return {
      draw_curves("One layer on the two clusters", runs.one_layer.history, folder,
                  "framework-one-layer-curves.svg"),
      draw_curves("Two layers on the two clusters", runs.two_layer.history, folder,
                  "framework-two-layer-curves.svg"),
      draw_curves("Two layers from near-zero weights", runs.tiny_start.history, folder,
                  "framework-tiny-start-curves.svg"),
      draw_pair("Two clusters: decision regions", runs.data.training_points, runs.one_layer.network,
                runs.two_layer.network, folder, "framework-two-clusters.svg"),
  };
}

std::vector<std::string> separability_part(std::uint64_t seed, const std::string& folder,
                                           std::ostream& out) {
  std::vector<SeparabilityResult> results = run_separability(seed);
  out << "== One layer against two layers (2 -> 32 tanh -> classes), 300 epochs each ==\n"
      << "set            classes   one layer: train   test     two layers: train   test\n";
  std::vector<std::string> pictures;
  for (SeparabilityResult& r : results) {
    out << format_text("%-14s %7zu   %16.3f %6.3f   %17.3f %6.3f\n", r.data.name.c_str(),
                       r.data.classes, r.one_layer.history.back().training.accuracy,
                       r.one_layer_accuracy(), r.two_layer.history.back().training.accuracy,
                       r.two_layer_accuracy());
    std::string file = "framework-" + r.data.name + ".svg";
    for (char& c : file)
      c = c == ' ' ? '-' : char(std::tolower(static_cast<unsigned char>(c)));
    pictures.push_back(draw_pair(r.data.name + ": one layer against two", r.data.training_points,
                                 r.one_layer.network, r.two_layer.network, folder, file));
  }
  const std::vector<ScatterPlot> snapshots = boundary_snapshots(seed, {0, 5, 30, 300});
  std::vector<const Plot*> panels;
  for (const ScatterPlot& plot : snapshots)
    panels.push_back(&plot);
  pictures.push_back(save_picture(plot_strip("Two moons: the boundary of the two-layer network "
                                             "moving during training",
                                             panels, 230, 230),
                                  folder, "framework-moons-boundary.svg"));
  out << "\n";
  return pictures;
}

std::vector<std::string> regression_part(std::uint64_t seed, const std::string& folder,
                                         std::ostream& out) {
  RegressionRuns runs = run_regression(seed);
  out << format_text(
      "== Regression 1 -> 32 tanh -> 1 on sin(x) with 8 outliers, 400 epochs ==\n"
      "fitted with     final training loss   mean |f(x) - sin(x)| on [-3, 3]\n"
      "squared error   %19.4f   %31.4f\nabsolute error  %19.4f   %31.4f\n",
      runs.squared.history.back().training.loss, runs.squared_distance,
      runs.absolute.history.back().training.loss, runs.absolute_distance);
  const std::vector<double> xs = evenly_spaced(-3.0, 3.0, 121);
  std::vector<double> clean;
  for (double x : xs)
    clean.push_back(sine_curve_value(x));
  ScatterPlot plot = curve_points_plot("Fits to sin(x) with outliers", runs.data.training_points);
  plot.add_curve("sin(x), the clean curve", xs, clean);
  plot.add_curve("fitted with squared error", xs, predict_curve(runs.squared.network, xs));
  plot.add_curve("fitted with absolute error", xs, predict_curve(runs.absolute.network, xs));
  return {save_picture(plot, folder, "framework-regression.svg")};
}

}  // namespace

std::vector<std::string> framework_lesson(const LessonOptions& options, std::ostream& out) {
  std::vector<std::string> pictures = two_cluster_part(options.seed, options.output_folder, out);
  for (const std::string& path : separability_part(options.seed, options.output_folder, out))
    pictures.push_back(path);
  for (const std::string& path : regression_part(options.seed, options.output_folder, out))
    pictures.push_back(path);
  return pictures;
}

const LessonProgram lesson_framework_program = {
    "lesson_framework",
    "Trains the lesson's one- and two-layer networks on the two-cluster set, compares one\n"
    "layer with two on XOR, moons, circles and a 3-class spiral, and fits a regression\n"
    "network with squared and with absolute error to a curve with outliers.",
    framework_lesson};

}  // namespace mlp
