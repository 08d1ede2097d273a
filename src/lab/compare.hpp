// compare.hpp — several runs side by side: `mnist_lab compare RUN...` and the experiment's
// comparison page.
//
// The page overlays, for every run read back from its folder (lab/run_record.hpp): training and
// validation loss and accuracy per epoch, max |w| and ‖∂L/∂W‖ of each layer per epoch, and a
// table with the settings in which the runs differ (highlighted), the test accuracy, the best
// validation epoch, the gap between training and validation accuracy, and the time per epoch.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "lab/lab_options.hpp"
#include "lab/run_record.hpp"

namespace mlp {

// A short name for each run in legends: its folder's name without the date and time.
std::vector<std::string> run_labels(const std::vector<RunRecord>& runs);
// The overlaid pictures, as SVG text.
struct ComparisonPlots {
  std::string validation_accuracy, training_accuracy, validation_loss, training_loss;
  std::string max_weights;  // one panel per layer
  std::string gradients;    // log10 ‖∂L/∂W‖, one panel per layer
};
ComparisonPlots comparison_plots(const std::vector<RunRecord>& runs);
// The self-contained HTML page.
std::string comparison_page(const std::vector<RunRecord>& runs, const std::string& title,
                            const ComparisonPlots& plots);
// Writes comparison.html, comparison.md and the pictures as SVG files (validation-accuracy.svg,
// training-accuracy.svg, validation-loss.svg, training-loss.svg, max-weights.svg, gradients.svg)
// into `folder`, prints the terminal table and where the page is.
void write_comparison(const std::vector<RunRecord>& runs, const std::string& folder,
                      const std::string& title, std::ostream& out);
// The compare command: reads options.runs, writes into options.output_folder.
int compare_runs(const LabOptions& options, std::ostream& out);

}  // namespace mlp
