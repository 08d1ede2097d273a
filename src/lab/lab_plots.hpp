// lab_plots.hpp — the pictures of a lab run, as SVG text (saved as files and inlined in the
// HTML report).
#pragma once

#include <string>

#include "lab/lab_run.hpp"

namespace mlp {

struct LabPlots {
  bool has_curves = false;    // false when training stopped before epoch 1 ended
  std::string loss;           // training and validation loss per epoch, from epoch 0
  std::string accuracy;       // training and validation accuracy per epoch
  std::string weights;        // max |w| and RMS |w| of each layer per epoch
  std::string gradients;      // log10 ‖∂L/∂W‖ of each layer per epoch
  std::string first_layer;    // the first layer's weights as 28x28 tiles, epoch 0 and the end
  std::string misclassified;  // a grid of misclassified test digits
};

LabPlots make_lab_plots(LabRun& run, const MnistSet& test);

// The first layer's weights as bytes for an image grid, one 28x28 tile per unit (at most
// `units`): mid-grey 128 is a weight of 0, darker positive, lighter negative, full black or
// white at ±scale.
std::vector<std::uint8_t> weight_tiles(const Matrix& weights, std::size_t units, double scale);

}  // namespace mlp
