// lab_plots.hpp — the pictures of a lab run, as SVG text (saved as files and inlined in the
// HTML report).
#pragma once

#include <string>

#include "lab/lab_run.hpp"

namespace mlp {

struct LabPlots {
  std::string loss;           // training and validation loss per epoch
  std::string accuracy;       // training and validation accuracy per epoch
  std::string weights;        // max |w| of each layer per epoch, from epoch 0 (initialisation)
  std::string misclassified;  // a grid of misclassified test digits
};

LabPlots make_lab_plots(const LabRun& run, const MnistSet& test);

}  // namespace mlp
