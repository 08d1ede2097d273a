// lesson_gradient_descent.cpp — lesson 2: gradient descent and minibatch SGD (see
// lessons/2-gradient-descent.md).
#include "lessons/lesson_gradient_descent.hpp"

#include <ostream>

#include "framework/linear.hpp"
#include "framework/sgd.hpp"
#include "lessons/lesson_pictures.hpp"
#include "lessons/lesson_text.hpp"
#include "lessons/toy_datasets.hpp"

namespace mlp {
namespace {

void print_step(const GradientStep& step, std::ostream& out) {
  out << format_text("== One step of gradient descent on all %zu training points (eta = %g) ==\n",
                     step.examples, step.learning_rate)
      << "W (the lesson's random start):\n"
      << matrix_text(step.weights_before) << "dL/dW:\n"
      << matrix_text(step.grad_weights) << "W - eta * dL/dW:\n"
      << matrix_text(step.weights_after) << "b (starts at 0):\n"
      << matrix_text(step.bias_before) << "dL/db:\n"
      << matrix_text(step.grad_bias) << "b - eta * dL/db:\n"
      << matrix_text(step.bias_after)
      << format_text("loss before the step %.4f, after it %.4f\n\n", step.loss_before,
                     step.loss_after);
}

void print_comparison(const DescentComparison& comparison, std::ostream& out) {
  const std::size_t steps =
      (comparison.training_size + comparison.batch_size - 1) / comparison.batch_size;
  out << format_text(
      "== Full-batch gradient descent against minibatch SGD (batch %zu) ==\n"
      "one epoch = one step with the full batch, %zu steps with minibatches\n"
      "loss on the whole training set:\n"
      "epoch   full batch   minibatches\n",
      comparison.batch_size, steps);
  for (std::size_t epoch = 0; epoch < comparison.full_batch_loss.size(); ++epoch) {
    if (epoch > 10 && epoch % 5 != 0) continue;  // epochs 0 to 10, then every fifth
    out << format_text("%5zu   %10.4f   %11.4f\n", epoch, comparison.full_batch_loss[epoch],
                       comparison.minibatch_loss[epoch]);
  }
  out << format_text("test accuracy after the last epoch: full batch %.3f, minibatches %.3f\n",
                     comparison.full_batch_accuracy, comparison.minibatch_accuracy);
}

std::string draw_comparison(const DescentComparison& comparison, const std::string& folder) {
  const std::vector<double> epochs = evenly_spaced(0, double(comparison.full_batch_loss.size() - 1),
                                                   comparison.full_batch_loss.size());
  LinePlot plot("Loss on the training set", "epoch", "cross-entropy loss");
  plot.add_series("full batch (1 step per epoch)", epochs, comparison.full_batch_loss);
  plot.add_series("minibatches of " + std::to_string(comparison.batch_size), epochs,
                  comparison.minibatch_loss);
  return save_picture(plot, folder, "gradient-descent-loss.svg");
}

// Trains the recipe and records the loss on the whole training set before and after every epoch.
std::vector<double> loss_per_epoch(const Recipe& recipe, const ClassificationSet& data,
                                   std::uint64_t seed, double& test_accuracy) {
  const SoftmaxCrossEntropy loss;
  std::vector<double> losses;
  const TrainedNetwork trained = train_network(
      recipe, loss, data.training, data.test, seed, [&](std::size_t, Network& network) {
        const Matrix& scores = network.forward(data.training.inputs());
        losses.push_back(loss.value(scores, data.training.targets()));
      });
  test_accuracy = trained.history.back().validation.accuracy;
  return losses;
}

}  // namespace

Recipe descent_recipe(std::size_t epochs, double learning_rate, std::size_t batch_size) {
  Recipe recipe;
  recipe.sizes = {2, 2};
  recipe.batch_size = batch_size;
  recipe.epochs = epochs;
  recipe.learning_rate = learning_rate;
  recipe.initialization = Initialization::Lesson;
  return recipe;
}

GradientStep one_gradient_step(std::uint64_t seed, double learning_rate) {
  const ClassificationSet data = two_clusters(seed);
  const Matrix& inputs = data.training.inputs();
  const Matrix& targets = data.training.targets();
  Rng rng(seed);
  Network network = build_network(descent_recipe(1, learning_rate, inputs.rows()), rng);
  Linear& layer = *linear_layers(network).front();
  const SoftmaxCrossEntropy loss;

  GradientStep step{inputs.rows(), learning_rate, layer.weights, {}, {}, layer.bias, {}, {}, 0, 0};
  const Matrix& scores = network.forward(inputs);  // forward
  step.loss_before = loss.value(scores, targets);
  Matrix grad_scores;
  loss.gradient(scores, targets, grad_scores);  // ∂L/∂scores
  network.backward(grad_scores);                // ∂L/∂W and ∂L/∂b
  step.grad_weights = layer.grad_weights;
  step.grad_bias = layer.grad_bias;
  Sgd(SgdOptions{learning_rate, 0.0}).step(network.parameters());  // θ ← θ − η·∂L/∂θ
  step.weights_after = layer.weights;
  step.bias_after = layer.bias;
  step.loss_after = loss.value(network.forward(inputs), targets);
  return step;
}

DescentComparison compare_descent(std::uint64_t seed, std::size_t epochs, double learning_rate,
                                  std::size_t batch_size) {
  const ClassificationSet data = two_clusters(seed);
  const std::size_t n = data.training.size();
  DescentComparison c{batch_size, n, {}, {}, 0, 0};
  c.full_batch_loss =
      loss_per_epoch(descent_recipe(epochs, learning_rate, n), data, seed, c.full_batch_accuracy);
  c.minibatch_loss = loss_per_epoch(descent_recipe(epochs, learning_rate, batch_size), data, seed,
                                    c.minibatch_accuracy);
  return c;
}

std::vector<std::string> gradient_descent_lesson(const LessonOptions& options, std::ostream& out) {
  print_step(one_gradient_step(options.seed), out);
  const DescentComparison comparison = compare_descent(options.seed);
  print_comparison(comparison, out);
  const ClassificationSet data = two_clusters(options.seed);
  return {
      save_picture(points_plot("The two clusters (training points)", data.training_points),
                   options.output_folder, "two-clusters.svg"),
      draw_comparison(comparison, options.output_folder),
  };
}

const LessonProgram lesson_gradient_descent_program = {
    "lesson_gradient_descent",
    "Shows one gradient-descent step of a one-layer network on the two-cluster set number by\n"
    "number, then trains it by full-batch gradient descent and by minibatch SGD and prints\n"
    "the loss per epoch of both.",
    gradient_descent_lesson};

}  // namespace mlp
