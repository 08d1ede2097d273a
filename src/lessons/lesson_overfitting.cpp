// lesson_overfitting.cpp — a network with far more parameters than points learns the noise (see
// lessons/4-framework.md).
#include "lessons/lesson_overfitting.hpp"

#include <ostream>

#include "lessons/lesson_pictures.hpp"
#include "lessons/lesson_text.hpp"

namespace mlp {
namespace {

std::size_t epoch_of_lowest_validation_loss(const std::vector<EpochRecord>& history) {
  std::size_t best = 0;
  for (std::size_t i = 1; i < history.size(); ++i) {
    if (history[i].validation.loss < history[best].validation.loss) best = i;
  }
  return history[best].epoch;
}

std::string draw_losses(const OverfittingRun& run, const std::string& folder) {
  LinePlot plot = loss_curves("A large network on 40 noisy points", run.trained.history);
  const EpochRecord& best = run.trained.history[run.best_epoch - 1];
  plot.add_series("lowest validation loss", {double(best.epoch)}, {best.validation.loss});
  return save_picture(plot, folder, "overfitting-loss.svg");
}

// The regions at the best epoch come from training the same network again, from the same seed,
// for just that many epochs: training is deterministic, so it ends with the very same weights.
std::string draw_regions(OverfittingRun& run, std::uint64_t seed, const std::string& folder) {
  Recipe recipe = overfitting_recipe();
  recipe.epochs = run.best_epoch;
  TrainedNetwork best =
      train_network(recipe, SoftmaxCrossEntropy(), run.data.training, run.data.test, seed);
  const PlotArea area = area_around(run.data.training_points);
  const ScatterPlot early =
      region_plot("epoch " + std::to_string(run.best_epoch) + " (lowest validation loss)",
                  run.data.training_points, best.network, area);
  const ScatterPlot late = region_plot("epoch " + std::to_string(run.trained.history.back().epoch),
                                       run.data.training_points, run.trained.network, area);
  return save_picture(plot_strip("Learning the moons, then the noise", {&early, &late}, 300, 280),
                      folder, "overfitting-regions.svg");
}

}  // namespace

Recipe overfitting_recipe() {
  Recipe recipe;
  recipe.sizes = {2, 64, 64, 2};
  recipe.activation = "tanh";
  recipe.batch_size = 4;
  recipe.epochs = 1000;
  recipe.learning_rate = 0.05;
  return recipe;
}

ClassificationSet overfitting_data(std::uint64_t seed) {
  return two_moons(seed, {40, 400}, 0.15);
}

OverfittingRun run_overfitting(std::uint64_t seed) {
  ClassificationSet data = overfitting_data(seed);
  TrainedNetwork trained =
      train_network(overfitting_recipe(), SoftmaxCrossEntropy(), data.training, data.test, seed);
  const std::size_t best = epoch_of_lowest_validation_loss(trained.history);
  return {std::move(data), std::move(trained), best};
}

std::vector<std::string> overfitting_lesson(const LessonOptions& options, std::ostream& out) {
  OverfittingRun run = run_overfitting(options.seed);
  out << format_text(
      "== Overfitting: %zu parameters, %zu training points (15%% of the labels flipped), "
      "%zu validation points ==\n",
      run.trained.network.parameter_count(), run.data.training.size(), run.data.test.size());
  out << history_table(run.trained.history, 50);
  const EpochRecord& best = run.trained.history[run.best_epoch - 1];
  const EpochRecord& last = run.trained.history.back();
  out << format_text(
      "lowest validation loss %.4f after epoch %zu (training loss then %.4f);\n"
      "after epoch %zu: validation loss %.4f, training loss %.4f\n",
      best.validation.loss, best.epoch, best.training.loss, last.epoch, last.validation.loss,
      last.training.loss);
  return {draw_losses(run, options.output_folder),
          draw_regions(run, options.seed, options.output_folder)};
}

const LessonProgram lesson_overfitting_program = {
    "lesson_overfitting",
    "Trains a 2 -> 64 -> 64 -> 2 network on 40 noisy points of the two moons until its\n"
    "validation loss turns and rises while its training loss keeps falling.",
    overfitting_lesson};

}  // namespace mlp
