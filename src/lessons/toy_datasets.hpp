// toy_datasets.hpp — small two-dimensional problems to watch a network learn on.
//
// Every set is drawn from mlp::Rng, so one seed gives the same points everywhere, and comes
// already split into a training part (what SGD sees) and a test part (what we measure on).
// Classification sets have one-hot targets: a point of class 2 out of 3 gets the target row
// (0, 0, 1), which is what SoftmaxCrossEntropy compares the network's scores with.
//
//   two_clusters      two Gaussian blobs, a fifth of the labels flipped   (the lesson's example)
//   xor_corners       noisy points around the four corners of a square; opposite corners agree
//   two_moons         two interlocking crescents
//   circles           a small ring inside a larger one
//   spiral            arms of a spiral winding around the origin, one class per arm
//   sine_curve        y = sin(x) plus a little noise                     (regression)
//   sine_with_outliers  the same, with a few points thrown far above the curve
//
// Only two_clusters can be split by a straight line (up to its flipped labels); the XOR corners,
// the moons, the circles and the spiral need a network with a hidden layer, which is the point of
// lesson 4.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "framework/training.hpp"

namespace mlp {

// One point of a classification set: its two features and its class.
struct LabeledPoint {
  double x1;
  double x2;
  std::size_t label;
};

// One point of a regression set: the input x and the target y.
struct CurvePoint {
  double x;
  double y;
};

// How many points go into each part of the split.
struct SplitSizes {
  std::size_t training;
  std::size_t test;
};

struct ClassificationSet {
  std::string name;
  std::size_t classes;
  std::vector<LabeledPoint> training_points;  // the raw points, for plotting
  std::vector<LabeledPoint> test_points;
  MatrixDataset training;  // inputs (N x 2), one-hot targets (N x classes)
  MatrixDataset test;
};

struct RegressionSet {
  std::string name;
  std::vector<CurvePoint> training_points;
  std::vector<CurvePoint> test_points;
  MatrixDataset training;  // inputs (N x 1), targets (N x 1)
  MatrixDataset test;
};

// Every classification set takes `flipped_fraction`: that share of the points of each part
// (chosen at random) gets a wrong label, a different class drawn at random. Real labels are never
// perfect.

// Two clusters of normally spread points around (−1, −1) and (1, 1). The lesson's example is the
// default: 100 points, 20 % of the labels flipped, split 80 / 20.
ClassificationSet two_clusters(std::uint64_t seed, SplitSizes sizes = {80, 20},
                               double flipped_fraction = 0.2);
ClassificationSet xor_corners(std::uint64_t seed, SplitSizes sizes = {200, 200},
                              double flipped_fraction = 0);
ClassificationSet two_moons(std::uint64_t seed, SplitSizes sizes = {200, 200},
                            double flipped_fraction = 0);
ClassificationSet circles(std::uint64_t seed, SplitSizes sizes = {200, 200},
                          double flipped_fraction = 0);
// `arms` classes (at least 2), each a spiral arm turned by 2π / arms against the previous one.
ClassificationSet spiral(std::uint64_t seed, std::size_t arms = 3, SplitSizes sizes = {300, 300},
                         double flipped_fraction = 0);

// The clean curve behind both regression sets.
double sine_curve_value(double x);
// x uniform in [−3, 3], y = sin(x) + normal noise with standard deviation `noise`.
RegressionSet sine_curve(std::uint64_t seed, SplitSizes sizes = {80, 80}, double noise = 0.1);
// sine_curve with `outliers` of the training points lifted by 3 to 4 (the test points stay
// clean, so a test error measures how well a fit follows the curve itself).
RegressionSet sine_with_outliers(std::uint64_t seed, std::size_t outliers = 8,
                                 SplitSizes sizes = {80, 80});

// The datasets behind the sets above, exposed for tests and for hand-made examples: inputs with
// one row per point, and one-hot targets.
MatrixDataset to_dataset(const std::vector<LabeledPoint>& points, std::size_t classes);
MatrixDataset to_dataset(const std::vector<CurvePoint>& points);

}  // namespace mlp
