// plot_axes.cpp — nice ticks, the data-to-pixel mapping, the frame with labels, and the legend.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
#include "report/plot_axes.hpp"

#include <algorithm>
#include <cmath>

#include "report/plot_style.hpp"

namespace mlp {
namespace {

constexpr double kTickLength = 5.0;
constexpr double kTickLabelSize = 11.0;
constexpr double kAxisLabelSize = 13.0;
constexpr double kLegendRow = 20.0;
constexpr double kLegendSample = 30.0;
// Pixel coordinates are kept within this distance of the page, so that a wild data value far
// off the axis still gives a finite number in the file.
constexpr double kPixelLimit = 1e6;

// Axes keep away from both ends of the double range: near the top, high - low itself would
// overflow to infinity; near zero, a tick step would underflow to 0.
constexpr double kHuge = 1e300;
constexpr double kTiny = 1e-200;
double keep_in_range(double value) {
  return std::clamp(value, -kHuge, kHuge);
}

// Decimals needed to write multiples of a 1-2-5 step: step 0.05 → 2, step 2 → 0.
int decimals_for(double step) {
  return std::max(0, static_cast<int>(-std::floor(std::log10(step) + 1e-9)));
}

}  // namespace

void DataRange::include(double value) {
  if (!std::isfinite(value)) return;
  low_ = std::min(low_, value);
  high_ = std::max(high_, value);
}

std::string Axis::tick_label(double value) const {
  const double largest = std::max(std::fabs(low), std::fabs(high));
  // Very small steps or very large values would need long rows of zeros: use powers of ten.
  if (step < 1e-4 || largest >= 1e7) {
    if (value == 0.0) return "0";
    const int digits =
        static_cast<int>(std::floor(std::log10(largest)) - std::floor(std::log10(step) + 1e-9));
    return format_exponent(value, std::min(std::max(digits, 0), 6));
  }
  return format_decimal(value, std::min(decimals_for(step), 9));
}

double nice_step(double span, int target_count) {
  const double rough = span / std::max(target_count, 1);
  if (!(rough > 0.0 && std::isfinite(rough))) return 1.0;  // no sensible span: any step will do
  const double power = std::pow(10.0, std::floor(std::log10(rough)));
  const double fraction = rough / power;  // in [1, 10)
  // The boundaries are the geometric means of neighbouring choices: √2, √10, √50.
  const double nice = fraction < 1.414   ? 1.0
                      : fraction < 3.162 ? 2.0
                      : fraction < 7.071 ? 5.0
                                         : 10.0;
  return nice * power;
}

Axis make_axis(const DataRange& data, int target_tick_count, bool integer_ticks,
               const DataRange& exact) {
  const DataRange& range = data.empty() ? exact : data;
  double low = range.empty() ? 0.0 : keep_in_range(range.low());
  double high = range.empty() ? 1.0 : keep_in_range(range.high());
  const double size = std::max(std::fabs(low), std::fabs(high));
  if (high - low <= 1e-9 * size || high - low < kTiny) {
    // One value (or values equal to nine digits): show an interval around it instead of
    // dividing by a zero span.
    const double half = size > 0.0 ? std::max(0.1 * size, kTiny) : 1.0;
    low -= half;
    high += half;
  }
  const double margin = data.empty() ? 0.0 : 0.04 * (high - low);
  Axis axis{low - margin, high + margin, {}, 0.0};
  if (!exact.empty()) {
    axis.low = std::min(axis.low, keep_in_range(exact.low()));
    axis.high = std::max(axis.high, keep_in_range(exact.high()));
  }
  axis.step = nice_step(axis.high - axis.low, target_tick_count);
  if (integer_ticks) axis.step = std::max(axis.step, 1.0);
  const double first = std::ceil(axis.low / axis.step);
  const double last = std::floor(axis.high / axis.step);
  for (double k = first; k <= last && axis.ticks.size() < 50; ++k) {
    const double tick = k * axis.step;
    axis.ticks.push_back(std::fabs(tick) < 1e-9 * axis.step ? 0.0 : tick);  // no "-0.0"
  }
  return axis;
}

Frame::Frame(const Box& area, Axis x_axis, Axis y_axis)
    : area_(area), x_axis_(std::move(x_axis)), y_axis_(std::move(y_axis)) {}

double Frame::to_x(double data_x) const {
  const double fraction = (data_x - x_axis_.low) / (x_axis_.high - x_axis_.low);
  return std::clamp(area_.x + fraction * area_.width, -kPixelLimit, kPixelLimit);
}

double Frame::to_y(double data_y) const {
  const double fraction = (data_y - y_axis_.low) / (y_axis_.high - y_axis_.low);
  return std::clamp(area_.bottom() - fraction * area_.height, -kPixelLimit, kPixelLimit);
}

double left_margin(const Axis& y_axis) {
  double widest = 0.0;
  for (double tick : y_axis.ticks)
    widest = std::max(widest, text_width(y_axis.tick_label(tick), kTickLabelSize));
  return kAxisLabelSize + 12.0 + widest + kTickLength + 4.0;
}

double right_margin(const Axis& x_axis) {
  double widest = 0.0;
  for (double tick : x_axis.ticks)
    widest = std::max(widest, text_width(x_axis.tick_label(tick), kTickLabelSize));
  return std::max(14.0, widest / 2 + 4.0);
}

double top_margin(double title_size) {
  return title_size * 2.0;
}

void draw_grid(SvgDocument& doc, const Frame& frame) {
  Paint paint;
  paint.stroke = kGridColour;
  const Box& area = frame.area();
  for (double tick : frame.x_axis().ticks)
    doc.line(frame.to_x(tick), area.y, frame.to_x(tick), area.bottom(), paint);
  for (double tick : frame.y_axis().ticks)
    doc.line(area.x, frame.to_y(tick), area.right(), frame.to_y(tick), paint);
}

void draw_axes(SvgDocument& doc, const Frame& frame, const AxisTitles& titles) {
  const Box& area = frame.area();
  Paint ink;
  ink.stroke = kInkColour;
  doc.rect(area.x, area.y, area.width, area.height, ink);

  TextStyle tick_text;
  tick_text.size = kTickLabelSize;
  tick_text.fill = kMutedTextColour;
  tick_text.anchor = TextAnchor::middle;
  for (double tick : frame.x_axis().ticks) {
    const double x = frame.to_x(tick);
    doc.line(x, area.bottom(), x, area.bottom() + kTickLength, ink);
    doc.text(x, area.bottom() + kTickLength + kTickLabelSize + 2, frame.x_axis().tick_label(tick),
             tick_text);
  }
  tick_text.anchor = TextAnchor::end;
  for (double tick : frame.y_axis().ticks) {
    const double y = frame.to_y(tick);
    doc.line(area.x - kTickLength, y, area.x, y, ink);
    // 0.35 of the font size below the tick centres the digits on it.
    doc.text(area.x - kTickLength - 3, y + 0.35 * kTickLabelSize, frame.y_axis().tick_label(tick),
             tick_text);
  }

  TextStyle label_text;
  label_text.size = kAxisLabelSize;
  label_text.anchor = TextAnchor::middle;
  doc.text(area.x + area.width / 2, area.bottom() + kBottomMargin - 8, titles.x_label, label_text);
  label_text.rotation = -90.0;
  const double label_x = area.x - left_margin(frame.y_axis()) + kAxisLabelSize + 2;
  doc.text(label_x, area.y + area.height / 2, titles.y_label, label_text);

  TextStyle title_text;
  title_text.size = titles.title_size;
  title_text.anchor = TextAnchor::middle;
  title_text.bold = true;
  doc.text(area.x + area.width / 2, area.y - 0.7 * titles.title_size, titles.title, title_text);
}

double legend_width(const std::vector<LegendEntry>& entries) {
  double widest = 0.0;
  for (const LegendEntry& entry : entries)
    widest = std::max(widest, text_width(entry.label, 12.0));
  return entries.empty() ? 0.0 : kLegendSample + 16.0 + widest;
}

void draw_legend(SvgDocument& doc, const std::vector<LegendEntry>& entries, double x, double y) {
  for (std::size_t row = 0; row < entries.size(); ++row) {
    const LegendEntry& entry = entries[row];
    const SeriesStyle style = series_style(entry.style_index);
    const double middle_y = y + (static_cast<double>(row) + 0.5) * kLegendRow;
    const double middle_x = x + kLegendSample / 2;
    if (entry.region) {
      Paint light;
      light.fill = style.light_colour;
      light.stroke = kGridColour;
      doc.rect(middle_x - 8, middle_y - 8, 16, 16, light);
    }
    if (entry.line) {
      Paint line;
      line.stroke = style.colour;
      line.stroke_width = 2.0;
      line.dash = style.dash;
      doc.line(x, middle_y, x + kLegendSample, middle_y, line);
    }
    if (entry.marker) draw_marker(doc, style.marker, middle_x, middle_y, 8.0, style.colour);
    TextStyle text;
    text.size = 12.0;
    doc.text(x + kLegendSample + 8, middle_y + 4, entry.label, text);
  }
}

double text_width(const std::string& text, double size) {
  // Count letters, not bytes: UTF-8 continuation bytes look like 10xxxxxx.
  const auto letters = std::count_if(text.begin(), text.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  });
  return 0.58 * size * static_cast<double>(letters);
}

}  // namespace mlp
