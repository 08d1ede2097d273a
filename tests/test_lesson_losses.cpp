// test_lesson_losses.cpp — lesson 1's numbers: the hand-checkable losses, softmax, and the
// outlier that drags the mean but hardly the median.
#include <cmath>

#include "check.hpp"
#include "lessons/lesson_losses.hpp"

namespace {

void test_regression_losses() {
  const mlp::RegressionLossExample example = mlp::regression_loss_example();
  CHECK_NEAR(example.absolute_error, (0.5 + 0.5 + 0 + 1) / 4.0, 1e-6);
  CHECK_NEAR(example.squared_error, (0.25 + 0.25 + 0 + 1) / 4.0, 1e-6);
}

// The page: the two-class logistic loss with one logistic output is the softmax cross-entropy of
// two scores, example by example and on average.
void test_two_classes() {
  const mlp::TwoClassExample example = mlp::two_class_example();
  CHECK_EQ(example.labels.size(), 3u);
  for (std::size_t i = 0; i < example.labels.size(); ++i)
    CHECK_NEAR(example.logistic_output[i], example.softmax_class_1[i], 1e-6);
  CHECK_NEAR(example.logistic_loss, example.softmax_cross_entropy, 1e-6);
  CHECK_NEAR(example.logistic_output[2], 0.5, 1e-9);  // equal scores
  const double by_hand =
      -(std::log(example.logistic_output[0]) + std::log(example.logistic_output[1]) +
        std::log(1 - example.logistic_output[2])) /
      3.0;
  CHECK_NEAR(example.logistic_loss, by_hand, 1e-6);
}

void test_classification_losses() {
  const mlp::ClassificationLossExample example = mlp::classification_loss_example();
  CHECK_NEAR(example.accuracy, 2.0 / 3.0, 1e-9);
  CHECK_NEAR(example.zero_one_loss, 1.0 / 3.0, 1e-9);
  for (std::size_t r = 0; r < 3; ++r) {
    double total = 0;
    for (std::size_t c = 0; c < 3; ++c)
      total += example.probabilities(r, c);
    CHECK_NEAR(total, 1.0, 1e-6);
  }
  // −mean log p of the target class, by hand from the printed probabilities.
  const double by_hand =
      -(std::log(example.probabilities(0, 0)) + std::log(example.probabilities(1, 1)) +
        std::log(example.probabilities(2, 2))) /
      3.0;
  CHECK_NEAR(example.cross_entropy, by_hand, 1e-5);
  CHECK_NEAR(example.softmax_cross_entropy, example.cross_entropy, 1e-5);
}

void test_outlier() {
  const mlp::OutlierExample example = mlp::outlier_example();
  CHECK_NEAR(example.mean_without_outlier, 1.06, 1e-9);
  CHECK_NEAR(example.mean, 2.05, 1e-9);
  CHECK_NEAR(example.median_without_outlier, 1.0, 1e-9);
  CHECK_NEAR(example.median, 1.1, 1e-9);
  // Under absolute error the outlier pulls no harder than any other point; under squared error
  // it pulls 2·(1 − 7)/6 = −2, fifteen times harder than the next strongest point.
  CHECK_NEAR(example.absolute_gradient.back(), -1.0 / 6.0, 1e-6);
  CHECK_NEAR(example.absolute_gradient[1], -1.0 / 6.0, 1e-6);
  CHECK_NEAR(example.squared_gradient.back(), -2.0, 1e-6);
  CHECK_NEAR(example.squared_gradient[1], 2 * (1.0 - 1.4) / 6.0, 1e-6);
}

}  // namespace

int main() {
  test_regression_losses();
  test_classification_losses();
  test_two_classes();
  test_outlier();
  return check::summary();
}
