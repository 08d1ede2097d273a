// test_toy_datasets.cpp — the toy sets of the lessons: sizes, one-hot targets, determinism, the
// exact share of flipped labels, the outliers, and clear errors for impossible requests.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "check.hpp"
#include "lessons/toy_datasets.hpp"

namespace {

bool same_points(const std::vector<mlp::LabeledPoint>& a, const std::vector<mlp::LabeledPoint>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].x1 != b[i].x1 || a[i].x2 != b[i].x2 || a[i].label != b[i].label) return false;
  }
  return true;
}

// The training and test points together, sorted by position, so that two draws of the same
// points in a different order can be compared label by label.
std::vector<mlp::LabeledPoint> all_sorted(const mlp::ClassificationSet& set) {
  std::vector<mlp::LabeledPoint> points = set.training_points;
  points.insert(points.end(), set.test_points.begin(), set.test_points.end());
  std::sort(points.begin(), points.end(),
            [](const mlp::LabeledPoint& a, const mlp::LabeledPoint& b) {
              return a.x1 < b.x1 || (a.x1 == b.x1 && a.x2 < b.x2);
            });
  return points;
}

void check_shapes(const mlp::ClassificationSet& set, std::size_t training, std::size_t test) {
  CHECK_EQ(set.training_points.size(), training);
  CHECK_EQ(set.test_points.size(), test);
  CHECK_EQ(set.training.size(), training);
  CHECK_EQ(set.test.inputs().cols(), 2u);
  CHECK_EQ(set.training.targets().cols(), set.classes);
  // The matrices hold the points: row i is point i, its target the one-hot row of its label.
  for (std::size_t i = 0; i < training; ++i) {
    const mlp::LabeledPoint& p = set.training_points[i];
    CHECK_NEAR(set.training.inputs()(i, 0), p.x1, 1e-6);
    CHECK_EQ(set.training.targets()(i, p.label), mlp::Scalar(1));
  }
  const mlp::Matrix& targets = set.training.targets();
  const double ones = std::accumulate(targets.data(), targets.data() + targets.size(), 0.0);
  CHECK_NEAR(ones, double(training), 1e-6);  // one 1 per row
}

void test_shapes_and_classes() {
  check_shapes(mlp::two_clusters(1), 80, 20);
  check_shapes(mlp::xor_corners(2), 200, 200);
  check_shapes(mlp::two_moons(3), 200, 200);
  check_shapes(mlp::circles(4), 200, 200);
  const mlp::ClassificationSet spiral = mlp::spiral(5, 4, {120, 40});
  check_shapes(spiral, 120, 40);
  CHECK_EQ(spiral.classes, 4u);
  // Every class gets the same number of points (before the split).
  std::vector<std::size_t> counts(4, 0);
  for (const mlp::LabeledPoint& p : all_sorted(spiral))
    ++counts[p.label];
  for (std::size_t count : counts)
    CHECK_EQ(count, 40u);
}

void test_determinism() {
  CHECK(same_points(mlp::two_moons(7).training_points, mlp::two_moons(7).training_points));
  CHECK(!same_points(mlp::two_moons(7).training_points, mlp::two_moons(8).training_points));
}

// The labels are flipped after the points are drawn and split, so the same seed gives the same
// points in the same order; exactly the requested share of each part then has the other label.
std::size_t labels_that_differ(const std::vector<mlp::LabeledPoint>& clean,
                               const std::vector<mlp::LabeledPoint>& noisy) {
  std::size_t differ = 0;
  for (std::size_t i = 0; i < clean.size(); ++i) {
    CHECK_EQ(clean[i].x1, noisy[i].x1);
    if (clean[i].label != noisy[i].label) ++differ;
  }
  return differ;
}

void test_flipped_labels() {
  const mlp::ClassificationSet clean = mlp::two_clusters(3, {80, 20}, 0.0);
  const mlp::ClassificationSet noisy = mlp::two_clusters(3, {80, 20}, 0.2);
  CHECK_EQ(labels_that_differ(clean.training_points, noisy.training_points), 16u);
  CHECK_EQ(labels_that_differ(clean.test_points, noisy.test_points), 4u);
}

void test_regression_sets() {
  const mlp::RegressionSet clean = mlp::sine_curve(1, {50, 30}, 0.1);
  CHECK_EQ(clean.training.size(), 50u);
  CHECK_EQ(clean.test.inputs().cols(), 1u);
  const mlp::RegressionSet outliers = mlp::sine_with_outliers(1, 6, {80, 80});
  std::size_t far = 0;
  for (const mlp::CurvePoint& p : outliers.training_points) {
    CHECK(p.x >= -3 && p.x <= 3);
    if (std::fabs(p.y - mlp::sine_curve_value(p.x)) > 2.5) ++far;
  }
  CHECK_EQ(far, 6u);
  for (const mlp::CurvePoint& p : outliers.test_points)
    CHECK(std::fabs(p.y - mlp::sine_curve_value(p.x)) < 0.6);
}

void test_bad_requests() {
  CHECK_THROWS_WITH(mlp::two_moons(1, {0, 10}), "at least one point");
  CHECK_THROWS_WITH(mlp::spiral(1, 1), "at least 2 arms");
  CHECK_THROWS_WITH(mlp::two_clusters(1, {80, 20}, 1.5), "flipped labels must be in [0, 1]");
  CHECK_THROWS_WITH(mlp::sine_with_outliers(1, 20, {10, 10}), "more outliers than training");
}

}  // namespace

int main() {
  test_shapes_and_classes();
  test_determinism();
  test_flipped_labels();
  test_regression_sets();
  test_bad_requests();
  return check::summary();
}
