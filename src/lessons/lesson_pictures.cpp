// lesson_pictures.cpp — decision regions from one batched forward pass, learning curves, fits.
#include "lessons/lesson_pictures.hpp"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <stdexcept>

namespace mlp {
namespace {

std::vector<double> column_of(const std::vector<EpochRecord>& history,
                              const std::function<double(const EpochRecord&)>& field) {
  std::vector<double> values;
  values.reserve(history.size());
  for (const EpochRecord& record : history)
    values.push_back(field(record));
  return values;
}

// The epochs as x values: a history may start after epoch 1 (e.g. a second training phase).
std::vector<double> epochs_of(const std::vector<EpochRecord>& history) {
  return column_of(history, [](const EpochRecord& r) { return double(r.epoch); });
}

// One measure of the epoch statistics (`measure` picks it, e.g. the loss) as two curves over the
// epochs: on the training data and on the validation data.
LinePlot training_and_validation_curves(const std::string& title, const std::string& measure_name,
                                        const std::vector<EpochRecord>& history,
                                        const std::function<double(const EpochStats&)>& measure) {
  LinePlot plot(title, "epoch", measure_name);
  const std::vector<double> epochs = epochs_of(history);
  plot.add_series("training", epochs,
                  column_of(history, [&](const EpochRecord& r) { return measure(r.training); }));
  plot.add_series("validation", epochs,
                  column_of(history, [&](const EpochRecord& r) { return measure(r.validation); }));
  return plot;
}

}  // namespace

PlotArea area_around(const std::vector<LabeledPoint>& points, double margin) {
  if (points.empty()) throw std::invalid_argument("area_around: no points");
  PlotArea area{points[0].x1, points[0].x1, points[0].x2, points[0].x2};
  for (const LabeledPoint& p : points) {
    area.x_low = std::min(area.x_low, p.x1);
    area.x_high = std::max(area.x_high, p.x1);
    area.y_low = std::min(area.y_low, p.x2);
    area.y_high = std::max(area.y_high, p.x2);
  }
  const double dx = margin * std::max(area.x_high - area.x_low, 1e-6);
  const double dy = margin * std::max(area.y_high - area.y_low, 1e-6);
  return {area.x_low - dx, area.x_high + dx, area.y_low - dy, area.y_high + dy};
}

// Row r of the grid holds the cells with centre y = y_low + (r + ½)·height / cells, so row 0 is
// the bottom one, as DecisionGrid expects; within a row the x values grow from left to right.
DecisionGrid classify_grid(Network& network, const PlotArea& area, std::size_t cells) {
  if (cells == 0) throw std::invalid_argument("classify_grid: needs at least one cell");
  const double width = (area.x_high - area.x_low) / double(cells);
  const double height = (area.y_high - area.y_low) / double(cells);
  Matrix centres(cells * cells, 2);
  for (std::size_t row = 0; row < cells; ++row) {
    for (std::size_t column = 0; column < cells; ++column) {
      centres(row * cells + column, 0) = Scalar(area.x_low + (double(column) + 0.5) * width);
      centres(row * cells + column, 1) = Scalar(area.y_low + (double(row) + 0.5) * height);
    }
  }
  const Matrix& scores = network.forward(centres);
  DecisionGrid grid{area.x_low, area.x_high, area.y_low, area.y_high, cells, cells, {}};
  grid.classes.resize(cells * cells);
  for (std::size_t i = 0; i < grid.classes.size(); ++i)
    grid.classes[i] = static_cast<int>(argmax_row(scores, i));
  return grid;
}

std::vector<LabeledPoint> thinned(const std::vector<LabeledPoint>& points, std::size_t at_most) {
  if (at_most == 0) throw std::invalid_argument("thinned: must keep at least one point");
  const std::size_t step = (points.size() + at_most - 1) / at_most;  // ⌈n / at_most⌉
  std::vector<LabeledPoint> chosen;
  for (std::size_t i = 0; i < points.size(); i += std::max<std::size_t>(step, 1))
    chosen.push_back(points[i]);
  return chosen;
}

ScatterPlot points_plot(const std::string& title, const std::vector<LabeledPoint>& points) {
  ScatterPlot plot(title, "x1", "x2");
  for (const LabeledPoint& p : points)
    plot.add_point(p.x1, p.x2, static_cast<int>(p.label));
  return plot;
}

ScatterPlot region_plot(const std::string& title, const std::vector<LabeledPoint>& points,
                        Network& network, const PlotArea& area) {
  ScatterPlot plot = points_plot(title, points);
  plot.set_decision_grid(classify_grid(network, area));
  return plot;
}

LinePlot loss_curves(const std::string& title, const std::vector<EpochRecord>& history) {
  return training_and_validation_curves(title, "loss", history,
                                        [](const EpochStats& stats) { return stats.loss; });
}

LinePlot accuracy_curves(const std::string& title, const std::vector<EpochRecord>& history) {
  return training_and_validation_curves(title, "accuracy", history,
                                        [](const EpochStats& stats) { return stats.accuracy; });
}

ScatterPlot curve_points_plot(const std::string& title, const std::vector<CurvePoint>& points) {
  ScatterPlot plot(title, "x", "y");
  plot.set_class_names({"training points"});
  for (const CurvePoint& p : points)
    plot.add_point(p.x, p.y);
  return plot;
}

std::string save_picture(const Plot& plot, const std::string& folder, const std::string& name) {
  return save_picture(plot.render(), folder, name);
}

std::string save_picture(const SvgDocument& picture, const std::string& folder,
                         const std::string& name) {
  std::filesystem::create_directories(folder);
  const std::string path = (std::filesystem::path(folder) / name).string();
  picture.save(path);
  return path;
}

}  // namespace mlp
