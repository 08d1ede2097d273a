// scatter_plot.cpp — ScatterPlot: labelled points, decision regions behind them, and fitted
// curves over them.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
#include "report/scatter_plot.hpp"

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

#include "report/runs.hpp"
#include "report/series.hpp"

namespace mlp {
namespace {

constexpr std::size_t kMaxGridCells = 4'000'000;

// Finite bounds, low below high, and a number of cells we can afford to hold.
void check_grid_shape(const DecisionGrid& grid) {
  const bool bounds_ok = std::isfinite(grid.x_low) && std::isfinite(grid.x_high) &&
                         std::isfinite(grid.y_low) && std::isfinite(grid.y_high) &&
                         grid.x_low < grid.x_high && grid.y_low < grid.y_high;
  if (!bounds_ok) throw std::invalid_argument("decision grid: low ends must be below high ends");
  if (grid.columns == 0 || grid.rows == 0 || grid.columns > kMaxGridCells / grid.rows) {
    throw std::invalid_argument("decision grid: needs 1 to " + std::to_string(kMaxGridCells) +
                                " cells, got " + std::to_string(grid.columns) + " x " +
                                std::to_string(grid.rows));
  }
}

void check_grid(const DecisionGrid& grid) {
  check_grid_shape(grid);
  if (grid.classes.size() != grid.columns * grid.rows) {
    throw std::invalid_argument("decision grid: " + std::to_string(grid.columns) + " x " +
                                std::to_string(grid.rows) + " cells but " +
                                std::to_string(grid.classes.size()) + " classes");
  }
}

void require_class_label(int label) {
  if (label < 0) {
    throw std::invalid_argument("ScatterPlot: class labels must be 0 or more, got " +
                                std::to_string(label));
  }
}

}  // namespace

DecisionGrid sample_decision_grid(const std::function<int(double x, double y)>& predict,
                                  double x_low, double x_high, double y_low, double y_high,
                                  std::size_t columns, std::size_t rows) {
  if (!predict) throw std::invalid_argument("decision grid: no prediction function given");
  DecisionGrid grid{x_low, x_high, y_low, y_high, columns, rows, {}};
  check_grid_shape(grid);
  grid.classes.resize(columns * rows);
  const double cell_width = (x_high - x_low) / static_cast<double>(columns);
  const double cell_height = (y_high - y_low) / static_cast<double>(rows);
  for (std::size_t row = 0; row < rows; ++row) {
    const double y = y_low + (static_cast<double>(row) + 0.5) * cell_height;
    for (std::size_t column = 0; column < columns; ++column) {
      const double x = x_low + (static_cast<double>(column) + 0.5) * cell_width;
      grid.classes[row * columns + column] = predict(x, y);
    }
  }
  return grid;
}

void ScatterPlot::add_point(double x, double y, int label) {
  require_class_label(label);
  points_.push_back({x, y, label});
}

void ScatterPlot::add_points(const std::vector<double>& xs, const std::vector<double>& ys,
                             const std::vector<int>& labels) {
  require_same_length("ScatterPlot points", xs.size(), ys.size());
  require_same_length("ScatterPlot labels", labels.size(), ys.size());
  for (int label : labels)  // all checked before any is added
    require_class_label(label);
  for (std::size_t i = 0; i < xs.size(); ++i)
    add_point(xs[i], ys[i], labels[i]);
}

void ScatterPlot::add_points(const std::vector<double>& xs, const std::vector<double>& ys) {
  add_points(xs, ys, std::vector<int>(xs.size(), 0));
}

void ScatterPlot::set_class_names(std::vector<std::string> names) {
  class_names_ = std::move(names);
}

void ScatterPlot::sample_decision_regions(const std::function<int(double x, double y)>& predict,
                                          std::size_t resolution) {
  if (resolution < 2 || resolution > 1000) {
    throw std::invalid_argument("decision regions: resolution must be 2 to 1000, got " +
                                std::to_string(resolution));
  }
  // The axes' ends do not depend on the picture's size (only the tick spacing does).
  Axis x_axis;
  Axis y_axis;
  make_axes(640, 400, x_axis, y_axis);
  regions_ = sample_decision_grid(predict, x_axis.low, x_axis.high, y_axis.low, y_axis.high,
                                  resolution, resolution);
  has_regions_ = true;
}

void ScatterPlot::set_decision_grid(DecisionGrid grid) {
  check_grid(grid);
  regions_ = std::move(grid);
  has_regions_ = true;
}

void ScatterPlot::add_curve(const std::string& name, std::vector<double> xs,
                            std::vector<double> ys) {
  require_same_length("ScatterPlot curve '" + name + "'", xs.size(), ys.size());
  curves_.push_back({name, std::move(xs), std::move(ys)});
}

std::string ScatterPlot::class_name(int label) const {
  const auto index = static_cast<std::size_t>(label);
  return index < class_names_.size() ? class_names_[index] : "class " + std::to_string(label);
}

std::size_t ScatterPlot::class_count() const {
  int largest = -1;
  for (const LabeledPoint& point : points_)
    largest = std::max(largest, point.label);
  if (has_regions_) {
    for (int label : regions_.classes)
      largest = std::max(largest, label);
  }
  return largest < 0 ? 0 : static_cast<std::size_t>(largest) + 1;
}

std::vector<LegendEntry> ScatterPlot::legend_entries() const {
  std::set<int> with_points;
  for (const LabeledPoint& point : points_)
    with_points.insert(point.label);
  std::set<int> with_regions;
  if (has_regions_) {
    for (int label : regions_.classes)
      if (label >= 0) with_regions.insert(label);
  }
  std::set<int> labels = with_points;
  labels.insert(with_regions.begin(), with_regions.end());

  std::vector<LegendEntry> entries;
  for (int label : labels) {
    LegendEntry entry{class_name(label), static_cast<std::size_t>(label)};
    entry.marker = with_points.count(label) > 0;
    entry.region = with_regions.count(label) > 0;
    entries.push_back(entry);
  }
  for (std::size_t i = 0; i < curves_.size(); ++i) {
    LegendEntry entry{curves_[i].name, class_count() + i};
    entry.line = true;
    entries.push_back(entry);
  }
  return entries;
}

void ScatterPlot::extend(DataRange& x, DataRange& y) const {
  for (const LabeledPoint& point : points_) {
    if (!is_finite_point(point.x, point.y)) continue;
    x.include(point.x);
    y.include(point.y);
  }
  for (const Curve& curve : curves_)
    include_points(x, y, curve.xs, curve.ys);
}

void ScatterPlot::extend_exactly(DataRange& x, DataRange& y) const {
  if (!has_regions_) return;
  x.include(regions_.x_low);
  x.include(regions_.x_high);
  y.include(regions_.y_low);
  y.include(regions_.y_high);
}

void ScatterPlot::draw_data(SvgDocument& doc, const Frame& frame) const {
  if (has_regions_) draw_regions(doc, frame);
  for (const LabeledPoint& point : points_) {
    if (!is_finite_point(point.x, point.y)) continue;
    const SeriesStyle style = series_style(static_cast<std::size_t>(point.label));
    draw_marker(doc, style.marker, frame.to_x(point.x), frame.to_y(point.y), kMarkerSize,
                style.colour);
  }
  for (std::size_t i = 0; i < curves_.size(); ++i)
    draw_curve(doc, frame, curves_[i].xs, curves_[i].ys, series_style(class_count() + i), false);
}

// Each row of the grid becomes one rectangle per run of equal classes (see report/runs.hpp).
void ScatterPlot::draw_regions(SvgDocument& doc, const Frame& frame) const {
  SvgDocument cells(doc.width(), doc.height());
  const DecisionGrid& grid = regions_;
  const double cell_width = (grid.x_high - grid.x_low) / static_cast<double>(grid.columns);
  const double cell_height = (grid.y_high - grid.y_low) / static_cast<double>(grid.rows);
  for (std::size_t row = 0; row < grid.rows; ++row) {
    const double top = frame.to_y(grid.y_low + static_cast<double>(row + 1) * cell_height);
    const double bottom = frame.to_y(grid.y_low + static_cast<double>(row) * cell_height);
    const int* classes = grid.classes.data() + row * grid.columns;
    for_each_run(classes, grid.columns, [&](std::size_t first, std::size_t length, int label) {
      if (label < 0) return;
      Paint paint;
      paint.fill = series_style(static_cast<std::size_t>(label)).light_colour;
      const double left = frame.to_x(grid.x_low + static_cast<double>(first) * cell_width);
      const double right =
          frame.to_x(grid.x_low + static_cast<double>(first + length) * cell_width);
      cells.rect(left, top, right - left, bottom - top, paint);
    });
  }
  doc.group(cells, 0.0, 0.0, true);
}

}  // namespace mlp
