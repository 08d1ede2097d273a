// lab_outputs.hpp — what a lab run leaves behind: the terminal summary and the run's folder.
//
// The run's folder (lab/run_folder.hpp):
//   report.html          everything below on one self-contained page, with the run's settings
//   run.txt              settings and results, one "key: value" per line (lab/run_record.hpp)
//   metrics.csv          one row per epoch from epoch 0: losses, accuracies, and per layer
//                        max |w|, RMS |w| and ‖∂L/∂W‖
//   loss.svg, accuracy.svg   training and validation curves per epoch
//   weights.svg          max |w| and RMS |w| of each layer per epoch
//   gradients.svg        ‖∂L/∂W‖ of each layer per epoch, log scale
//   first-layer.svg      the first layer's weights as 28x28 tiles, at epoch 0 and the end
//   misclassified.svg    test digits the network got wrong, with index, labels and probability
//   model.mlp            the trained network (see src/lab/model_file.hpp), for `predict`
//   weights/*.npy        every layer's weights and bias for NumPy
#pragma once

#include <iosfwd>
#include <string>

#include "lab/lab_run.hpp"

namespace mlp {

// The test accuracy and the most frequent confusions in a few lines; with --show-mistakes also
// the confusion matrix and the three most confident mistakes drawn in text.
void print_test_results(const LabRun& run, const MnistSet& test, std::ostream& out);
// Writes every file above into run.options.output_folder (each written to a temporary file and
// renamed into place) and prints where the report is.
void write_lab_outputs(LabRun& run, const MnistSet& test, std::ostream& out);

}  // namespace mlp
