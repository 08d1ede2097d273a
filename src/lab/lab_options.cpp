// lab_options.cpp — the lab's options, their ranges, and the checks between them.
#include "lab/lab_options.hpp"

#include <algorithm>

#include "cli/command_line.hpp"
#include "framework/activations.hpp"
#include "lab/model_file.hpp"

namespace mlp {
namespace {

const std::vector<OptionSpec>& option_specs() {
  static const std::vector<OptionSpec> specs = {
      {"layers", "N,N,...", "layer sizes from 784 inputs to 10 classes", "784,128,10"},
      {"activation", "NAME", "tanh, sigmoid, relu or softplus, between the Linear layers", "relu"},
      {"epochs", "N", "passes over the training images", "10; 15 for experiment"},
      {"batch-size", "N", "examples per SGD step", "32"},
      {"learning-rate", "X", "the step size η of θ ← θ − η·∂L/∂θ", "0.1"},
      {"momentum", "X", "momentum μ in [0, 1)", "0"},
      {"seed", "N", "seed of the weights and the shuffling", "1"},
      {"train-images", "N", "use only the first N training images (quick runs)", "60000"},
      {"validation", "N", "hold out the last N of those for validation", "5000"},
      {"threads", "N", "worker threads for the matrix products (0: one per core)", "0"},
      {"data", "DIR", "folder with the MNIST files", "data"},
      {"output", "DIR", "folder for the report, metrics, plots and model", "build/lab"},
      {"no-progress", "", "do not draw the progress bar", ""},
      {"model", "FILE", "predict: the trained model file", ""},
      {"image", "FILE", "predict: a 28x28 PGM image", ""},
      {"index", "N", "predict: an image of the test set by its index (0-9999)", ""},
      {"invert", "", "predict: the PGM has dark ink on a light background", ""},
      {"help", "", "show this help", ""},
  };
  return specs;
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
  if (arguments.empty() || arguments.front().compare(0, 2, "--") == 0) return LabMode::Train;
  const std::string word = arguments.front();
  arguments.erase(arguments.begin());
  if (word == "train") return LabMode::Train;
  if (word == "experiment") return LabMode::Experiment;
  if (word == "predict") return LabMode::Predict;
  throw UsageError("unknown command '" + word + "' (expected train, experiment or predict)");
}

void read_predict_options(const CommandLine& line, LabOptions& options) {
  options.model_file = line.text("model", options.output_folder + "/model.mlp");
  options.image_file = line.text("image", "");
  options.has_test_index = line.has("index");
  options.test_index = line.count("index", 0, 0, 9999);
  options.invert = line.has("invert");
  if (options.image_file.empty() == !options.has_test_index) {
    throw UsageError("predict needs exactly one of --image FILE.pgm or --index N");
  }
}

}  // namespace

LabOptions parse_lab_options(const std::vector<std::string>& given) {
  std::vector<std::string> arguments = given;
  LabOptions options;
  options.mode = parse_mode(arguments);
  const CommandLine line(arguments, option_specs());
  if (line.has("help")) {
    options.mode = LabMode::Help;
    return options;
  }
  options.layers = line.counts("layers", options.layers, 1, 100000);
  check_layers(options.layers);
  options.activation = line.choice("activation", options.activation, activation_names());
  const std::size_t default_epochs = options.mode == LabMode::Experiment ? 15 : options.epochs;
  options.epochs = line.count("epochs", default_epochs, 1, 10000);
  options.batch_size = line.count("batch-size", options.batch_size, 1, 60000);
  check_network_size(options.layers, options.batch_size);
  options.learning_rate = line.number("learning-rate", options.learning_rate, 1e-9, 100);
  options.momentum = line.number("momentum", options.momentum, 0, 0.999);
  options.seed = line.count("seed", options.seed, 0, UINT64_MAX >> 1);
  options.train_images = line.count("train-images", options.train_images, 2, 60000);
  options.validation = line.count("validation", options.validation, 1, 59999);
  options.threads = line.count("threads", options.threads, 0, 256);
  options.data_folder = line.text("data", options.data_folder);
  options.output_folder = line.text("output", options.output_folder);
  options.progress = !line.has("no-progress");
  if (options.validation >= options.train_images) {
    throw UsageError("--validation " + std::to_string(options.validation) +
                     " leaves no training images out of --train-images " +
                     std::to_string(options.train_images));
  }
  const bool predict_options = line.has("model") || line.has("image") || line.has("index");
  if (options.mode == LabMode::Predict) {
    read_predict_options(line, options);
  } else if (predict_options || line.has("invert")) {
    throw UsageError("--model, --image, --index and --invert belong to the predict command");
  }
  return options;
}

std::string lab_help() {
  return help_text(
      "mnist_lab [train|experiment|predict] [options]",
      "Trains multi-layer perceptrons on the MNIST digits and writes a report.\n"
      "  train       train one network, evaluate it on the 10,000 test images, write the report\n"
      "  experiment  compare 1, 2 and 3 layers with tanh, sigmoid and relu on the same budget\n"
      "  predict     classify a 28x28 PGM image or a test image with a saved model",
      option_specs());
}

}  // namespace mlp
