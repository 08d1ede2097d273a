// test_lesson_framework.cpp — lesson 4's claims on a fixed seed: the two-cluster runs reach
// sensible accuracies; one layer fails on XOR and the moons where two layers succeed; two layers
// separate the 3-class spiral; absolute error shrugs off outliers that drag squared error.
#include <cmath>
#include <cstdio>

#include "check.hpp"
#include "lessons/framework_lesson.hpp"

namespace {

// 20 % of the labels are flipped, so about 80 % is the best any model can do.
void test_two_clusters() {
  const mlp::TwoClusterRuns runs = mlp::run_two_clusters(1);
  CHECK_EQ(runs.one_layer.history.size(), 31u);
  CHECK_EQ(runs.two_layer.history.size(), 30u);
  for (const mlp::TrainedNetwork* run : {&runs.one_layer, &runs.two_layer}) {
    const mlp::EpochRecord& last = run->history.back();
    CHECK(last.training.accuracy >= 0.7 && last.training.accuracy <= 0.9);
    CHECK(last.validation.accuracy >= 0.6);
    CHECK(last.validation.loss < std::log(2.0));  // better than guessing ½ for each class
  }
}

void test_hidden_layer_needed() {
  const std::vector<mlp::SeparabilityResult> results = mlp::run_separability(1);
  CHECK_EQ(results.size(), 4u);
  for (const mlp::SeparabilityResult& r : results) {
    std::printf("%-10s one layer %.3f, two layers %.3f\n", r.data.name.c_str(),
                r.one_layer_accuracy(), r.two_layer_accuracy());
  }
  for (std::size_t i : {0, 1}) {  // XOR and the moons
    CHECK(results[i].one_layer_accuracy() < 0.8);
    CHECK(results[i].two_layer_accuracy() >= 0.95);
  }
  CHECK(results[2].one_layer_accuracy() < 0.7);  // circles
  CHECK(results[2].two_layer_accuracy() >= 0.95);
  CHECK_EQ(results[3].data.classes, 3u);  // the spiral
  CHECK(results[3].one_layer_accuracy() < 0.7);
  CHECK(results[3].two_layer_accuracy() >= 0.9);
}

void test_boundary_snapshots() {
  const std::vector<mlp::ScatterPlot> plots = mlp::boundary_snapshots(1, {0, 3, 10});
  CHECK_EQ(plots.size(), 3u);
  CHECK_EQ(plots[1].title(), std::string("after epoch 3"));
}

void test_regression_with_outliers() {
  const mlp::RegressionRuns runs = mlp::run_regression(1);
  std::printf("distance to sin(x): squared error %.4f, absolute error %.4f\n",
              runs.squared_distance, runs.absolute_distance);
  CHECK(runs.absolute_distance < runs.squared_distance);
  CHECK(runs.absolute_distance < 0.15);
}

}  // namespace

int main() {
  test_two_clusters();
  test_hidden_layer_needed();
  test_boundary_snapshots();
  test_regression_with_outliers();
  return check::summary();
}
