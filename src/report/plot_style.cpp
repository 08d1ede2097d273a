// plot_style.cpp — the palette, the light versions of its colours, the dash patterns and the
// marker shapes.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
#include "report/plot_style.hpp"

#include <cstdio>

namespace mlp {
namespace {

// The Okabe–Ito colours as red, green, blue bytes, in the order the series get them: the two
// strongest contrasts first, yellow (hard to see on white) and black last.
struct Rgb {
  int red;
  int green;
  int blue;
};
constexpr Rgb kPalette[] = {
    {0, 114, 178},    // blue
    {213, 94, 0},     // vermillion
    {0, 158, 115},    // bluish green
    {204, 121, 167},  // reddish purple
    {230, 159, 0},    // orange
    {86, 180, 233},   // sky blue
    {240, 228, 66},   // yellow
    {0, 0, 0},        // black
};
constexpr std::size_t kPaletteSize = sizeof(kPalette) / sizeof(kPalette[0]);

constexpr Marker kMarkers[] = {Marker::circle, Marker::square, Marker::triangle_up, Marker::diamond,
                               Marker::triangle_down};
constexpr std::size_t kMarkerCount = sizeof(kMarkers) / sizeof(kMarkers[0]);

// Solid, dashed, dotted, dash-dot, long dashes.
const char* const kDashes[] = {"", "7 4", "2 3", "9 3 2 3", "14 4"};
constexpr std::size_t kDashCount = sizeof(kDashes) / sizeof(kDashes[0]);

// Mixing with white: each channel moves `whiteness` of the way towards 255.
Rgb mix_with_white(const Rgb& colour, double whiteness) {
  auto mix = [whiteness](int channel) {
    return channel + static_cast<int>((255 - channel) * whiteness + 0.5);
  };
  return {mix(colour.red), mix(colour.green), mix(colour.blue)};
}

}  // namespace

const char* const kInkColour = "#222222";
const char* const kGridColour = "#E4E4E4";
const char* const kMutedTextColour = "#444444";

std::string hex_colour(int red, int green, int blue) {
  char text[8];
  std::snprintf(text, sizeof(text), "#%02X%02X%02X", red & 0xFF, green & 0xFF, blue & 0xFF);
  return text;
}

SeriesStyle series_style(std::size_t index) {
  const Rgb& colour = kPalette[index % kPaletteSize];
  const Rgb light = mix_with_white(colour, 0.72);
  return {hex_colour(colour.red, colour.green, colour.blue),
          hex_colour(light.red, light.green, light.blue), kMarkers[index % kMarkerCount],
          kDashes[index % kDashCount]};
}

void draw_marker(SvgDocument& doc, Marker marker, double x, double y, double size,
                 const std::string& colour) {
  Paint paint;
  paint.fill = colour;
  paint.stroke = kInkColour;
  paint.stroke_width = 0.6;
  // The shapes are sized to cover about the same area, so no class looks more important.
  const double r = size / 2;
  switch (marker) {
    case Marker::circle:
      doc.circle(x, y, r, paint);
      break;
    case Marker::square:
      doc.rect(x - 0.88 * r, y - 0.88 * r, 1.76 * r, 1.76 * r, paint);
      break;
    case Marker::triangle_up:
      doc.polygon({{x, y - 1.25 * r}, {x + 1.1 * r, y + 0.7 * r}, {x - 1.1 * r, y + 0.7 * r}},
                  paint);
      break;
    case Marker::diamond:
      doc.polygon({{x, y - 1.25 * r}, {x + 1.25 * r, y}, {x, y + 1.25 * r}, {x - 1.25 * r, y}},
                  paint);
      break;
    case Marker::triangle_down:
      doc.polygon({{x, y + 1.25 * r}, {x + 1.1 * r, y - 0.7 * r}, {x - 1.1 * r, y - 0.7 * r}},
                  paint);
      break;
  }
}

}  // namespace mlp
