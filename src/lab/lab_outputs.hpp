// lab_outputs.hpp — what a lab run leaves behind: the terminal summary and the output folder.
//
// Output folder (--output, default build/lab/):
//   metrics.csv          one row per epoch: losses, accuracies, max |w| per layer, timing
//   loss.svg             training and validation loss per epoch
//   accuracy.svg         training and validation accuracy per epoch (a widening gap = overfitting)
//   weights.svg          max |w| of each layer per epoch
//   misclassified.svg    test digits the network got wrong, with true and predicted labels
//   model.mlp            the trained network (see src/lab/model_file.hpp), for `predict`
//   weights/*.npy        every layer's weights and bias for NumPy
//   report.html          all of the above on one self-contained page, with the run's settings
#pragma once

#include <iosfwd>
#include <string>

#include "lab/lab_run.hpp"

namespace mlp {

// Test accuracy, the confusion matrix and a few misclassified digits drawn in text.
void print_test_results(const LabRun& run, const MnistSet& test, std::ostream& out);

// Writes every file above into run.options.output_folder (each written to a temporary file and
// renamed into place) and prints their paths.
void write_lab_outputs(LabRun& run, const MnistSet& test, std::ostream& out);

// The per-epoch metrics as CSV text (a header line, then one line per epoch).
std::string metrics_csv(const LabRun& run);

}  // namespace mlp
