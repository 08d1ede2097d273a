// toy_datasets.cpp — drawing the toy sets point by point from mlp::Rng, then splitting them.
//
// Each classification generator draws the same number of points for every class (point i gets
// class i mod classes), shuffles them, and cuts the shuffled list into training and test parts,
// so both parts come from the same distribution; then it flips the labels asked for.
#include "lessons/toy_datasets.hpp"

#include <cmath>
#include <functional>
#include <stdexcept>

#include "framework/random.hpp"

namespace mlp {
namespace {

constexpr double kPi = 3.14159265358979323846;

// Draws one point of the given class.
using PointSampler = std::function<LabeledPoint(std::size_t label, Rng& rng)>;

void require_points(const SplitSizes& sizes, const char* name) {
  if (sizes.training == 0 || sizes.test == 0) {
    throw std::invalid_argument(std::string(name) + ": both the training and the test part need " +
                                "at least one point");
  }
}

std::vector<LabeledPoint> draw_points(std::size_t count, std::size_t classes,
                                      const PointSampler& sample, Rng& rng) {
  std::vector<LabeledPoint> points;
  points.reserve(count);
  for (std::size_t i = 0; i < count; ++i)
    points.push_back(sample(i % classes, rng));
  return points;
}

// 0, 1, …, count − 1 in a random order.
std::vector<std::size_t> shuffled_indices(std::size_t count, Rng& rng) {
  std::vector<std::size_t> order(count);
  for (std::size_t i = 0; i < count; ++i)
    order[i] = i;
  rng.shuffle(order);
  return order;
}

// Shuffles the points and cuts them into the training part and the test part.
void split(const std::vector<LabeledPoint>& points, SplitSizes sizes, Rng& rng,
           std::vector<LabeledPoint>& training, std::vector<LabeledPoint>& test) {
  const std::vector<std::size_t> order = shuffled_indices(points.size(), rng);
  for (std::size_t i = 0; i < order.size(); ++i) {
    (i < sizes.training ? training : test).push_back(points[order[i]]);
  }
}

// Label noise: gives `fraction` of the points (chosen at random) a different, random class, the
// way a careless labelling process would.
void flip_labels(std::vector<LabeledPoint>& points, std::size_t classes, double fraction,
                 Rng& rng) {
  if (!(fraction >= 0 && fraction <= 1)) {
    throw std::invalid_argument("the fraction of flipped labels must be in [0, 1]");
  }
  const std::vector<std::size_t> order = shuffled_indices(points.size(), rng);
  const auto flipped = static_cast<std::size_t>(std::lround(fraction * double(points.size())));
  for (std::size_t i = 0; i < flipped; ++i) {
    LabeledPoint& point = points[order[i]];
    point.label = (point.label + 1 + rng.below(classes - 1)) % classes;
  }
}

// Draws the points, splits them, and flips labels in each part separately, so that both parts
// carry exactly the requested share of wrong labels.
ClassificationSet make_classification(const std::string& name, std::size_t classes,
                                      SplitSizes sizes, double flipped_fraction, std::uint64_t seed,
                                      const PointSampler& sample) {
  require_points(sizes, name.c_str());
  Rng rng(seed);
  const std::vector<LabeledPoint> points =
      draw_points(sizes.training + sizes.test, classes, sample, rng);
  std::vector<LabeledPoint> training, test;
  split(points, sizes, rng, training, test);
  flip_labels(training, classes, flipped_fraction, rng);
  flip_labels(test, classes, flipped_fraction, rng);
  return {name, classes, training, test, to_dataset(training, classes), to_dataset(test, classes)};
}

std::vector<CurvePoint> draw_curve(std::size_t count, double noise, Rng& rng) {
  std::vector<CurvePoint> points;
  points.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const double x = rng.uniform(-3.0, 3.0);
    points.push_back({x, sine_curve_value(x) + rng.normal(0.0, noise)});
  }
  return points;
}

RegressionSet make_regression(const std::string& name, std::vector<CurvePoint> training,
                              std::vector<CurvePoint> test) {
  MatrixDataset training_set = to_dataset(training);
  MatrixDataset test_set = to_dataset(test);
  return {name, std::move(training), std::move(test), std::move(training_set), std::move(test_set)};
}

}  // namespace

ClassificationSet two_clusters(std::uint64_t seed, SplitSizes sizes, double flipped_fraction) {
  return make_classification(
      "two clusters", 2, sizes, flipped_fraction, seed, [](std::size_t label, Rng& rng) {
        const double center = label == 0 ? -1.0 : 1.0;
        return LabeledPoint{rng.normal(center, 0.75), rng.normal(center, 0.75), label};
      });
}

