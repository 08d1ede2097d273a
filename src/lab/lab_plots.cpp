// lab_plots.cpp — drawing a lab run's curves, its weights and its mistakes.
#include "lab/lab_plots.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "framework/kernels.hpp"
#include "lab/model_file.hpp"
#include "report/plots.hpp"

namespace mlp {
namespace {

constexpr std::size_t kMistakesShown = 32;
constexpr std::size_t kUnitsShown = 16;

std::vector<double> epochs_of(const LabRun& run) {
  std::vector<double> epochs;
  for (const EpochMetrics& m : run.history)
    epochs.push_back(double(m.epoch));
  return epochs;
}

template <class Value>
std::vector<double> column(const LabRun& run, Value value) {
  std::vector<double> values;
  for (const EpochMetrics& m : run.history)
    values.push_back(value(m));
  return values;
}

std::string loss_plot(const LabRun& run) {
  LinePlot plot("Loss per epoch", "epoch", "softmax cross-entropy");
  plot.add_series("training", epochs_of(run),
                  column(run, [](const EpochMetrics& m) { return m.train_loss; }));
  plot.add_series("validation", epochs_of(run),
                  column(run, [](const EpochMetrics& m) { return m.validation_loss; }));
  return plot.render().str();
}

std::string accuracy_plot(const LabRun& run) {
  LinePlot plot("Accuracy per epoch", "epoch", "accuracy (%)");
  plot.add_series("training", epochs_of(run),
                  column(run, [](const EpochMetrics& m) { return 100 * m.train_accuracy; }));
  plot.add_series("validation", epochs_of(run),
                  column(run, [](const EpochMetrics& m) { return 100 * m.validation_accuracy; }));
  return plot.render().str();
}

// One curve per layer of the per-layer values that `pick` chooses, optionally as log10.
LinePlot layer_plot(const LabRun& run, const std::string& title, const std::string& y_label,
                    const std::vector<double> EpochMetrics::*pick, bool log10) {
  LinePlot plot(title, "epoch", y_label);
  const std::size_t layers = run.options.layers.size() - 1;
  for (std::size_t layer = 0; layer < layers; ++layer) {
    plot.add_series("layer " + std::to_string(layer + 1), epochs_of(run),
                    column(run, [&](const EpochMetrics& m) {
                      const double v = layer < (m.*pick).size() ? (m.*pick)[layer] : NAN;
                      return log10 ? std::log10(v) : v;
                    }));
  }
  return plot;
}

std::string weights_plot(const LabRun& run) {
  const LinePlot largest =
      layer_plot(run, "max |w|", "max |w|", &EpochMetrics::max_abs_weights, false);
  const LinePlot typical = layer_plot(run, "RMS |w|", "RMS |w|", &EpochMetrics::rms_weights, false);
  return plot_strip("Weights per layer: the largest and the typical size", {&largest, &typical},
                    330, 300)
      .str();
}

std::string gradients_plot(const LabRun& run) {
  return layer_plot(run, "Gradient norm per layer (log scale)", "log10 of mean ||dL/dW||",
                    &EpochMetrics::gradient_norms, true)
      .render()
      .str();
}

// The 99th percentile of |w|: one outlier should not wash out the picture.
double tile_scale(const Matrix& weights) {
  std::vector<double> sizes;
  for (std::size_t i = 0; i < weights.size(); ++i)
    sizes.push_back(std::fabs(weights.data()[i]));
  if (sizes.empty()) return 1;
  const std::size_t at = sizes.size() * 99 / 100;
  std::nth_element(sizes.begin(), sizes.begin() + long(at), sizes.end());
  return std::isfinite(sizes[at]) && sizes[at] > 0 ? sizes[at] : 1;
}

// Three rows of tiles for the same units: at the start, at the end (on one scale, so their
// contrast compares), and the change between them (on its own scale). In the change, pixels that
// are 0 in every image stay exactly mid-grey: their weights never moved.
std::string first_layer_tiles(LabRun& run) {
  const Matrix& end = linear_layers(run.network).front()->weights;
  const Matrix& start = run.first_layer_at_start;
  const std::size_t units = std::min(kUnitsShown, end.rows());
  Matrix change = end;
  add_scaled(change, start, -1);
  const double scale = tile_scale(end);
  ImageGrid grid("First layer: the weights into units 1 to " + std::to_string(units) +
                     " at epoch 0, after training, and the change",
                 28, 28, 8, 2.0);
  const std::vector<std::uint8_t> rows[] = {weight_tiles(start, units, scale),
                                            weight_tiles(end, units, scale),
                                            weight_tiles(change, units, tile_scale(change))};
  const char* const names[] = {"start ", "end ", "change "};
  for (std::size_t r = 0; r < 3; ++r) {
    for (std::size_t u = 0; u < units; ++u)
      grid.add_image(rows[r].data() + u * kMnistPixels, names[r] + std::to_string(u + 1));
  }
  return grid.render().str();
}

// "97%", or "99.9%" for 0.9996: a probability short of 1 is never shown as 100%.
std::string probability_text(double p) {
  char text[16];
  if (p >= 0.99) {
    std::snprintf(text, sizeof text, "%.1f%%", std::floor(1000 * p) / 10);
  } else {
    std::snprintf(text, sizeof text, "%.0f%%", 100 * p);
  }
  return text;
}

std::string mistakes_grid(const LabRun& run, const MnistSet& test) {
  const MnistDataset test_set(test, 0, test.count);
  const std::size_t shown = std::min(kMistakesShown, run.test.mistakes.size());
  ImageGrid grid("Misclassified test digits (" + std::to_string(shown) + " most confident of " +
                     std::to_string(run.test.mistakes.size()) + "): #index true→predicted p",
                 28, 28, 8, 2.0);
  for (std::size_t i = 0; i < shown; ++i) {
    const Mistake& m = run.test.mistakes[i];
    grid.add_image(test_set.image(m.index),
                   "#" + std::to_string(m.index) + " " + std::to_string(m.true_label) + "→" +
                       std::to_string(m.predicted) + " " + probability_text(m.confidence));
  }
  return grid.render().str();
}

}  // namespace

std::vector<std::uint8_t> weight_tiles(const Matrix& weights, std::size_t units, double scale) {
  std::vector<std::uint8_t> tiles;
  for (std::size_t u = 0; u < units && u < weights.rows(); ++u) {
    for (std::size_t p = 0; p < weights.cols(); ++p) {
      const double w = weights(u, p) / scale;
      const double clamped = std::isfinite(w) ? std::max(-1.0, std::min(1.0, w)) : 0.0;
      tiles.push_back(static_cast<std::uint8_t>(std::lround(128 + 127 * clamped)));
    }
  }
  return tiles;
}

LabPlots make_lab_plots(LabRun& run, const MnistSet& test) {
  LabPlots plots;
  plots.has_curves = run.history.size() >= 2;
  if (plots.has_curves) {
    plots.loss = loss_plot(run);
    plots.accuracy = accuracy_plot(run);
    plots.weights = weights_plot(run);
    plots.gradients = gradients_plot(run);
  }
  plots.first_layer = first_layer_tiles(run);
  plots.misclassified = mistakes_grid(run, test);
  return plots;
}

}  // namespace mlp
