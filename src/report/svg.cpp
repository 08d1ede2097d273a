// svg.cpp — the SVG builder: number formatting, XML escaping, and one element per shape.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
#include "report/svg.hpp"

#include <cmath>
#include <cstdint>
#include <stdexcept>

#include "report/atomic_file.hpp"
#include "report/xml_characters.hpp"

namespace mlp {
namespace {

void require_finite(double value) {
  if (!std::isfinite(value)) {
    throw std::invalid_argument(std::string("cannot write ") +
                                (std::isnan(value) ? "NaN" : "an infinite number") +
                                " into a picture");
  }
}

void require_decimals(int decimals) {
  if (decimals < 0 || decimals > 9) {
    throw std::invalid_argument("number format: decimals must be 0 to 9, got " +
                                std::to_string(decimals));
  }
}

// 10^n as an exact integer, for n in [0, 9].
std::uint64_t power_of_ten(int n) {
  std::uint64_t power = 1;
  for (int k = 0; k < n; ++k)
    power *= 10;
  return power;
}

// Writes `scaled` = |value| · 10^decimals (already rounded to a whole number) with a point before
// its last `decimals` digits: (1234, 2) → "12.34", (5, 3) → "0.005". Integers have no locale, so
// std::to_string is safe here, unlike any printf of a double.
std::string place_point(std::uint64_t scaled, int decimals) {
  std::string digits = std::to_string(scaled);
  if (decimals == 0) return digits;
  const std::size_t wanted = static_cast<std::size_t>(decimals) + 1;
  if (digits.size() < wanted) digits.insert(0, wanted - digits.size(), '0');
  digits.insert(digits.size() - static_cast<std::size_t>(decimals), ".");
  return digits;
}

std::string with_sign(double value, double scaled, const std::string& magnitude) {
  const bool negative = value < 0 && scaled > 0;  // a value that rounds to zero gets no "-"
  return negative ? "-" + magnitude : magnitude;
}

std::string paint_attributes(const Paint& paint) {
  std::string attributes = " fill=\"" + xml_escape(paint.fill) + "\"";
  if (paint.stroke != "none") {
    attributes += " stroke=\"" + xml_escape(paint.stroke) + "\" stroke-width=\"" +
                  svg_number(paint.stroke_width) + "\" stroke-linejoin=\"round\"";
    if (!paint.dash.empty()) attributes += " stroke-dasharray=\"" + xml_escape(paint.dash) + "\"";
  }
  if (paint.opacity < 1.0) attributes += " opacity=\"" + svg_number(paint.opacity) + "\"";
  return attributes;
}

// The points attribute of <polyline> and <polygon>: "x1,y1 x2,y2 ...".
std::string point_list(const std::vector<Point>& points) {
  std::string list;
  for (const Point& point : points) {
    if (!list.empty()) list += ' ';
    list += svg_number(point.x) + "," + svg_number(point.y);
  }
  return list;
}

const char* anchor_name(TextAnchor anchor) {
  switch (anchor) {
    case TextAnchor::middle:
      return "middle";
    case TextAnchor::end:
      return "end";
    case TextAnchor::start:
      break;
  }
  return "start";
}

}  // namespace

std::string xml_escape(const std::string& text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\'':
        escaped += "&apos;";
        break;
      default:
        escaped += is_allowed_xml_byte(c) ? c : '?';
    }
  }
  return escaped;
}

std::string format_decimal(double value, int decimals) {
  require_finite(value);
  require_decimals(decimals);
  const double scaled = std::round(std::fabs(value) * static_cast<double>(power_of_ten(decimals)));
  // Past 1e15 a double no longer holds every whole number exactly; such sizes read better as
  // powers of ten anyway.
  if (scaled >= 1e15) return format_exponent(value, 3);
  return with_sign(value, scaled, place_point(static_cast<std::uint64_t>(scaled), decimals));
}

