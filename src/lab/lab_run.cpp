// lab_run.cpp — the lab's training loop: the per-epoch measurements, the learning-rate
// schedule, keeping the best epoch, and stopping on divergence or Ctrl-C.
#include "lab/lab_run.hpp"

#include <chrono>
#include <cstdio>
#include <limits>
#include <ostream>
#include <stdexcept>

#include "framework/training.hpp"
#include "lab/model_file.hpp"
#include "lab/progress.hpp"
#include "lab/running_loss.hpp"
#include "lab/weight_statistics.hpp"

namespace mlp {
namespace {

// Minibatches whose gradients measure ‖∂L/∂W‖ before training.
constexpr std::size_t kInitialGradientBatches = 50;
// During an epoch ‖∂L/∂W‖ is measured after minibatches 1, 9, 17, …: summing the squares of
// every gradient after every minibatch would make the default epoch almost twice as long, and
// one minibatch in eight estimates the epoch's mean well.
constexpr std::size_t kGradientSampleEvery = 8;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// The measurements every epoch shares: the validation set and the weights.
void measure(EpochMetrics& metrics, Trainer& trainer, Network& network, const Dataset& validation) {
  const EpochStats held_out = trainer.evaluate(validation);
  metrics.validation_loss = held_out.loss;
  metrics.validation_accuracy = held_out.accuracy;
  metrics.max_abs_weights = max_abs_weights(network);
  metrics.rms_weights = rms_weights(network);
}

}  // namespace

std::string epoch_header() {
  return "epoch  train loss     acc  val. loss     acc  seconds  max |w| per layer";
}

std::string epoch_line(const EpochMetrics& m, std::size_t epochs) {
  char text[160];
  std::snprintf(text, sizeof text, "%2zu/%-2zu %11.4f %6.2f%% %10.4f %6.2f%% %8.2f ", m.epoch,
                epochs, m.train_loss, 100 * m.train_accuracy, m.validation_loss,
                100 * m.validation_accuracy, m.seconds);
  std::string line = text;
  for (double w : m.max_abs_weights) {
    std::snprintf(text, sizeof text, " %.2f", w);
    if (line.size() + std::string(text).size() >= 80) break;
    line += text;
  }
  return line;
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
  LabRun run{
      options, build_perceptron(options.layers, options.activation, rng), {}, {}, {}, 0, false, "",
      0};
  RunningLoss loss;
  SgdOptions sgd;
  sgd.learning_rate = options.learning_rate;
  sgd.momentum = options.momentum;
  sgd.weight_decay = options.weight_decay;
  Trainer trainer(run.network, loss, sgd, options.batch_size, options.seed);

  EpochMetrics start;
  start.learning_rate = options.learning_rate;
  const EpochStats before = trainer.evaluate(training);
  start.train_loss = before.loss;
  start.train_accuracy = before.accuracy;
  start.gradient_norms = initial_gradient_norms(run.network, loss, training, options.batch_size,
                                                kInitialGradientBatches);
  measure(start, trainer, run.network, validation);
  run.history.push_back(start);
  run.first_layer_at_start = linear_layers(run.network).front()->weights;
  log << epoch_header() << "\n" << epoch_line(start, options.epochs) << std::endl;

  std::vector<Matrix> best_weights;
  double best_accuracy = -1;
  ProgressBar progress(options.progress);
  GradientNorms gradient_norms;
  bool announced = false;
  const auto training_start = std::chrono::steady_clock::now();
  for (std::size_t epoch = 1; epoch <= options.epochs; ++epoch) {
    EpochMetrics metrics;
    metrics.epoch = epoch;
    metrics.learning_rate = options.schedule.rate(options.learning_rate, epoch, options.epochs);
    trainer.optimizer().set_learning_rate(metrics.learning_rate);
    loss.reset();
    gradient_norms.clear();
    const auto epoch_start = std::chrono::steady_clock::now();
    EpochStats stats;
    try {
      stats = trainer.train_epoch(training, [&](std::size_t done, std::size_t total) {
        if (done % kGradientSampleEvery == 1 || total == 1) gradient_norms.add(run.network);
        progress.update({epoch, options.epochs, done, total, seconds_since(epoch_start),
                         loss.mean_loss(), loss.accuracy()});
        if (interrupted() && !announced) {
          progress.clear();
          log << "Ctrl-C: stopping after this minibatch and writing what is finished (Ctrl-C "
                 "again quits at once)"
              << std::endl;
          announced = true;
        }
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
    metrics.seconds = seconds_since(epoch_start);
    metrics.images_per_second = double(train_count) / metrics.seconds;
    metrics.train_loss = stats.loss;
    metrics.train_accuracy = stats.accuracy;
    metrics.gradient_norms = gradient_norms.mean();
    measure(metrics, trainer, run.network, validation);
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
    if (metrics.validation_accuracy > best_accuracy) {
      best_accuracy = metrics.validation_accuracy;
      run.best_epoch = epoch;
      if (options.keep_best) best_weights = copy_parameters(run.network);
    }
  }
  run.training_seconds = seconds_since(training_start);
  const std::size_t last_epoch = run.history.back().epoch;
  if (options.keep_best && !best_weights.empty() &&
      (run.best_epoch != last_epoch || !run.stopped_early.empty())) {
    restore_parameters(run.network, best_weights);
    run.restored_best = true;
    log << "keeping the weights of epoch " << run.best_epoch << ", the best validation accuracy"
        << std::endl;
  }
  // A network with overflowed weights has no test result worth reporting.
  if (all_weights_finite(run.network)) {
    run.test = evaluate(run.network, test, 256);
  } else {
    run.test.loss = std::numeric_limits<double>::quiet_NaN();
  }
  return run;
}

}  // namespace mlp
