// series.cpp — the checks, extent and drawing of one series of (x, y) points.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
#include "report/series.hpp"

#include <cmath>
#include <stdexcept>

namespace mlp {
namespace {

constexpr double kLineWidth = 2.0;

}  // namespace

void require_same_length(const std::string& what, std::size_t x_count, std::size_t y_count) {
  if (x_count != y_count) {
    throw std::invalid_argument(what + ": " + std::to_string(x_count) + " x values but " +
                                std::to_string(y_count) + " y values");
  }
}

bool is_finite_point(double x, double y) {
  return std::isfinite(x) && std::isfinite(y);
}

void include_points(DataRange& x, DataRange& y, const std::vector<double>& xs,
                    const std::vector<double>& ys) {
  for (std::size_t i = 0; i < xs.size(); ++i) {
    if (!is_finite_point(xs[i], ys[i])) continue;
    x.include(xs[i]);
    y.include(ys[i]);
  }
}

void draw_curve(SvgDocument& doc, const Frame& frame, const std::vector<double>& xs,
                const std::vector<double>& ys, const SeriesStyle& style, bool every_marker) {
  Paint line;
  line.stroke = style.colour;
  line.stroke_width = kLineWidth;
  line.dash = style.dash;
  std::vector<Point> piece;
  std::vector<Point> markers;
  auto finish_piece = [&]() {
    if (piece.size() >= 2) doc.polyline(piece, line);
    if (piece.size() == 1 || every_marker)
      markers.insert(markers.end(), piece.begin(), piece.end());
    piece.clear();
  };
  for (std::size_t i = 0; i < xs.size(); ++i) {
    if (is_finite_point(xs[i], ys[i])) {
      piece.push_back({frame.to_x(xs[i]), frame.to_y(ys[i])});
    } else {
      finish_piece();
    }
  }
  finish_piece();
  for (const Point& point : markers)
    draw_marker(doc, style.marker, point.x, point.y, kMarkerSize, style.colour);
}

}  // namespace mlp
