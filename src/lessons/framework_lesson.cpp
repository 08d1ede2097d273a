// framework_lesson.cpp — the experiments of lesson 4 (their printing and pictures are in
// framework_lesson_output.cpp).
#include "lessons/framework_lesson.hpp"

#include <algorithm>
#include <cmath>

#include "lessons/lesson_pictures.hpp"

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

}  // namespace mlp
