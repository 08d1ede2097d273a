// test_plots.cpp — the SVG writer and the plots: numbers and escaping, nice ticks, and every plot
// kind written to a temporary folder, read back, checked to be well-formed XML, and searched for
// its title, axis labels and legend entries.
#include <clocale>
#include <cmath>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

#include "check.hpp"
#include "report/plots.hpp"
#include "report/runs.hpp"
#include "temp_folder.hpp"
#include "xml_check.hpp"

namespace fs = std::filesystem;
using mlp::LinePlot;
using mlp::ScatterPlot;
using test_files::read_text;

namespace {

const double kNaN = std::numeric_limits<double>::quiet_NaN();

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t found = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    ++found;
  return found;
}

bool contains(const std::string& text, const std::string& part) {
  return count(text, part) > 0;
}

// Saves through save(), checks that no temporary file is left and that the file is well-formed,
// and returns its text.
template <typename Picture>
std::string save_and_read(const Picture& picture, const fs::path& folder, const std::string& name) {
  const fs::path path = folder / (name + ".svg");
  picture.save(path.string());
  CHECK(fs::exists(path));
  CHECK(!fs::exists(path.string() + ".tmp"));
  const std::string text = read_text(path);
  const std::string problem = mlp::xml_problem(text);
  check::record(problem.empty(), __FILE__, __LINE__, name + ".svg is well-formed: " + problem);
  CHECK(!contains(text, "nan"));
  CHECK(!contains(text, "inf"));
  return text;
}

void test_numbers_and_escaping() {
  CHECK_EQ(mlp::svg_number(1.5), "1.5");
  CHECK_EQ(mlp::svg_number(2.0), "2");
  CHECK_EQ(mlp::svg_number(1234.56789), "1234.568");
  CHECK_EQ(mlp::svg_number(-0.0004), "0");
  CHECK_EQ(mlp::svg_number(-12.25), "-12.25");
  CHECK_EQ(mlp::format_decimal(2.5, 2), "2.50");
  CHECK_EQ(mlp::format_decimal(0.05, 2), "0.05");
  CHECK_EQ(mlp::format_exponent(0.00025, 1), "2.5e-4");
  CHECK_EQ(mlp::format_exponent(-3e9, 0), "-3e9");
  CHECK_EQ(mlp::format_exponent(9.9996, 3), "1.000e1");
  CHECK_EQ(mlp::format_decimal(1e20, 0), "1.000e20");
  CHECK_THROWS_WITH(mlp::svg_number(kNaN), "NaN");
  CHECK_THROWS_WITH(mlp::format_decimal(1.0, 12), "decimals must be 0 to 9");
  // A locale with a decimal comma must not change the files (if the system has one at all).
  if (std::setlocale(LC_ALL, "de_DE.UTF-8") != nullptr) {
    CHECK_EQ(mlp::svg_number(1.5), "1.5");
    std::setlocale(LC_ALL, "C");
  }
  CHECK_EQ(mlp::xml_escape("a<b & \"c\" > 'd'"), "a&lt;b &amp; &quot;c&quot; &gt; &apos;d&apos;");
  CHECK_EQ(mlp::xml_escape(std::string("bell\x07")), "bell?");
  CHECK_THROWS(mlp::SvgDocument(0, 10));
}

void test_ticks() {
  CHECK_NEAR(mlp::nice_step(1.0, 5), 0.2, 1e-12);
  CHECK_NEAR(mlp::nice_step(93.0, 5), 20.0, 1e-12);
  CHECK_NEAR(mlp::nice_step(0.0031, 6), 0.0005, 1e-15);

  mlp::DataRange unit;
  unit.include(0.0);
  unit.include(1.0);
  unit.include(kNaN);
  const mlp::Axis axis = mlp::make_axis(unit, 5);
  CHECK(axis.low < 0.0 && axis.high > 1.0);  // a margin around the data
  CHECK_EQ(axis.ticks.size(), 6u);
  CHECK_EQ(axis.tick_label(axis.ticks.front()), "0.0");
  CHECK_EQ(axis.tick_label(axis.ticks.back()), "1.0");

  mlp::DataRange constant;
  constant.include(3.0);
  const mlp::Axis around = mlp::make_axis(constant, 5);
  CHECK(around.low < 3.0 && around.high > 3.0 && !around.ticks.empty());
  const mlp::Axis empty = mlp::make_axis(mlp::DataRange(), 5);
  CHECK(empty.low < empty.high);

  mlp::DataRange epochs;
  epochs.include(1.0);
  epochs.include(3.0);
  for (double tick : mlp::make_axis(epochs, 8, true).ticks)
    CHECK_EQ(tick, std::floor(tick));

  // The y axis points up: larger values are higher on the page, i.e. smaller pixel y.
  const mlp::Frame frame({10, 20, 100, 50}, axis, axis);
  CHECK(frame.to_y(1.0) < frame.to_y(0.0));
  CHECK(frame.to_x(1.0) > frame.to_x(0.0));
}

