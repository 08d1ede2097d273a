// lesson_losses.cpp — lesson 1: the losses, softmax, and one outlier (see lessons/1-losses.md).
#include "lessons/lesson_losses.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <ostream>

#include "framework/activations.hpp"
#include "framework/losses.hpp"
#include "framework/softmax.hpp"
#include "lessons/lesson_pictures.hpp"
#include "lessons/lesson_text.hpp"
#include "lessons/lesson_training.hpp"

namespace mlp {
namespace {

double mean_of(const std::vector<double>& values) {
  return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

// The middle value; for an even count the midpoint of the two middle ones (every c between them
// has the same, smallest absolute error).
double median_of(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t middle = values.size() / 2;
  return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

Matrix column(const std::vector<double>& values) {
  Matrix m(values.size(), 1);
  for (std::size_t i = 0; i < values.size(); ++i)
    m(i, 0) = Scalar(values[i]);
  return m;
}

std::vector<double> gradient_at(const Loss& loss, const Matrix& prediction, const Matrix& target) {
  Matrix grad;
  loss.gradient(prediction, target, grad);
  return std::vector<double>(grad.data(), grad.data() + grad.size());
}

void print_regression(const RegressionLossExample& example, std::ostream& out) {
  out << "== Regression losses ==\n"
      << "predictions f:\n"
      << matrix_text(example.prediction, 2) << "targets y:\n"
      << matrix_text(example.target, 2);
  out << format_text(
      "absolute error  mean |f - y|   = %.4f\nsquared error   mean (f - y)^2 = %.4f\n\n",
      example.absolute_error, example.squared_error);
}

void print_classification(const ClassificationLossExample& example, std::ostream& out) {
  out << "== Classification: scores, softmax, losses ==\n"
      << "scores z (one row per example, one column per class):\n"
      << matrix_text(example.scores, 2) << "probabilities p = softmax(z), each row sums to 1:\n"
      << matrix_text(example.probabilities, 4) << "targets y (one-hot):\n"
      << matrix_text(example.target, 0);
  out << format_text(
      "accuracy              = %.4f   (rows whose largest score is the target class)\n"
      "0-1 loss              = %.4f   (1 - accuracy)\n"
      "cross-entropy from p  = %.4f   (mean of -log p[target])\n"
      "softmax cross-entropy = %.4f   (the same, computed from z)\n\n",
      example.accuracy, example.zero_one_loss, example.cross_entropy,
      example.softmax_cross_entropy);
}

void print_softmax_shift(std::ostream& out) {
  const Matrix scores = Matrix::from_rows({{2.0, 1.0, 0.1}, {102.0, 101.0, 100.1}});
  Matrix probabilities;
  softmax(scores, probabilities);
  out << "== Softmax ignores a common shift of the scores ==\n"
      << "scores (the second row is the first plus 100):\n"
      << matrix_text(scores, 1) << "softmax:\n"
      << matrix_text(probabilities, 4) << "\n";
}

void print_two_classes(const TwoClassExample& example, std::ostream& out) {
  out << "== Two classes: one logistic output against softmax over two scores ==\n"
      << "  z0      z1     y   f = sigmoid(z1 - z0)   softmax(z)_1\n";
  for (std::size_t i = 0; i < example.labels.size(); ++i) {
    out << format_text("%5.2f  %6.2f   %d   %20.4f   %12.4f\n", example.scores(i, 0),
                       example.scores(i, 1), example.labels[i], example.logistic_output[i],
                       example.softmax_class_1[i]);
  }
  out << format_text(
      "logistic loss  mean of -y log f - (1-y) log(1-f) = %.4f\n"
      "softmax cross-entropy on (z0, z1)                = %.4f\n\n",
      example.logistic_loss, example.softmax_cross_entropy);
}

void print_outlier(const OutlierExample& example, std::ostream& out) {
  out << "== One outlier ==\nvalues:";
  for (double v : example.values)
    out << format_text(" %.1f", v);
  out << format_text(
      "\nbest constant under squared error (the mean):    %.3f without the outlier, "
      "%.3f with it\nbest constant under absolute error (a median):   %.3f without the "
      "outlier, %.3f with it\n",
      example.mean_without_outlier, example.mean, example.median_without_outlier, example.median);
  out << format_text("gradient dL/df_i of each prediction f_i = c = %.1f:\n", example.constant)
      << "  value   absolute error   squared error\n";
  for (std::size_t i = 0; i < example.values.size(); ++i) {
    out << format_text("  %5.1f   %14.4f   %13.4f\n", example.values[i],
                       example.absolute_gradient[i], example.squared_gradient[i]);
  }
  out << "\n";
}

// ℓ(r) = |r| and ℓ(r) = r² against the residual r = f − y.
std::string draw_losses_per_residual(const std::string& folder) {
  const std::vector<double> residuals = evenly_spaced(-3.0, 3.0, 61);
  std::vector<double> absolute, squared;
  for (double r : residuals) {
    absolute.push_back(std::fabs(r));
    squared.push_back(r * r);
  }
  LinePlot plot("Loss of one residual r = f - y", "residual r", "loss of one example");
  plot.add_series("absolute error |r|", residuals, absolute);
  plot.add_series("squared error r^2", residuals, squared);
  return save_picture(plot, folder, "losses-per-residual.svg");
}

// The values as points and the two best constants as horizontal lines.
std::string draw_outlier_fits(const OutlierExample& example, const std::string& folder) {
  ScatterPlot plot("One outlier moves the mean", "measurement number", "value");
  plot.set_class_names({"measurements"});
  for (std::size_t i = 0; i < example.values.size(); ++i)
    plot.add_point(double(i + 1), example.values[i]);
  const std::vector<double> ends = {0.5, double(example.values.size()) + 0.5};
  plot.add_curve("best constant, squared error (mean)", ends, {example.mean, example.mean});
  plot.add_curve("best constant, absolute error (median)", ends, {example.median, example.median});
  return save_picture(plot, folder, "losses-outlier.svg");
}

}  // namespace

RegressionLossExample regression_loss_example() {
  RegressionLossExample example{Matrix::from_rows({{2.5}, {0.0}, {2.0}, {8.0}}),
                                Matrix::from_rows({{3.0}, {-0.5}, {2.0}, {7.0}}), 0, 0};
  example.absolute_error = AbsoluteError().value(example.prediction, example.target);
  example.squared_error = SquaredError().value(example.prediction, example.target);
  return example;
}

ClassificationLossExample classification_loss_example() {
  ClassificationLossExample example{};
  example.scores = Matrix::from_rows({{2.0, 1.0, 0.1}, {0.5, 2.5, 0.0}, {1.0, 3.0, 0.2}});
  example.target = one_hot({0, 1, 2}, 3);  // the third example is misclassified
  softmax(example.scores, example.probabilities);
  example.accuracy = accuracy(example.scores, example.target);
  example.zero_one_loss = 1 - example.accuracy;
  example.cross_entropy = CrossEntropy().value(example.probabilities, example.target);
  example.softmax_cross_entropy = SoftmaxCrossEntropy().value(example.scores, example.target);
  return example;
}

TwoClassExample two_class_example() {
  TwoClassExample example{};
  example.scores = Matrix::from_rows({{0.5, 2.0}, {1.0, -1.0}, {0.3, 0.3}});
  example.labels = {1, 1, 0};
  Matrix probabilities;
  softmax(example.scores, probabilities);
  double total = 0;
  for (std::size_t i = 0; i < example.labels.size(); ++i) {
    const double f = SigmoidFunction::value(example.scores(i, 1) - example.scores(i, 0));
    const double y = example.labels[i];
    example.logistic_output.push_back(f);
    example.softmax_class_1.push_back(probabilities(i, 1));
    total += -y * std::log(f) - (1 - y) * std::log(1 - f);
  }
  example.logistic_loss = total / double(example.labels.size());
  example.softmax_cross_entropy = SoftmaxCrossEntropy().value(
      example.scores, one_hot({std::uint8_t(example.labels[0]), std::uint8_t(example.labels[1]),
                               std::uint8_t(example.labels[2])},
                              2));
  return example;
}

OutlierExample outlier_example() {
  OutlierExample example{};
  const std::vector<double> clean = {1.0, 1.4, 0.8, 1.2, 0.9};
  example.values = clean;
  example.values.push_back(7.0);
  example.mean_without_outlier = mean_of(clean);
  example.median_without_outlier = median_of(clean);
  example.mean = mean_of(example.values);
  example.median = median_of(example.values);
  example.constant = example.median_without_outlier;
  const Matrix target = column(example.values);
  const Matrix prediction(example.values.size(), 1, Scalar(example.constant));
  example.absolute_gradient = gradient_at(AbsoluteError(), prediction, target);
  example.squared_gradient = gradient_at(SquaredError(), prediction, target);
  return example;
}

std::vector<std::string> losses_lesson(const LessonOptions& options, std::ostream& out) {
  print_regression(regression_loss_example(), out);
  print_classification(classification_loss_example(), out);
  print_softmax_shift(out);
  print_two_classes(two_class_example(), out);
  const OutlierExample outlier = outlier_example();
  print_outlier(outlier, out);
  return {draw_losses_per_residual(options.output_folder),
          draw_outlier_fits(outlier, options.output_folder)};
}

const LessonProgram lesson_losses_program = {
    "lesson_losses",
    "Computes every loss of the framework on tiny hand-made examples, the softmax of a few\n"
    "scores, and how absolute and squared error react to one outlier.",
    losses_lesson};

}  // namespace mlp
