// lab_run.cpp — the lab's training loop with its per-epoch report line.
#include "lab/lab_run.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <stdexcept>

#include "framework/linear.hpp"
#include "framework/losses.hpp"
#include "framework/training.hpp"
#include "lab/progress.hpp"

namespace mlp {
namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string epoch_line(const EpochMetrics& m, std::size_t epochs) {
  char text[256];
  std::snprintf(text, sizeof text,
                "epoch %2zu/%zu  train loss %.4f acc %6.2f%%  validation acc %6.2f%%  max|w|",
                m.epoch, epochs, m.train_loss, 100 * m.train_accuracy, 100 * m.validation_accuracy);
  std::string line = text;
  for (double w : m.max_abs_weights) {
    std::snprintf(text, sizeof text, " %.3f", w);
    line += text;
  }
  std::snprintf(text, sizeof text, "  %.2f s  %.0f images/s", m.seconds, m.images_per_second);
  return line + text;
}

}  // namespace

bool all_weights_finite(Network& network) {
  for (const Parameter& p : network.parameters()) {
    for (std::size_t i = 0; i < p.value->size(); ++i) {
      if (!std::isfinite(p.value->data()[i])) return false;
    }
  }
  return true;
}

std::vector<double> max_abs_weights(Network& network) {
  std::vector<double> result;
  for (const Linear* linear : linear_layers(network))
    result.push_back(max_abs(linear->weights));
  return result;
}

LabRun run_lab(const LabOptions& options, const MnistSet& training_file, const MnistSet& test_file,
               std::ostream& log) {
  if (options.train_images > training_file.count) {
    throw std::runtime_error("--train-images " + std::to_string(options.train_images) +
                             ": the training set in " + options.data_folder + " has only " +
                             std::to_string(training_file.count) + " images");
  }
  const std::size_t train_count = options.train_images - options.validation;
  const MnistDataset training(training_file, 0, train_count);
  const MnistDataset validation(training_file, train_count, options.validation);
  const MnistDataset test(test_file, 0, test_file.count);

  Rng rng(options.seed);
  LabRun run{options, build_perceptron(options.layers, options.activation, rng), {}, {}, 0, {}, "",
             0};
  const SoftmaxCrossEntropy loss;
  Trainer trainer(run.network, loss, {options.learning_rate, options.momentum}, options.batch_size,
                  options.seed);
  run.initial_validation_accuracy = trainer.evaluate(validation).accuracy;
  run.initial_max_abs_weights = max_abs_weights(run.network);

  ProgressBar progress(options.progress);
  const auto training_start = std::chrono::steady_clock::now();
  for (std::size_t epoch = 1; epoch <= options.epochs; ++epoch) {
    const auto start = std::chrono::steady_clock::now();
    EpochStats stats;
    try {
      stats = trainer.train_epoch(training, [&](std::size_t done, std::size_t total) {
        progress.update(done, total);
        return !interrupted();
      });
    } catch (const TrainingDiverged& error) {
      progress.clear();
      run.stopped_early = error.what();
      break;
    }
    progress.clear();
    if (interrupted()) {
      run.stopped_early = "interrupted during epoch " + std::to_string(epoch);
      break;
    }
    EpochMetrics metrics;
    metrics.epoch = epoch;
    metrics.seconds = seconds_since(start);
    metrics.images_per_second = double(train_count) / metrics.seconds;
    metrics.train_loss = stats.loss;
    metrics.train_accuracy = stats.accuracy;
    const EpochStats held_out = trainer.evaluate(validation);
    metrics.validation_loss = held_out.loss;
    metrics.validation_accuracy = held_out.accuracy;
    metrics.max_abs_weights = max_abs_weights(run.network);
    run.history.push_back(metrics);
    log << epoch_line(metrics, options.epochs) << std::endl;
    // A loss can stay finite while the weights overflow (with momentum, for example); the run
    // has diverged all the same.
    if (!all_weights_finite(run.network)) {
      run.stopped_early =
          "training diverged: the weights are no longer finite numbers after epoch " +
          std::to_string(epoch) + "; try a smaller learning rate";
      break;
    }
  }
  run.training_seconds = seconds_since(training_start);
  run.test = evaluate(run.network, test, 256);
  return run;
}

}  // namespace mlp
