// lesson_training.cpp — building, training and reporting a network for the lesson experiments.
#include "lessons/lesson_training.hpp"

#include <cmath>
#include <stdexcept>

#include "framework/linear.hpp"
#include "framework/random.hpp"
#include "lessons/lesson_text.hpp"

namespace mlp {

Network build_network(const Recipe& recipe, Rng& rng) {
  Network network = build_perceptron(recipe.sizes, recipe.activation, rng);
  if (!recipe.initialization) return network;
  for (Linear* linear : linear_layers(network))
    initialize_weights(linear->weights, *recipe.initialization, rng);
  return network;
}

TrainedNetwork train_network(const Recipe& recipe, const Loss& loss, const Dataset& training,
                             const Dataset& validation, std::uint64_t seed,
                             const EpochObserver& observe) {
  Rng rng(seed);
  TrainedNetwork result{build_network(recipe, rng), {}};
  // The minibatch order gets its own seed, derived from the weights' one.
  Trainer trainer(result.network, loss, {recipe.learning_rate, 0.0}, recipe.batch_size, seed + 1);
  if (observe) observe(0, result.network);
  for (std::size_t e = 0; e < recipe.epochs; ++e) {
    const std::vector<EpochRecord> one = fit(trainer, training, validation, 1, nullptr);
    result.history.push_back(one.front());
    if (observe) observe(trainer.epochs_done(), result.network);
  }
  return result;
}

std::string history_table(const std::vector<EpochRecord>& history, std::size_t every) {
  if (history.empty()) return "";
  const bool classification = !std::isnan(history.front().training.accuracy);
  std::string table = classification
                          ? "epoch   training loss  accuracy   validation loss  accuracy\n"
                          : "epoch   training loss   validation loss\n";
  for (std::size_t i = 0; i < history.size(); ++i) {
    const bool shown = i == 0 || i + 1 == history.size() || (every > 0 && (i + 1) % every == 0);
    if (!shown) continue;
    const EpochRecord& r = history[i];
    if (classification) {
      table += format_text("%5zu   %13.4f  %8.3f   %15.4f  %8.3f\n", r.epoch, r.training.loss,
                           r.training.accuracy, r.validation.loss, r.validation.accuracy);
    } else {
      table += format_text("%5zu   %13.4f   %15.4f\n", r.epoch, r.training.loss, r.validation.loss);
    }
  }
  return table;
}

std::vector<double> predict_curve(Network& network, const std::vector<double>& xs) {
  Matrix inputs(xs.size(), 1);
  for (std::size_t i = 0; i < xs.size(); ++i)
    inputs(i, 0) = static_cast<Scalar>(xs[i]);
  const Matrix& outputs = network.forward(inputs);
  if (outputs.cols() != 1) {
    throw std::invalid_argument("predict_curve: the network has " + std::to_string(outputs.cols()) +
                                " outputs, a curve needs 1");
  }
  return std::vector<double>(outputs.data(), outputs.data() + outputs.rows());
}

std::vector<double> evenly_spaced(double low, double high, std::size_t count) {
  std::vector<double> values(count, low);
  for (std::size_t i = 1; i < count; ++i)
    values[i] = low + (high - low) * double(i) / double(count - 1);
  return values;
}

}  // namespace mlp
