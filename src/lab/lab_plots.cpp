// lab_plots.cpp — drawing a lab run's curves and its mistakes.
#include "lab/lab_plots.hpp"

#include "report/plots.hpp"

namespace mlp {
namespace {

constexpr std::size_t kMistakesShown = 32;

std::vector<double> column(const std::vector<EpochMetrics>& history,
                           double (*value)(const EpochMetrics&)) {
  std::vector<double> values;
  for (const EpochMetrics& m : history)
    values.push_back(value(m));
  return values;
}

std::string loss_plot(const LabRun& run) {
  LinePlot plot("Loss per epoch", "epoch", "softmax cross-entropy");
  plot.add_series("training",
                  column(run.history, [](const EpochMetrics& m) { return m.train_loss; }));
  plot.add_series("validation",
                  column(run.history, [](const EpochMetrics& m) { return m.validation_loss; }));
  return plot.render().str();
}

std::string accuracy_plot(const LabRun& run) {
  LinePlot plot("Accuracy per epoch", "epoch", "accuracy (%)");
  plot.add_series("training", column(run.history,
                                     [](const EpochMetrics& m) { return 100 * m.train_accuracy; }));
  plot.add_series("validation", column(run.history, [](const EpochMetrics& m) {
                    return 100 * m.validation_accuracy;
                  }));
  return plot.render().str();
}

// Epoch 0 is the initialisation, so the plot shows how far training moved the weights.
std::string weights_plot(const LabRun& run) {
  LinePlot plot("Largest absolute weight per layer", "epoch", "max |w|");
  for (std::size_t layer = 0; layer < run.initial_max_abs_weights.size(); ++layer) {
    std::vector<double> epochs = {0};
    std::vector<double> values = {run.initial_max_abs_weights[layer]};
    for (const EpochMetrics& m : run.history) {
      epochs.push_back(double(m.epoch));
      values.push_back(m.max_abs_weights[layer]);
    }
    plot.add_series("layer " + std::to_string(layer + 1), epochs, values);
  }
  return plot.render().str();
}

std::string mistakes_grid(const LabRun& run, const MnistSet& test) {
  const MnistDataset test_set(test, 0, test.count);
  const std::size_t shown = std::min(kMistakesShown, run.test.mistakes.size());
  ImageGrid grid("Misclassified test digits (" + std::to_string(shown) + " most confident of " +
                     std::to_string(run.test.mistakes.size()) + ")",
                 28, 28, 8, 2.5);
  for (std::size_t i = 0; i < shown; ++i) {
    const Mistake& m = run.test.mistakes[i];
    grid.add_image(test_set.image(m.index), "true " + std::to_string(m.true_label) +
                                                ", predicted " + std::to_string(m.predicted));
  }
  return grid.render().str();
}

}  // namespace

LabPlots make_lab_plots(const LabRun& run, const MnistSet& test) {
  return {loss_plot(run), accuracy_plot(run), weights_plot(run), mistakes_grid(run, test)};
}

}  // namespace mlp
