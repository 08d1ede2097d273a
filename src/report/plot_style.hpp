// plot_style.hpp — how the plots tell series and classes apart: colour, marker shape and dash
// pattern, chosen together from one index so that every picture uses them the same way.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
//
// Colours come from the palette of Okabe and Ito, chosen so that people with the common forms of
// colour blindness still see them as different. Colour alone is still not enough (a printout in
// grey, a projector that washes colours out), so each index also gets its own marker shape and,
// for lines, its own dash pattern.
#pragma once

#include <cstddef>
#include <string>

#include "report/svg.hpp"

namespace mlp {

enum class Marker { circle, square, triangle_up, diamond, triangle_down };

struct SeriesStyle {
  std::string colour;        // e.g. "#0072B2"
  std::string light_colour;  // the colour mixed with much white, for areas behind the data
  Marker marker;
  std::string dash;  // stroke-dasharray of lines; empty = solid
};

// The style of series (or class) number `index`. Indices past the palette wrap around, but
// colour and marker wrap at different lengths, so neighbouring indices still differ.
SeriesStyle series_style(std::size_t index);

// A marker of the given shape centred at (x, y); `size` is about its width in pixels. It is
// filled with `colour` and outlined thinly in dark grey so that overlapping markers stay apart.
void draw_marker(SvgDocument& doc, Marker marker, double x, double y, double size,
                 const std::string& colour);

// "#RRGGBB" for channel values 0 to 255.
std::string hex_colour(int red, int green, int blue);

// Colours of the plot furniture (frame, grid, secondary text).
extern const char* const kInkColour;
extern const char* const kGridColour;
extern const char* const kMutedTextColour;

}  // namespace mlp
