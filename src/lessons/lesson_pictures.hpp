// lesson_pictures.hpp — the pictures the lesson programs draw, built on the plots of src/report.
//
// Three kinds come back again and again:
//   * decision regions: shade every spot of the plane in the colour of the class the network
//     predicts there, and draw the points on top; the boundary is where two shades meet;
//   * learning curves: loss or accuracy per epoch, on the training and the validation data;
//   * regression fits: the data points with the curves that networks fitted through them.
#pragma once

#include <string>
#include <vector>

#include "framework/network.hpp"
#include "framework/training.hpp"
#include "lessons/toy_datasets.hpp"
#include "report/plots.hpp"

namespace mlp {

// The rectangle a plot of some points covers: their extent plus `margin` (a fraction of it) on
// every side, so no point sits on the frame.
struct PlotArea {
  double x_low;
  double x_high;
  double y_low;
  double y_high;
};
PlotArea area_around(const std::vector<LabeledPoint>& points, double margin = 0.1);

// The class the network predicts at the centre of each of cells × cells cells covering the area,
// found with ONE forward pass of a (cells² x 2) minibatch. 60 × 60 cells are fine enough for a
// smooth-looking boundary and keep the picture small.
DecisionGrid classify_grid(Network& network, const PlotArea& area, std::size_t cells = 60);

// The points (coloured and shaped by class) over the regions the network assigns to each class.
ScatterPlot region_plot(const std::string& title, const std::vector<LabeledPoint>& points,
                        Network& network, const PlotArea& area);

// At most `at_most` of the points, evenly picked (every k-th one): fewer markers for strips of
// small plots, whose files would otherwise grow large.
std::vector<LabeledPoint> thinned(const std::vector<LabeledPoint>& points, std::size_t at_most);

// The points only, e.g. to show a dataset before any network has seen it.
ScatterPlot points_plot(const std::string& title, const std::vector<LabeledPoint>& points);

// Loss or accuracy per epoch of one run, as a training and a validation curve.
LinePlot loss_curves(const std::string& title, const std::vector<EpochRecord>& history);
LinePlot accuracy_curves(const std::string& title, const std::vector<EpochRecord>& history);

// The data points of a regression set, to which fitted curves are then added with add_curve.
ScatterPlot curve_points_plot(const std::string& title, const std::vector<CurvePoint>& points);

// Writes a plot or a whole picture as `folder/name`, creating the folder if needed, and returns
// that path, for the program to print.
std::string save_picture(const Plot& plot, const std::string& folder, const std::string& name);
std::string save_picture(const SvgDocument& picture, const std::string& folder,
                         const std::string& name);

}  // namespace mlp