std::string format_exponent(double value, int decimals) {
  require_finite(value);
  require_decimals(decimals);
  if (value == 0.0) return place_point(0, decimals) + "e0";
  // value = ± mantissa · 10^exponent with 1 ≤ mantissa < 10.
  int exponent = static_cast<int>(std::floor(std::log10(std::fabs(value))));
  double mantissa = std::fabs(value) / std::pow(10.0, exponent);
  const double scale = static_cast<double>(power_of_ten(decimals));
  double scaled = std::round(mantissa * scale);
  // log10 can be off by a hair, and rounding can carry 9.9996 up to 10.000: bring the mantissa
  // back into [1, 10).
  if (scaled >= 10.0 * scale) {
    exponent += 1;
    scaled = std::round(mantissa / 10.0 * scale);
  } else if (scaled < scale) {
    exponent -= 1;
    scaled = std::round(mantissa * 10.0 * scale);
  }
  const std::string magnitude = place_point(static_cast<std::uint64_t>(scaled), decimals);
  return with_sign(value, scaled, magnitude) + "e" + std::to_string(exponent);
}

std::string svg_number(double value) {
  std::string text = format_decimal(value, 3);
  if (text.find('e') != std::string::npos || text.find('.') == std::string::npos) return text;
  while (text.back() == '0')
    text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

SvgDocument::SvgDocument(double width, double height) : width_(width), height_(height) {
  if (!(width > 0.0 && height > 0.0 && std::isfinite(width) && std::isfinite(height))) {
    throw std::invalid_argument("SvgDocument: width and height must be positive numbers");
  }
}

void SvgDocument::line(double x1, double y1, double x2, double y2, const Paint& paint) {
  body_ += "<line x1=\"" + svg_number(x1) + "\" y1=\"" + svg_number(y1) + "\" x2=\"" +
           svg_number(x2) + "\" y2=\"" + svg_number(y2) + "\"" + paint_attributes(paint) + "/>\n";
}

void SvgDocument::polyline(const std::vector<Point>& points, const Paint& paint) {
  body_ += "<polyline points=\"" + point_list(points) + "\"" + paint_attributes(paint) + "/>\n";
}

void SvgDocument::polygon(const std::vector<Point>& points, const Paint& paint) {
  body_ += "<polygon points=\"" + point_list(points) + "\"" + paint_attributes(paint) + "/>\n";
}

void SvgDocument::rect(double x, double y, double width, double height, const Paint& paint) {
  body_ += "<rect x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) + "\" width=\"" +
           svg_number(width) + "\" height=\"" + svg_number(height) + "\"" +
           paint_attributes(paint) + "/>\n";
}

void SvgDocument::circle(double center_x, double center_y, double radius, const Paint& paint) {
  body_ += "<circle cx=\"" + svg_number(center_x) + "\" cy=\"" + svg_number(center_y) + "\" r=\"" +
           svg_number(radius) + "\"" + paint_attributes(paint) + "/>\n";
}

void SvgDocument::text(double x, double y, const std::string& text, const TextStyle& style) {
  std::string element = "<text x=\"" + svg_number(x) + "\" y=\"" + svg_number(y) +
                        "\" font-size=\"" + svg_number(style.size) + "\" text-anchor=\"" +
                        anchor_name(style.anchor) + "\" fill=\"" + xml_escape(style.fill) + "\"";
  if (style.bold) element += " font-weight=\"bold\"";
  if (style.rotation != 0.0) {
    element += " transform=\"rotate(" + svg_number(style.rotation) + " " + svg_number(x) + " " +
               svg_number(y) + ")\"";
  }
  body_ += element + ">" + xml_escape(text) + "</text>\n";
}

void SvgDocument::group(const SvgDocument& content, double dx, double dy, bool crisp_edges) {
  body_ += "<g transform=\"translate(" + svg_number(dx) + " " + svg_number(dy) + ")\"" +
           (crisp_edges ? " shape-rendering=\"crispEdges\"" : "") + ">\n" + content.body_ +
           "</g>\n";
}

std::string SvgDocument::str() const {
  const std::string w = svg_number(width_);
  const std::string h = svg_number(height_);
  return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + w + "\" height=\"" + h +
         "\" viewBox=\"0 0 " + w + " " + h +
         "\" font-family=\"Helvetica, Arial, 'DejaVu Sans', sans-serif\">\n" + body_ + "</svg>\n";
}

void SvgDocument::save(const std::string& path) const {
  write_file_atomically(path, str());
}

}  // namespace mlp
