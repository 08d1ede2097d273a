// html_report.hpp — one self-contained HTML page with everything a lab run produced.
#pragma once

#include <string>

#include "lab/lab_plots.hpp"
#include "lab/lab_run.hpp"

namespace mlp {

// The page: the test result, the run's settings, the curves from epoch 0, the weights and their
// gradients per layer, the first layer's weights as images, the per-epoch table, per-class
// accuracy, the shaded confusion matrix and the misclassified digits. Everything is inline (SVG
// and CSS), so the page needs no other file.
std::string html_report(const LabRun& run, const LabPlots& plots);

// The style sheet the lab's pages share: a readable column that pictures and wide tables never
// overflow; pictures shrink with the window.
extern const char* const kLabPageStyle;

// One table row of cells, each wrapped in <tag>.
std::string html_row(const std::vector<std::string>& cells, const char* tag = "td");

}  // namespace mlp
