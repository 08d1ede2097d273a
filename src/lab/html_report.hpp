// html_report.hpp — one self-contained HTML page with everything a lab run produced.
#pragma once

#include <string>

#include "lab/lab_plots.hpp"
#include "lab/lab_run.hpp"

namespace mlp {

// The page: the run's settings, the per-epoch table, the plots (inline SVG, so the page needs no
// other file), the test accuracy, the confusion matrix and the misclassified digits.
std::string html_report(const LabRun& run, const LabPlots& plots);

}  // namespace mlp