// Class 0 sits around (−1, −1) and (1, 1), class 1 around (−1, 1) and (1, −1): the label is the
// exclusive or of "x1 > 0" and "x2 > 0".
ClassificationSet xor_corners(std::uint64_t seed, SplitSizes sizes, double flipped_fraction) {
  return make_classification("XOR", 2, sizes, flipped_fraction, seed,
                             [](std::size_t label, Rng& rng) {
                               const std::size_t right = rng.below(2);
                               const std::size_t top = right ^ label;
                               return LabeledPoint{rng.normal(right ? 1.0 : -1.0, 0.35),
                                                   rng.normal(top ? 1.0 : -1.0, 0.35), label};
                             });
}

// Class 0 on an arc of the unit circle around (0, 0), class 1 on the same arc turned upside down
// around (1, 0). Each arc runs 0.8 radians past a half circle at both ends, so each moon's tips
// reach deep into the hollow of the other: the best straight line gets only about 3 in 4 right.
ClassificationSet two_moons(std::uint64_t seed, SplitSizes sizes, double flipped_fraction) {
  return make_classification(
      "two moons", 2, sizes, flipped_fraction, seed, [](std::size_t label, Rng& rng) {
        const double angle = rng.uniform(-0.8, kPi + 0.8);
        const double x = label == 0 ? std::cos(angle) : 1 - std::cos(angle);
        const double y = label == 0 ? std::sin(angle) : -std::sin(angle);
        return LabeledPoint{x + rng.normal(0.0, 0.06), y + rng.normal(0.0, 0.06), label};
      });
}

// Class 0 on a circle of radius 0.5, class 1 on a circle of radius 1, both around the origin.
ClassificationSet circles(std::uint64_t seed, SplitSizes sizes, double flipped_fraction) {
  return make_classification(
      "circles", 2, sizes, flipped_fraction, seed, [](std::size_t label, Rng& rng) {
        const double angle = rng.uniform(0.0, 2 * kPi);
        const double radius = (label == 0 ? 0.5 : 1.0) + rng.normal(0.0, 0.08);
        return LabeledPoint{radius * std::cos(angle), radius * std::sin(angle), label};
      });
}

// Arm k: at distance r from the origin (r uniform in [0.1, 1]) the angle is 2πk / arms + 4r, so
// each arm winds about two thirds of a turn outwards, a little blurred.
ClassificationSet spiral(std::uint64_t seed, std::size_t arms, SplitSizes sizes,
                         double flipped_fraction) {
  if (arms < 2) throw std::invalid_argument("spiral: needs at least 2 arms");
  return make_classification(
      "spiral", arms, sizes, flipped_fraction, seed, [arms](std::size_t label, Rng& rng) {
        const double radius = rng.uniform(0.1, 1.0);
        const double angle =
            2 * kPi * double(label) / double(arms) + 4 * radius + rng.normal(0, 0.12);
        return LabeledPoint{radius * std::cos(angle), radius * std::sin(angle), label};
      });
}

double sine_curve_value(double x) {
  return std::sin(x);
}

RegressionSet sine_curve(std::uint64_t seed, SplitSizes sizes, double noise) {
  require_points(sizes, "sine curve");
  Rng rng(seed);
  std::vector<CurvePoint> training = draw_curve(sizes.training, noise, rng);
  std::vector<CurvePoint> test = draw_curve(sizes.test, noise, rng);
  return make_regression("sine curve", std::move(training), std::move(test));
}

RegressionSet sine_with_outliers(std::uint64_t seed, std::size_t outliers, SplitSizes sizes) {
  require_points(sizes, "sine with outliers");
  if (outliers > sizes.training) {
    throw std::invalid_argument("sine with outliers: more outliers than training points");
  }
  Rng rng(seed);
  std::vector<CurvePoint> training = draw_curve(sizes.training, 0.1, rng);
  std::vector<CurvePoint> test = draw_curve(sizes.test, 0.1, rng);
  // The points are in random order already, so the first few are a random choice.
  for (std::size_t i = 0; i < outliers; ++i)
    training[i].y += rng.uniform(3.0, 4.0);
  return make_regression("sine with outliers", std::move(training), std::move(test));
}

MatrixDataset to_dataset(const std::vector<LabeledPoint>& points, std::size_t classes) {
  Matrix inputs(points.size(), 2);
  std::vector<std::uint8_t> labels(points.size());
  for (std::size_t i = 0; i < points.size(); ++i) {
    inputs(i, 0) = static_cast<Scalar>(points[i].x1);
    inputs(i, 1) = static_cast<Scalar>(points[i].x2);
    if (points[i].label >= 256) throw std::invalid_argument("to_dataset: label above 255");
    labels[i] = static_cast<std::uint8_t>(points[i].label);
  }
  return MatrixDataset(std::move(inputs), one_hot(labels, classes));
}

MatrixDataset to_dataset(const std::vector<CurvePoint>& points) {
  Matrix inputs(points.size(), 1);
  Matrix targets(points.size(), 1);
  for (std::size_t i = 0; i < points.size(); ++i) {
    inputs(i, 0) = static_cast<Scalar>(points[i].x);
    targets(i, 0) = static_cast<Scalar>(points[i].y);
  }
  return MatrixDataset(std::move(inputs), std::move(targets));
}

}  // namespace mlp
