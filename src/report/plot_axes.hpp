// plot_axes.hpp — what every plot with axes shares: the extent of the data, tick marks at round
// values, the mapping from data coordinates to pixels, the frame with its labels, and the legend.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
//
// Ticks sit at "nice" values — 1, 2 or 5 times a power of ten — because a reader can interpolate
// between 0.2 and 0.4 at a glance, but not between 0.173 and 0.346.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "report/svg.hpp"

namespace mlp {

// A rectangle on the page, in pixels.
struct Box {
  double x;
  double y;
  double width;
  double height;
  double right() const { return x + width; }
  double bottom() const { return y + height; }
};

// The smallest interval holding every finite value passed to include(); NaN and ±infinity are
// left out, since they cannot be drawn.
class DataRange {
 public:
  void include(double value);
  bool empty() const { return low_ > high_; }
  double low() const { return low_; }
  double high() const { return high_; }

 private:
  double low_ = std::numeric_limits<double>::infinity();
  double high_ = -std::numeric_limits<double>::infinity();
};

// One axis: the interval it shows and the tick values inside it.
struct Axis {
  double low = 0.0;
  double high = 1.0;
  std::vector<double> ticks;
  double step = 1.0;  // distance between neighbouring ticks

  // The label of a tick, with just enough decimals to tell the ticks apart ("0.5", "1.0").
  std::string tick_label(double value) const;
};

// The distance between ticks for an interval `span` long cut into about `target_count` pieces:
// the 1-, 2- or 5-times-a-power-of-ten number nearest to span / target_count (nearest on a
// logarithmic scale, so the tick count is within a factor √2 of the target).
double nice_step(double span, int target_count);

// An axis showing the `data` with a small margin, so no point sits on the frame, and all of
// `exact` without a margin (for areas that should fill the frame, such as decision regions). Both
// empty gives [0, 1]; a single value v gives an interval around v. With `integer_ticks` (for
// epochs) the ticks are whole numbers.
Axis make_axis(const DataRange& data, int target_tick_count, bool integer_ticks = false,
               const DataRange& exact = {});

// Maps data coordinates into a plot area. Pixel y grows downwards, so the y axis is flipped:
// the axis' low end maps to the BOTTOM of the area.
class Frame {
 public:
  Frame(const Box& area, Axis x_axis, Axis y_axis);
  double to_x(double data_x) const;
  double to_y(double data_y) const;
  const Box& area() const { return area_; }
  const Axis& x_axis() const { return x_axis_; }
  const Axis& y_axis() const { return y_axis_; }

 private:
  Box area_;
  Axis x_axis_;
  Axis y_axis_;
};

// The words around a plot area.
struct AxisTitles {
  std::string title;
  std::string x_label;
  std::string y_label;
  double title_size;
};

// Room needed around the plot area for tick labels, axis labels and the title.
double left_margin(const Axis& y_axis);
double right_margin(const Axis& x_axis);  // room for half of the last x tick label
double top_margin(double title_size);
constexpr double kBottomMargin = 48.0;

// Light lines at the ticks, drawn first so the data covers them.
void draw_grid(SvgDocument& doc, const Frame& frame);
// The frame, the ticks with their labels, the axis labels and the title, drawn over the data.
void draw_axes(SvgDocument& doc, const Frame& frame, const AxisTitles& titles);

// One row of a legend: a sample of how the series looks, then its name.
struct LegendEntry {
  std::string label;
  std::size_t style_index;  // see series_style() in report/plot_style.hpp
  bool line = false;        // a short line in the style's colour and dash pattern
  bool marker = false;      // the style's marker
  bool region = false;      // a square in the style's light colour, as behind decision regions
};

double legend_width(const std::vector<LegendEntry>& entries);
// The legend with its top-left corner at (x, y).
void draw_legend(SvgDocument& doc, const std::vector<LegendEntry>& entries, double x, double y);

// About how wide `text` is at this font size. SVG has no way to measure text, so layouts use an
// average letter width of a sans-serif font (a bit generous, so labels do not collide).
double text_width(const std::string& text, double size);

}  // namespace mlp
