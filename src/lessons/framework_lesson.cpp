// framework_lesson.cpp — the experiments of lesson 4 (their printing and pictures are in
// framework_lesson_output.cpp).
#include "lessons/framework_lesson.hpp"

#include <algorithm>
#include <cmath>

#include "lessons/lesson_pictures.hpp"

namespace mlp {

Recipe one_layer_two_cluster_recipe() {
  return {{2, 2}, "tanh", 4, {{1, 0.1}, {30, 0.005}}, Initialization::SmallRandom};
}

Recipe two_layer_two_cluster_recipe() {
  return {{2, 10, 2}, "tanh", 4, {{30, 0.01}}, Initialization::SmallRandom};
}

Recipe one_layer_recipe(std::size_t classes) {
  return {{2, classes}, "tanh", 10, {{300, 0.1}}};
}

Recipe two_layer_recipe(std::size_t classes) {
  return {{2, 32, classes}, "tanh", 10, {{300, 0.1}}};
}

Recipe regression_recipe() {
  return {{1, 32, 1}, "tanh", 8, {{400, 0.01}}};
}

TwoClusterRuns run_two_clusters(std::uint64_t seed) {
  ClassificationSet data = two_clusters(seed);
  const SoftmaxCrossEntropy loss;
  TrainedNetwork one =
      train_network(one_layer_two_cluster_recipe(), loss, data.training, data.test, seed);
  TrainedNetwork two =
      train_network(two_layer_two_cluster_recipe(), loss, data.training, data.test, seed);
  return {std::move(data), std::move(one), std::move(two)};
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
  recipe.phases = {{*std::max_element(epochs.begin(), epochs.end()), 0.1}};
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

}  // namespace mlp
