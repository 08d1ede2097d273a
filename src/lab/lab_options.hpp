// lab_options.hpp — everything a run of the MNIST lab can be told on its command line.
//
//   mnist_lab [train] [options]      train a perceptron and write the report (the default)
//   mnist_lab experiment [options]   1, 2 and 3 layers × tanh, sigmoid, relu on the same budget
//   mnist_lab predict (--image FILE.pgm | --index N) [--model FILE]
//   mnist_lab compare RUN RUN...     overlay the curves of earlier runs on one page
//
// Every option belongs to the commands that use it; giving it to another command is refused
// with the names of the commands it belongs to, so nothing is ever silently ignored.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mlp {

struct OptionSpec;

enum class LabMode { Train, Experiment, Predict, Compare, Help, Version };

// How the learning rate changes from epoch to epoch.
struct LearningRateSchedule {
  enum class Kind { Constant, Step, Cosine };
  Kind kind = Kind::Constant;
  std::size_t step_epochs = 0;  // Step: every this many epochs …
  double step_factor = 1;       // … the learning rate is multiplied by this factor
  // The learning rate of `epoch` (1, 2, …) of `epochs`, starting from `initial`:
  //   Step:    η·F^⌊(epoch − 1) / E⌋
  //   Cosine:  η·½·(1 + cos(π·(epoch − 1) / epochs)), from η down towards 0
  double rate(double initial, std::size_t epoch, std::size_t epochs) const;
  std::string text() const;  // "constant", "step:5:0.1", "cosine"
};

struct LabOptions {
  LabMode mode = LabMode::Train;
  std::string command_line;  // the program's arguments as typed, for the report
  std::vector<std::size_t> layers = {784, 128, 10};
  std::string activation = "relu";
  std::size_t epochs = 10;
  std::size_t batch_size = 32;
  double learning_rate = 0.1;
  double momentum = 0.0;
  double weight_decay = 0.0;  // L2 penalty λ/2·Σθ², weights and biases, added to the loss
  LearningRateSchedule schedule;
  bool keep_best = false;  // save and test the epoch with the best validation accuracy
  std::uint64_t seed = 1;
  std::size_t train_images = 60000;  // the first N images of the training file
  std::size_t validation = 5000;     // of which the last V are held out for validation
  std::size_t threads = 0;           // 0: one per core
  std::string data_folder = "data";
  bool data_given = false;
  // Empty until the run's own folder is chosen (lab/run_folder.hpp): --output, or
  // build/lab/runs/<--name or date and settings>.
  std::string output_folder;
  std::string name;
  bool progress = true;        // the progress bar, shown only when writing to a terminal
  bool show_mistakes = false;  // print the confusion matrix and three mistakes as text
  // predict mode
  std::string model_file;  // empty: the latest run's model
  std::string image_file;
  std::size_t test_index = 0;
  bool has_test_index = false;
  bool invert = false;
  // compare mode: the run folders to compare
  std::vector<std::string> runs;
  std::string help_command;  // Help mode: the command whose help to show
};

// Parses the arguments after the program name. Throws UsageError with a one-line message for an
// unknown option, a malformed or out-of-range value, an option of another command, or an
// impossible combination.
LabOptions parse_lab_options(const std::vector<std::string>& arguments);
// The options a command ("train", "experiment", "predict", "compare") takes, for its help.
std::vector<OptionSpec> lab_option_specs(const std::string& command);
// The help of one command ("train", "experiment", "predict", "compare"), or of the whole program
// for "".
std::string lab_help(const std::string& command = "");
std::string lab_version();

}  // namespace mlp