void test_line_plot(const fs::path& folder) {
  LinePlot plot("Loss <per> epoch & \"more\"", "epoch", "cross-entropy");
  plot.add_series("training", {2.0, 1.0, 0.5, 0.3});
  plot.add_series("validation", {2.1, kNaN, 0.7, std::numeric_limits<double>::infinity(), 0.6});
  const std::string svg = save_and_read(plot, folder, "line");
  CHECK(contains(svg, "Loss &lt;per&gt; epoch &amp; &quot;more&quot;"));
  CHECK(!contains(svg, "<per>"));
  CHECK(contains(svg, ">epoch</text>"));
  CHECK(contains(svg, ">cross-entropy</text>"));
  CHECK(contains(svg, ">training</text>"));
  CHECK(contains(svg, ">validation</text>"));
  // training is one polyline; validation is broken by NaN and inf into 2.1 | 0.7 | 0.6, three
  // lone points drawn as markers only, so it adds no polyline.
  CHECK_EQ(count(svg, "<polyline"), 1u);
  CHECK_THROWS_WITH(plot.add_series("bad", {1, 2}, {1}), "2 x values but 1 y values");

  // Values at both ends of the double range still give finite coordinates and tick labels.
  LinePlot extreme("Extremes", "x", "y");
  const double largest = std::numeric_limits<double>::max();
  const double smallest = std::numeric_limits<double>::denorm_min();
  extreme.add_series("huge", {largest, -largest, largest});
  extreme.add_series("tiny", {smallest, 2 * smallest, 0.0});
  save_and_read(extreme, folder, "extreme");

  LinePlot single("One epoch", "epoch", "loss");
  single.add_series("training", {0.7});
  const std::string one = save_and_read(single, folder, "single");
  CHECK(contains(one, "<circle"));
  CHECK(!contains(one, "<polyline"));
}

void test_scatter_plot(const fs::path& folder) {
  ScatterPlot plot("Two classes", "x1", "x2");
  plot.add_points({0, 1, 0, 1}, {0, 0, 1, 1}, {0, 1, 1, 0});
  plot.set_class_names({"blue & round", "orange"});
  plot.sample_decision_regions([](double x, double y) { return x + y > 1 ? 1 : 0; }, 20);
  const std::string svg = save_and_read(plot, folder, "scatter");
  CHECK(contains(svg, ">Two classes</text>"));
  CHECK(contains(svg, ">x1</text>") && contains(svg, ">x2</text>"));
  CHECK(contains(svg, ">blue &amp; round</text>"));
  CHECK(contains(svg, ">orange</text>"));
  CHECK(contains(svg, "shape-rendering=\"crispEdges\""));
  // 20 rows of two runs each (one per side of the diagonal), not 400 cells.
  CHECK(count(svg, "<rect") < 60);

  CHECK_THROWS_WITH(plot.add_point(0, 0, -1), "class labels must be 0 or more");
  mlp::DecisionGrid wrong{0, 1, 0, 1, 3, 3, {0, 1}};
  CHECK_THROWS_WITH(plot.set_decision_grid(wrong), "3 x 3 cells but 2 classes");
  mlp::DecisionGrid grid{-1, 2, -1, 2, 2, 2, {0, -1, 1, 2}};
  plot.set_decision_grid(grid);
  const std::string with_grid = save_and_read(plot, folder, "scatter_grid");
  CHECK(contains(with_grid, ">class 2</text>"));  // a class seen only in the regions
  CHECK_THROWS_WITH(plot.sample_decision_regions(nullptr), "no prediction function");

  ScatterPlot regression("Fit", "x", "y");
  regression.add_points({0, 1, 2, kNaN}, {0, 1, 4, 1});
  regression.set_class_names({"samples"});
  regression.add_curve("parabola", {0, 1, 2}, {0, 1, 4});
  regression.add_curve("line", {0, 2}, {0, 4});
  const std::string fit = save_and_read(regression, folder, "regression");
  CHECK(contains(fit, ">samples</text>"));
  CHECK(contains(fit, ">parabola</text>"));
  CHECK(contains(fit, ">line</text>"));
  CHECK_EQ(count(fit, "<polyline"), 2u);
}

