// series.hpp — one series of (x, y) points as the plots handle it: checking that the lists
// match, finding its extent, and drawing it as a curve that skips missing values.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
//
// Training produces NaN or infinity when it diverges. Such a value cannot be drawn, but the rest
// of the run still tells a story, so a curve simply breaks there: the finite points on each side
// become separate pieces, and a piece of a single point is shown as a marker.
#pragma once

#include <string>
#include <vector>

#include "report/plot_axes.hpp"
#include "report/plot_style.hpp"
#include "report/svg.hpp"

namespace mlp {

constexpr double kMarkerSize = 7.0;  // in pixels, for the markers of data points

// Throws std::invalid_argument naming `what` when the x and y lists differ in length.
void require_same_length(const std::string& what, std::size_t x_count, std::size_t y_count);

bool is_finite_point(double x, double y);

// Widens `x` and `y` to hold every point (xs[i], ys[i]) whose coordinates are both finite.
void include_points(DataRange& x, DataRange& y, const std::vector<double>& xs,
                    const std::vector<double>& ys);

// The curve through (xs[i], ys[i]) as polylines, broken wherever a value is NaN or infinite. A
// piece of one point is drawn as a marker; with `every_marker`, every point is.
void draw_curve(SvgDocument& doc, const Frame& frame, const std::vector<double>& xs,
                const std::vector<double>& ys, const SeriesStyle& style, bool every_marker);

}  // namespace mlp
