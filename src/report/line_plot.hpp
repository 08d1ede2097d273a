// line_plot.hpp — curves over a shared x axis, e.g. training and validation loss per epoch.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
#pragma once

#include <string>
#include <vector>

#include "report/plot.hpp"

namespace mlp {

// Named curves through (x, y) points, e.g. training and validation loss per epoch. A NaN or
// infinite value leaves a gap in its curve (a diverged run still plots); a lone point between
// gaps is drawn as a marker. Series with few points get a marker at every point as well.
class LinePlot : public Plot {
 public:
  using Plot::Plot;

  // Throws std::invalid_argument when xs and ys differ in length.
  void add_series(const std::string& name, std::vector<double> xs, std::vector<double> ys);
  // A curve over x = 1, 2, ..., ys.size(): one value per epoch.
  void add_series(const std::string& name, const std::vector<double>& ys);

  std::vector<LegendEntry> legend_entries() const override;

 protected:
  void extend(DataRange& x, DataRange& y) const override;
  bool integer_x() const override;
  void draw_data(SvgDocument& doc, const Frame& frame) const override;

 private:
  struct Series {
    std::string name;
    std::vector<double> xs;
    std::vector<double> ys;
  };
  std::vector<Series> series_;
};

}  // namespace mlp