void test_strip(const fs::path& folder) {
  std::vector<ScatterPlot> panels;
  for (int epoch : {1, 5, 20}) {
    ScatterPlot panel("epoch " + std::to_string(epoch), "x1", "x2");
    panel.add_points({0, 1}, {0, 1}, {0, 1});
    panel.set_class_names({"first", "second"});
    panel.sample_decision_regions([epoch](double x, double) { return x * epoch > 0.5 ? 1 : 0; });
    panels.push_back(panel);
  }
  std::vector<const mlp::Plot*> pointers;
  for (const ScatterPlot& panel : panels)
    pointers.push_back(&panel);
  const mlp::SvgDocument strip = mlp::plot_strip("Boundary while training", pointers);
  CHECK_NEAR(strip.width(), 3 * 260.0 + mlp::legend_width(panels[0].legend_entries()) + 16, 1e-9);
  const std::string svg = save_and_read(strip, folder, "strip");
  CHECK(contains(svg, ">Boundary while training</text>"));
  CHECK(contains(svg, ">epoch 1</text>") && contains(svg, ">epoch 20</text>"));
  CHECK_EQ(count(svg, ">first</text>"), 1u);  // one shared legend
  CHECK_THROWS_WITH(mlp::plot_strip("none", {}), "no panels");
  CHECK_THROWS_WITH(mlp::plot_strip("null", {nullptr}), "null");
}

void test_image_grid(const fs::path& folder) {
  std::vector<int> runs;
  const int row[] = {0, 0, 5, 5, 5, 0};
  mlp::for_each_run(row, 6, [&](std::size_t first, std::size_t length, int value) {
    runs.insert(runs.end(), {static_cast<int>(first), static_cast<int>(length), value});
  });
  CHECK(runs == std::vector<int>({0, 2, 0, 2, 3, 5, 5, 1, 0}));

  mlp::ImageGrid grid("Misclassified", 4, 2, 2);
  // Row 0 has one run of ink, row 1 one run of grey: two rectangles for eight pixels.
  grid.add_image({0, 255, 255, 0, 128, 128, 128, 128}, "true 4, predicted 9");
  grid.add_image(std::vector<std::uint8_t>(8, 0), "blank <&>");
  const std::string svg = save_and_read(grid, folder, "digits");
  // The page, one framed white background per image, and the two runs of ink.
  CHECK_EQ(count(svg, "<rect"), 1u + 2u + 2u);
  CHECK(contains(svg, "fill=\"#000000\""));  // 255 = black ink
  CHECK(contains(svg, "fill=\"#7F7F7F\""));  // 128 = mid grey
  CHECK(contains(svg, ">true 4, predicted 9</text>"));
  CHECK(contains(svg, ">blank &lt;&amp;&gt;</text>"));
  CHECK_THROWS_WITH(grid.add_image(std::vector<std::uint8_t>(7), "short"),
                    "has 7 pixels, expected 4 x 2");
  CHECK_THROWS(mlp::ImageGrid("bad", 0, 28));
  CHECK(contains(save_and_read(mlp::ImageGrid("Empty", 28, 28), folder, "empty"), "no images"));
}

void test_save_failure(const fs::path& folder) {
  const std::string path = (folder / "missing" / "plot.svg").string();
  LinePlot plot("t", "x", "y");
  CHECK_THROWS_WITH(plot.save(path), path);
  CHECK(!fs::exists(path + ".tmp"));
}

}  // namespace

int main() {
  const test_files::TempFolder temp_folder("test_plots");
  const fs::path& folder = temp_folder.path();
  test_numbers_and_escaping();
  test_ticks();
  test_line_plot(folder);
  test_scatter_plot(folder);
  test_strip(folder);
  test_image_grid(folder);
  test_save_failure(folder);
  return check::summary();
}
