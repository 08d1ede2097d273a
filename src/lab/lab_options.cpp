// lab_options.cpp — the lab's options, which commands use them, their ranges, and the checks
// between them.
#include "lab/lab_options.hpp"

#include <algorithm>

#include "cli/command_line.hpp"
#include "framework/activations.hpp"
#include "lab/model_file.hpp"

namespace mlp {
namespace {

// The commands, as bits, so an option can belong to several.
constexpr unsigned kTrain = 1, kExperiment = 2, kPredict = 4, kCompare = 8;
constexpr unsigned kTraining = kTrain | kExperiment, kAll = 15;

struct LabOption {
  OptionSpec spec;
  unsigned commands;
};

const std::vector<LabOption>& lab_option_table() {
  static const std::vector<LabOption> options = {
      {{"layers", "N,N,...", "layer sizes from 784 inputs to 10 classes", "784,128,10"}, kTrain},
      {{"activation", "NAME", "tanh, sigmoid, relu or softplus, between the Linear layers", "relu"},
       kTrain},
      {{"epochs", "N", "passes over the training images", "10; 15 for experiment"}, kTraining},
      {{"batch-size", "N", "examples per SGD step", "32"}, kTraining},
      {{"learning-rate", "X", "the step size η of θ ← θ − η·∂L/∂θ", "0.1"}, kTraining},
      {{"momentum", "X", "momentum μ in [0, 1)", "0"}, kTraining},
      {{"weight-decay", "X", "L2 weight decay λ: adds λ/2·Σθ² to the loss", "0"}, kTraining},
      {{"lr-schedule", "S", "constant, cosine, or step:E:F (η × F every E epochs)", ""}, kTraining},
      {{"keep-best", "", "save and test the epoch with the best validation accuracy", ""},
       kTraining},
      {{"seed", "N", "seed of the weights and the shuffling", "1"}, kTraining},
      {{"train-images", "N", "use only the first N training images", "60000"}, kTraining},
      {{"validation", "N", "hold out the last N of those for validation", "5000"}, kTraining},
      {{"threads", "N", "threads for the matrix products, 0: one per core", "0"}, kTraining},
      {{"data", "DIR", "folder with the MNIST files", "data"}, kTraining | kPredict},
      {{"name", "NAME", "the folder's name in build/lab/runs/ (compare: comparisons/)", ""},
       kTraining | kCompare},
      {{"output", "DIR", "write into this folder instead", ""}, kTraining | kCompare},
      {{"no-progress", "", "do not draw the progress line", ""}, kTraining},
      {{"show-mistakes", "", "also print the confusion matrix and three mistakes as text", ""},
       kTrain},
      {{"model", "FILE", "the trained model file", "the latest run's model.mlp"}, kPredict},
      {{"image", "FILE", "a 28x28 PGM image", ""}, kPredict},
      {{"index", "N", "an image of the test set by its index (0-9999)", ""}, kPredict},
      {{"invert", "", "the PGM has dark ink on a light background", ""}, kPredict},
      {{"help", "", "show this help (also -h)", ""}, kAll},
      {{"version", "", "show the program's version", ""}, kAll},
  };
  return options;
}

std::vector<OptionSpec> specs_for(unsigned commands) {
  std::vector<OptionSpec> specs;
  for (const LabOption& option : lab_option_table()) {
    if (option.commands & commands) specs.push_back(option.spec);
  }
  return specs;
}

const char* const kCommandNames[] = {"train", "experiment", "predict", "compare"};

unsigned command_bit(LabMode mode) {
  switch (mode) {
    case LabMode::Experiment:
      return kExperiment;
    case LabMode::Predict:
      return kPredict;
    case LabMode::Compare:
      return kCompare;
    default:
      return kTrain;
  }
}

std::string command_name(unsigned bit) {
  for (unsigned i = 0; i < 4; ++i) {
    if (bit == (1u << i)) return kCommandNames[i];
  }
  return "";
}

// "train and experiment", "predict", "train, experiment and compare".
std::string command_list(unsigned commands) {
  std::vector<std::string> names;
  for (unsigned i = 0; i < 4; ++i) {
    if (commands & (1u << i)) names.push_back(kCommandNames[i]);
  }
  std::string text;
  for (std::size_t i = 0; i < names.size(); ++i)
    text += (i == 0 ? "" : (i + 1 == names.size() ? " and " : ", ")) + names[i];
  return text;
}

// Every option given must belong to the command.
void require_options_of(const CommandLine& line, unsigned command) {
  for (const std::string& name : line.given()) {
    for (const LabOption& option : lab_option_table()) {
      if (option.spec.name == name && !(option.commands & command)) {
        throw UsageError("--" + name + " is an option of " + command_list(option.commands) +
                         ", not of " + command_name(command));
      }
    }
  }
}

void check_layers(const std::vector<std::size_t>& layers) {
  if (layers.size() < 2 || layers.front() != 784 || layers.back() != 10) {
    std::string given;
    for (std::size_t size : layers)
      given += (given.empty() ? "" : ",") + std::to_string(size);
    throw UsageError("--layers " + given +
                     ": MNIST needs 784 inputs (28x28 pixels) first and 10 classes last, e.g. "
                     "784,128,10");
  }
  if (layers.size() > kMaxLinearLayers + 1) {
    throw UsageError("--layers: at most " + std::to_string(kMaxLinearLayers) +
                     " Linear layers are supported (as many as a model file holds)");
  }
}

// Each size is checked on its own, but together they can ask for more memory than any computer
// has: --layers 784,100000,100000,10 means 10 billion weights (40 GB of floats, and as much
// again for the gradients), and --batch-size 60000 with a layer of 100000 neurons means 6 billion
// numbers in one matrix of activations. Both are refused before anything is allocated; the
// limits are far above every network the lab needs (784,128,10 has 101,770 parameters).
constexpr std::uint64_t kMaxParameters = 50000000;
constexpr std::uint64_t kMaxBatchActivations = 50000000;

void check_network_size(const std::vector<std::size_t>& layers, std::size_t batch_size) {
  std::uint64_t parameters = 0;  // at most 16 x (100000 x 100000 + 100000): no overflow
  for (std::size_t i = 0; i + 1 < layers.size(); ++i)
    parameters += std::uint64_t{layers[i]} * layers[i + 1] + layers[i + 1];
  if (parameters > kMaxParameters) {
    throw UsageError("--layers: a network of " + std::to_string(parameters) +
                     " weights and biases is too large (at most " + std::to_string(kMaxParameters) +
                     ")");
  }
  const std::uint64_t widest = *std::max_element(layers.begin(), layers.end());
  if (widest * batch_size > kMaxBatchActivations) {
    throw UsageError(
        "--batch-size " + std::to_string(batch_size) + " with a layer of " +
        std::to_string(widest) + " neurons needs " + std::to_string(widest * batch_size) +
        " activations per layer, too many (at most " + std::to_string(kMaxBatchActivations) + ")");
  }
}

LabMode parse_mode(std::vector<std::string>& arguments) {
  if (arguments.empty() || arguments.front().compare(0, 1, "-") == 0) return LabMode::Train;
  const std::string word = arguments.front();
  arguments.erase(arguments.begin());
  if (word == "train") return LabMode::Train;
  if (word == "experiment") return LabMode::Experiment;
  if (word == "predict") return LabMode::Predict;
  if (word == "compare") return LabMode::Compare;
  throw UsageError("unknown command '" + word +
                   "' (expected train, experiment, predict or compare)");
}

// compare takes run folders as plain words among its options; they are taken out here, so that
// the rest is parsed like any other command line.
std::vector<std::string> take_run_folders(std::vector<std::string>& arguments) {
  const std::vector<OptionSpec> specs = specs_for(kAll);
  std::vector<std::string> options, runs;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& word = arguments[i];
    if (word.compare(0, 1, "-") != 0) {
      runs.push_back(word);
      continue;
    }
    options.push_back(word);
    const std::string name = word.substr(2);
    const bool takes_value = std::any_of(specs.begin(), specs.end(), [&](const OptionSpec& s) {
      return s.name == name && !s.value_name.empty();
    });
    if (takes_value && i + 1 < arguments.size()) options.push_back(arguments[++i]);
  }
  arguments = options;
  return runs;
}

LearningRateSchedule parse_schedule(const std::string& text) {
  LearningRateSchedule schedule;
  if (text == "constant") return schedule;
  if (text == "cosine") {
    schedule.kind = LearningRateSchedule::Kind::Cosine;
    return schedule;
  }
  const std::size_t second = text.find(':', 5);
  if (text.compare(0, 5, "step:") != 0 || second == std::string::npos) {
    throw UsageError("--lr-schedule must be constant, cosine or step:E:F (e.g. step:5:0.1), not '" +
                     text + "'");
  }
  schedule.kind = LearningRateSchedule::Kind::Step;
  schedule.step_epochs = parse_count(text.substr(5, second - 5), "--lr-schedule's E", 1, 10000);
  schedule.step_factor = parse_number(text.substr(second + 1), "--lr-schedule's F", 1e-6, 1);
  return schedule;
}

// A run's folder name is one plain name: no folder separators, nothing hidden.
void check_name(const std::string& name) {
  const bool plain = !name.empty() && name.size() <= 100 && name[0] != '.' &&
                     name.find_first_not_of(
                         "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                         "0123456789._-") == std::string::npos;
  if (!plain) {
    throw UsageError("--name '" + name +
                     "': use letters, digits, '.', '_' and '-' only (it names one folder)");
  }
}

void read_training_options(const CommandLine& line, LabOptions& options) {
  options.layers = line.counts("layers", options.layers, 1, 100000);
  check_layers(options.layers);
  options.activation = line.choice("activation", options.activation, activation_names());
  const std::size_t default_epochs = options.mode == LabMode::Experiment ? 15 : options.epochs;
  options.epochs = line.count("epochs", default_epochs, 1, 10000);
  options.batch_size = line.count("batch-size", options.batch_size, 1, 60000);
  check_network_size(options.layers, options.batch_size);
  options.learning_rate = line.number("learning-rate", options.learning_rate, 1e-9, 100);
  options.momentum = line.number("momentum", options.momentum, 0, 0.999);
  options.weight_decay = line.number("weight-decay", options.weight_decay, 0, 1);
  options.schedule = parse_schedule(line.text("lr-schedule", "constant"));
  options.keep_best = line.has("keep-best");
  options.seed = line.count("seed", options.seed, 0, UINT64_MAX >> 1);
  options.train_images = line.count("train-images", options.train_images, 2, 60000);
  options.validation = line.count("validation", options.validation, 1, 59999);
  options.threads = line.count("threads", options.threads, 0, 256);
  options.progress = !line.has("no-progress");
  options.show_mistakes = line.has("show-mistakes");
  if (options.validation >= options.train_images) {
    throw UsageError("--validation " + std::to_string(options.validation) +
                     " leaves no training images out of --train-images " +
                     std::to_string(options.train_images));
  }
}

void read_predict_options(const CommandLine& line, LabOptions& options) {
  options.model_file = line.text("model", "");
  options.image_file = line.text("image", "");
  options.has_test_index = line.has("index");
  options.test_index = line.count("index", 0, 0, 9999);
  options.invert = line.has("invert");
  if (options.image_file.empty() == !options.has_test_index) {
    throw UsageError("predict needs exactly one of --image FILE.pgm or --index N");
  }
  if (options.invert && options.has_test_index) {
    throw UsageError("--invert is for --image files; test images are already light on dark");
  }
}

std::string joined_command_line(const std::vector<std::string>& arguments) {
  std::string text = "mnist_lab";
  for (const std::string& argument : arguments) {
    const bool plain =
        !argument.empty() && argument.find_first_of(" \t'\"\\$") == std::string::npos;
    text += " " + (plain ? argument : "'" + argument + "'");
  }
  return text;
}

}  // namespace

LabOptions parse_lab_options(const std::vector<std::string>& given) {
  std::vector<std::string> arguments = given;
  LabOptions options;
  options.command_line = joined_command_line(given);
  options.mode = parse_mode(arguments);
  if (options.mode == LabMode::Compare) options.runs = take_run_folders(arguments);
  const CommandLine line(arguments, specs_for(kAll));
  const unsigned command = command_bit(options.mode);
  if (line.has("help") || line.has("version")) {
    options.help_command =
        given.empty() || given.front().compare(0, 1, "-") == 0 ? "" : command_name(command);
    options.mode = line.has("help") ? LabMode::Help : LabMode::Version;
    return options;
  }
  require_options_of(line, command);
  options.data_given = line.has("data");
  options.data_folder = line.text("data", options.data_folder);
  options.output_folder = line.text("output", "");
  options.name = line.text("name", "");
  if (line.has("name")) check_name(options.name);
  if (line.has("name") && line.has("output")) {
    throw UsageError("give --name (a folder in build/lab/runs/) or --output DIR, not both");
  }
  if (options.mode == LabMode::Train || options.mode == LabMode::Experiment) {
    read_training_options(line, options);
  } else if (options.mode == LabMode::Predict) {
    read_predict_options(line, options);
  } else if (options.runs.empty()) {
    throw UsageError("compare needs the folders of the runs to compare, e.g. build/lab/runs/*");
  }
  return options;
}

std::vector<OptionSpec> lab_option_specs(const std::string& command) {
  for (unsigned i = 0; i < 4; ++i) {
    if (command == kCommandNames[i]) return specs_for(1u << i);
  }
  return specs_for(kTrain);
}

}  // namespace mlp
