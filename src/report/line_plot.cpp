// line_plot.cpp — LinePlot: named series of (x, y) points, drawn as curves with a legend.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
#include "report/line_plot.hpp"

#include <cmath>

#include "report/series.hpp"

namespace mlp {
namespace {

constexpr std::size_t kMaxMarkedPoints = 30;  // longer series get no marker at every point

}  // namespace

void LinePlot::add_series(const std::string& name, std::vector<double> xs, std::vector<double> ys) {
  require_same_length("LinePlot series '" + name + "'", xs.size(), ys.size());
  series_.push_back({name, std::move(xs), std::move(ys)});
}

void LinePlot::add_series(const std::string& name, const std::vector<double>& ys) {
  std::vector<double> epochs(ys.size());
  for (std::size_t i = 0; i < ys.size(); ++i)
    epochs[i] = static_cast<double>(i + 1);
  add_series(name, std::move(epochs), ys);
}

std::vector<LegendEntry> LinePlot::legend_entries() const {
  std::vector<LegendEntry> entries;
  for (std::size_t i = 0; i < series_.size(); ++i) {
    LegendEntry entry{series_[i].name, i};
    entry.line = true;
    entry.marker = series_[i].xs.size() <= kMaxMarkedPoints;
    entries.push_back(entry);
  }
  return entries;
}

void LinePlot::extend(DataRange& x, DataRange& y) const {
  for (const Series& series : series_)
    include_points(x, y, series.xs, series.ys);
}

bool LinePlot::integer_x() const {
  bool any = false;
  for (const Series& series : series_) {
    for (double x : series.xs) {
      if (!std::isfinite(x)) continue;
      if (x != std::floor(x)) return false;
      any = true;
    }
  }
  return any;
}

void LinePlot::draw_data(SvgDocument& doc, const Frame& frame) const {
  for (std::size_t i = 0; i < series_.size(); ++i) {
    const Series& series = series_[i];
    draw_curve(doc, frame, series.xs, series.ys, series_style(i),
               series.xs.size() <= kMaxMarkedPoints);
  }
}

}  // namespace mlp
