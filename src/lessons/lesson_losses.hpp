// lesson_losses.hpp — lesson 1: every loss of the framework on examples small enough to check by
// hand, softmax on one row of scores, and what a single outlier does to each regression loss.
//
// Run it with ./build/lesson_losses; lessons/1-losses.md walks through its output.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "framework/matrix.hpp"
#include "lessons/lesson_program.hpp"

namespace mlp {

// Four predictions of a regression model next to their targets.
struct RegressionLossExample {
  Matrix prediction;  // (4 x 1)
  Matrix target;      // (4 x 1)
  double absolute_error;
  double squared_error;
};
RegressionLossExample regression_loss_example();

// Three examples of a 3-class problem: the model's raw scores z, their softmax p, and one-hot
// targets y.
struct ClassificationLossExample {
  Matrix scores;                 // z (3 x 3)
  Matrix probabilities;          // p = softmax(z), row by row
  Matrix target;                 // y, one-hot
  double accuracy;               // the fraction of rows whose largest score is the target class
  double zero_one_loss;          // 1 − accuracy
  double cross_entropy;          // −mean log p of the target class, from p
  double softmax_cross_entropy;  // the same number, computed from z directly
};
ClassificationLossExample classification_loss_example();

// Three examples of a 2-class problem, to show that the two-class logistic loss is the softmax
// cross-entropy of two scores. A model with one logistic output f = sigmoid(s) ∈ (0, 1), the
// probability of class 1, has the loss −y·log f − (1−y)·log(1−f) with y ∈ {0, 1}. Softmax over
// two scores z0, z1 gives class 1 the probability e^z1 / (e^z0 + e^z1) = sigmoid(z1 − z0), so
// with s = z1 − z0 both losses are the same number.
struct TwoClassExample {
  Matrix scores;                        // z (3 x 2)
  std::vector<int> labels;              // y of each example, 0 or 1
  std::vector<double> logistic_output;  // f = sigmoid(z1 − z0)
  std::vector<double> softmax_class_1;  // softmax(z)_1, the same numbers
  double logistic_loss;                 // mean of −y·log f − (1−y)·log(1−f)
  double softmax_cross_entropy;         // SoftmaxCrossEntropy on z and one-hot y
};
TwoClassExample two_class_example();

// Six measurements of one quantity, the last an outlier, each "fitted" by one constant c. The
// constant with the least squared error is the mean, the one with the least absolute error is a
// median: the outlier drags the first far away and barely moves the second. The gradients show
// why: at c = 1 every point pulls on c, under absolute error all with the same strength ±1/N,
// under squared error with 2·(c − y)/N, so the far-away outlier pulls hardest by far.
struct OutlierExample {
  std::vector<double> values;  // the last one is the outlier
  double mean_without_outlier;
  double median_without_outlier;
  double mean;                            // with the outlier
  double median;                          // with the outlier
  double constant;                        // c = 1, the median of the clean values
  std::vector<double> absolute_gradient;  // ∂L/∂f_i of each prediction f_i = c
  std::vector<double> squared_gradient;
};
OutlierExample outlier_example();

// The lesson program's body: prints all of the above and draws two pictures.
std::vector<std::string> losses_lesson(const LessonOptions& options, std::ostream& out);

// The program: its name, its description for --help, and its body (lesson_main.cpp runs it).
extern const LessonProgram lesson_losses_program;

}  // namespace mlp
