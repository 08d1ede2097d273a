// svg.hpp — a minimal builder for SVG pictures: lines, polylines, polygons, rectangles, circles
// and text, collected into one document and written out as XML text.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
//
// An SVG picture is an XML element <svg width=".." height=".."> whose children are shapes, drawn
// in the order they appear: a later shape covers an earlier one. Coordinates are pixels with the
// origin in the TOP-left corner and y growing DOWNWARDS, so a plot has to flip its y axis (see
// report/plot_axes.hpp).
//
// Two details make the files reliable:
//  * Text and attribute values are escaped: & < > " ' become &amp; &lt; &gt; &quot; &apos;, so a
//    title such as `loss < 0.1 & "falling"` cannot break the XML.
//  * Numbers are written by our own code, always with '.' as the decimal point. printf("%f")
//    follows the program's locale and writes "1,5" in a German one, which no SVG reader accepts.
#pragma once

#include <string>
#include <vector>

namespace mlp {

// How a shape is painted. Colours are SVG colour strings such as "#0072B2", "white" or "none".
struct Paint {
  std::string fill = "none";
  std::string stroke = "none";
  double stroke_width = 1.0;
  std::string dash;      // stroke-dasharray, e.g. "6 3" = 6 px dash, 3 px gap; empty = solid
  double opacity = 1.0;  // 0 = invisible, 1 = opaque
};

// Which point of the text sits at the given (x, y): its left end, its middle or its right end.
enum class TextAnchor { start, middle, end };

struct TextStyle {
  double size = 12.0;  // font size in pixels
  TextAnchor anchor = TextAnchor::start;
  double rotation = 0.0;  // degrees clockwise around (x, y); -90 reads from bottom to top
  std::string fill = "#000000";
  bool bold = false;
};

struct Point {
  double x;
  double y;
};

class SvgDocument {
 public:
  // A blank picture of width × height pixels. Both must be positive and finite.
  SvgDocument(double width, double height);

  double width() const { return width_; }
  double height() const { return height_; }

  void line(double x1, double y1, double x2, double y2, const Paint& paint);
  // An open path through the points (a curve); polygon() closes it back to the first point.
  void polyline(const std::vector<Point>& points, const Paint& paint);
  void polygon(const std::vector<Point>& points, const Paint& paint);
  // A rectangle with its top-left corner at (x, y).
  void rect(double x, double y, double width, double height, const Paint& paint);
  void circle(double center_x, double center_y, double radius, const Paint& paint);
  // Text whose baseline (the line the letters sit on) passes through y.
  void text(double x, double y, const std::string& text, const TextStyle& style = {});
  // Adds every shape of `content` as one group shifted by (dx, dy): a picture inside a picture.
  // With `crisp_edges` its shapes are drawn without anti-aliasing, so rectangles that touch
  // (pixels, grid cells) meet without a faint seam between them.
  void group(const SvgDocument& content, double dx, double dy, bool crisp_edges = false);

  // The whole document as XML text.
  std::string str() const;
  // Writes str() to `path + ".tmp"` and then renames it to `path`, so that a run stopped half way
  // never leaves half a picture behind (report/atomic_file.hpp). Throws std::runtime_error naming
  // the path on failure.
  void save(const std::string& path) const;

 private:
  double width_;
  double height_;
  std::string body_;  // the shapes' elements, one per line
};

// `text` with the five XML special characters replaced by entity references, and the control
// characters XML does not allow (all below 0x20 except tab, newline, carriage return) by '?'.
std::string xml_escape(const std::string& text);

// `value` with exactly `decimals` digits after the point (0 to 9), e.g. (2.5, 2) → "2.50". Very
// large magnitudes (above about 1e15) come out in exponent form instead. Throws
// std::invalid_argument for NaN and infinity, which have no place in a picture.
std::string format_decimal(double value, int decimals);

// `value` in exponent form with `decimals` digits after the point (0 to 9), e.g. (0.00025, 1) →
// "2.5e-4". Same errors as format_decimal.
std::string format_exponent(double value, int decimals);

// A coordinate as SVG text: at most 3 decimals, no trailing zeros, e.g. 12.5 → "12.5", 3 → "3".
std::string svg_number(double value);

}  // namespace mlp
