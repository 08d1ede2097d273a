// scatter_plot.hpp — points in the plane with class labels, the regions a classifier assigns to
// each class, and fitted curves: the pictures of the lessons' toy datasets.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "report/plot.hpp"

namespace mlp {

// The class a model predicts in each cell of a grid over [x_low, x_high] × [y_low, y_high].
// Cells are stored row by row, and row 0 is the BOTTOM row (smallest y), as in mathematics. A
// negative class leaves its cell blank.
struct DecisionGrid {
  double x_low = 0.0;
  double x_high = 1.0;
  double y_low = 0.0;
  double y_high = 1.0;
  std::size_t columns = 0;
  std::size_t rows = 0;
  std::vector<int> classes;
};

// Asks `predict` for the class at the centre of every cell of a columns × rows grid.
DecisionGrid sample_decision_grid(const std::function<int(double x, double y)>& predict,
                                  double x_low, double x_high, double y_low, double y_high,
                                  std::size_t columns, std::size_t rows);

// Points in the plane, each with a class label 0, 1, 2, ... shown by colour AND marker shape.
//  * Classification: behind the points, light-coloured regions show which class a model predicts
//    where, so the decision boundary is where two colours meet.
//  * Regression: the data points (all class 0) plus named fitted curves over them.
class ScatterPlot : public Plot {
 public:
  using Plot::Plot;

  // Throws std::invalid_argument for a negative label or lists of different lengths.
  void add_point(double x, double y, int label = 0);
  void add_points(const std::vector<double>& xs, const std::vector<double>& ys,
                  const std::vector<int>& labels);
  void add_points(const std::vector<double>& xs, const std::vector<double>& ys);
  // The legend names of classes 0, 1, ...; classes without a name are called "class k".
  void set_class_names(std::vector<std::string> names);

  // Asks `predict` NOW for the class all over the area the points span (resolution × resolution
  // cells), and shows the answers as regions. Sampling at once means a plot made after epoch 5
  // still shows epoch 5 when drawn after training went on. Add the points first.
  void sample_decision_regions(const std::function<int(double x, double y)>& predict,
                               std::size_t resolution = 150);
  // Regions from a grid computed elsewhere. Throws std::invalid_argument when its size is wrong.
  void set_decision_grid(DecisionGrid grid);

  // A named curve drawn over the points, e.g. the function a regression model learned.
  void add_curve(const std::string& name, std::vector<double> xs, std::vector<double> ys);

  std::vector<LegendEntry> legend_entries() const override;

 protected:
  void extend(DataRange& x, DataRange& y) const override;
  void extend_exactly(DataRange& x, DataRange& y) const override;
  void draw_data(SvgDocument& doc, const Frame& frame) const override;

 private:
  struct LabeledPoint {
    double x;
    double y;
    int label;
  };
  struct Curve {
    std::string name;
    std::vector<double> xs;
    std::vector<double> ys;
  };

  std::string class_name(int label) const;
  std::size_t class_count() const;  // 1 + the largest label (so curves get the next styles)
  void draw_regions(SvgDocument& doc, const Frame& frame) const;

  std::vector<LabeledPoint> points_;
  std::vector<std::string> class_names_;
  std::vector<Curve> curves_;
  bool has_regions_ = false;
  DecisionGrid regions_;
};

}  // namespace mlp
