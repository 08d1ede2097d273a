// plot.cpp — the layout shared by all plots with axes, and the strip of panels.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
#include "report/plot.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace mlp {
namespace {

constexpr double kTitleSize = 16.0;
constexpr double kPanelTitleSize = 13.0;
constexpr double kLegendGap = 6.0;       // between the plot's right margin and the legend
constexpr double kPageRightEdge = 10.0;  // right of the legend

int tick_count_for(double pixels, double pixels_per_tick) {
  return std::clamp(static_cast<int>(pixels / pixels_per_tick), 3, 8);
}

}  // namespace

Plot::Plot(std::string title, std::string x_label, std::string y_label)
    : title_(std::move(title)), x_label_(std::move(x_label)), y_label_(std::move(y_label)) {}

void Plot::make_axes(double width, double height, Axis& x_axis, Axis& y_axis) const {
  DataRange x, y, exact_x, exact_y;
  extend(x, y);
  extend_exactly(exact_x, exact_y);
  x_axis = make_axis(x, tick_count_for(width, 100.0), integer_x(), exact_x);
  y_axis = make_axis(y, tick_count_for(height, 60.0), false, exact_y);
}

Box Plot::draw_panel(SvgDocument& doc, const Box& box, double title_size) const {
  Axis x_axis;
  Axis y_axis;
  make_axes(box.width, box.height, x_axis, y_axis);
  const double left = left_margin(y_axis);
  const double top = top_margin(title_size);
  // A box too small for the margins still gets a (tiny) plot area rather than a negative one.
  const double right = right_margin(x_axis);
  const Box area{box.x + left, box.y + top, std::max(box.width - left - right, 10.0),
                 std::max(box.height - top - kBottomMargin, 10.0)};
  const Frame frame(area, std::move(x_axis), std::move(y_axis));
  draw_grid(doc, frame);
  draw_data(doc, frame);
  draw_axes(doc, frame, {title_, x_label_, y_label_, title_size});
  return area;
}

SvgDocument Plot::render(double width, double height) const {
  SvgDocument doc(width, height);
  paint_white_page(doc);
  const std::vector<LegendEntry> entries = legend_entries();
  const double legend = legend_width(entries);
  const double panel_width = entries.empty() ? width : width - legend - kLegendGap - kPageRightEdge;
  const Box area = draw_panel(doc, {0.0, 0.0, panel_width, height}, kTitleSize);
  draw_legend(doc, entries, panel_width + kLegendGap, area.y);
  return doc;
}

void Plot::save(const std::string& path, double width, double height) const {
  render(width, height).save(path);
}

SvgDocument plot_strip(const std::string& title, const std::vector<const Plot*>& panels,
                       double panel_width, double panel_height) {
  if (panels.empty()) throw std::invalid_argument("plot_strip: no panels to draw");
  if (std::count(panels.begin(), panels.end(), nullptr) > 0) {
    throw std::invalid_argument("plot_strip: a panel is a null pointer");
  }
  // The union of the panels' legends, each label once, in order of first appearance.
  std::vector<LegendEntry> entries;
  std::set<std::string> labels;
  for (const Plot* panel : panels) {
    for (const LegendEntry& entry : panel->legend_entries()) {
      if (labels.insert(entry.label).second) entries.push_back(entry);
    }
  }
  const double title_height = title.empty() ? 0.0 : 2.0 * kTitleSize;
  const double strip_width = panel_width * static_cast<double>(panels.size());
  const double legend = legend_width(entries);
  SvgDocument doc(strip_width + (entries.empty() ? 0.0 : legend + kLegendGap + kPageRightEdge),
                  panel_height + title_height);
  paint_white_page(doc);
  TextStyle title_text;
  title_text.size = kTitleSize;
  title_text.anchor = TextAnchor::middle;
  title_text.bold = true;
  if (!title.empty()) doc.text(strip_width / 2, 1.3 * kTitleSize, title, title_text);

  Box area{};
  for (std::size_t k = 0; k < panels.size(); ++k) {
    const Box box{panel_width * static_cast<double>(k), title_height, panel_width, panel_height};
    area = panels[k]->draw_panel(doc, box, kPanelTitleSize);
  }
  draw_legend(doc, entries, strip_width + kLegendGap, area.y);
  return doc;
}

void paint_white_page(SvgDocument& doc) {
  Paint white;
  white.fill = "#FFFFFF";
  doc.rect(0.0, 0.0, doc.width(), doc.height(), white);
}

}  // namespace mlp
