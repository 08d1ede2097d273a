// lab_options.hpp — everything a run of the MNIST lab can be told on its command line.
//
//   mnist_lab [train] [options]      train a perceptron and write the report (the default)
//   mnist_lab experiment [options]   1, 2 and 3 layers × tanh, sigmoid, relu on the same budget
//   mnist_lab predict --model FILE (--image FILE.pgm | --index N)
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mlp {

enum class LabMode { Train, Experiment, Predict, Help };

struct LabOptions {
  LabMode mode = LabMode::Train;
  std::vector<std::size_t> layers = {784, 128, 10};
  std::string activation = "relu";
  std::size_t epochs = 10;
  std::size_t batch_size = 32;
  double learning_rate = 0.1;
  double momentum = 0.0;
  std::uint64_t seed = 1;
  std::size_t train_images = 60000;  // the first N images of the training file
  std::size_t validation = 5000;     // of which the last V are held out for validation
  std::size_t threads = 0;           // 0: one per core
  std::string data_folder = "data";
  std::string output_folder = "build/lab";
  bool progress = true;  // the progress bar, shown only when writing to a terminal
  // predict mode
  std::string model_file;
  std::string image_file;
  std::size_t test_index = 0;
  bool has_test_index = false;
  bool invert = false;
};

// Parses the arguments after the program name. Throws UsageError with a one-line message for an
// unknown option, a malformed or out-of-range value, or an impossible combination.
LabOptions parse_lab_options(const std::vector<std::string>& arguments);

std::string lab_help();

}  // namespace mlp
