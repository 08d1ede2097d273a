// predict.hpp — classifying one digit with a saved model: a 28x28 PGM image or a test image.
#pragma once

#include <iosfwd>

#include "lab/lab_options.hpp"

namespace mlp {

// Loads options.model_file, classifies options.image_file (or test image options.test_index),
// and prints the digit, the probability of every class and the answer. Returns the exit code.
int predict(const LabOptions& options, std::ostream& out);

}  // namespace mlp
