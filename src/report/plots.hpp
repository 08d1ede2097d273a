// plots.hpp — every kind of picture the lessons and the MNIST lab draw, in one include:
//   LinePlot     curves over epochs (report/line_plot.hpp)
//   ScatterPlot  2-D points with their classes, decision regions, fitted curves
//                (report/scatter_plot.hpp)
//   plot_strip   several plots side by side (report/plot.hpp)
//   ImageGrid    small grey-scale images with captions (report/image_grid.hpp)
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
//
// Typical use:
//   LinePlot loss("Loss per epoch", "epoch", "cross-entropy loss");
//   loss.add_series("training", training_losses);      // x = 1, 2, 3, ...
//   loss.add_series("validation", validation_losses);
//   loss.save("build/lab/loss.svg");
#pragma once

#include "report/image_grid.hpp"
#include "report/line_plot.hpp"
#include "report/plot.hpp"
#include "report/scatter_plot.hpp"
