// plot.hpp — what every plot with axes has in common: a title, two axis labels, a legend, the
// layout of one picture, and a strip of several plots side by side.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
//
// The plot kinds (LinePlot and ScatterPlot in report/plots.hpp) only say what data they hold and
// how to draw it; this base class does the rest, in the order that makes the picture readable:
// grid lines first, then the data, then the frame, ticks and labels on top. The legend goes in
// its own column right of the plot area, so it never covers data.
#pragma once

#include <string>
#include <vector>

#include "report/plot_axes.hpp"
#include "report/svg.hpp"

namespace mlp {

class Plot {
 public:
  Plot(std::string title, std::string x_label, std::string y_label);
  virtual ~Plot() = default;

  const std::string& title() const { return title_; }

  // The whole picture: title, axes, data, and the legend on the right.
  SvgDocument render(double width = 640, double height = 400) const;
  // render() written to `path` (see SvgDocument::save).
  void save(const std::string& path, double width = 640, double height = 400) const;

  // The title, axes and data inside `box`, without the legend; returns the plot area.
  Box draw_panel(SvgDocument& doc, const Box& box, double title_size) const;

  // One entry per series or class, in drawing order.
  virtual std::vector<LegendEntry> legend_entries() const = 0;

 protected:
  // Widens `x` and `y` to hold the data, which the axes show with a small margin around it.
  virtual void extend(DataRange& x, DataRange& y) const = 0;
  // Widens `x` and `y` to hold areas that should reach exactly to the frame.
  virtual void extend_exactly(DataRange& /*x*/, DataRange& /*y*/) const {}
  // True when the x values are whole numbers (such as epochs), so that x ticks are too.
  virtual bool integer_x() const { return false; }
  // Draws the data; called after the grid lines and before the frame.
  virtual void draw_data(SvgDocument& doc, const Frame& frame) const = 0;

  // The axes for the data, with about one tick per 100 pixels across and 60 pixels up.
  void make_axes(double width, double height, Axis& x_axis, Axis& y_axis) const;

 private:
  std::string title_;
  std::string x_label_;
  std::string y_label_;
};

// Several plots side by side in one picture, each with its own small title, under a common
// `title`, with one legend on the right that lists every label of the panels once. Made for
// snapshots of one thing over time, e.g. a decision boundary after epochs 1, 5, 20 and 100.
// Throws std::invalid_argument when `panels` is empty or holds a null pointer.
SvgDocument plot_strip(const std::string& title, const std::vector<const Plot*>& panels,
                       double panel_width = 260, double panel_height = 260);

// A white rectangle over the whole page. Without it the picture is transparent and looks
// broken in a viewer with a dark background.
void paint_white_page(SvgDocument& doc);

}  // namespace mlp
