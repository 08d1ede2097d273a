// fuzz_lab_options.cpp — fuzz target for the MNIST lab's command line (lab/lab_options.hpp).
//
// The input is a command line with one argument per line: a newline or a zero byte ends an
// argument, so the seed files are plain text such as "train\n--epochs\n3\n". (A final separator
// only ends the last argument; two in a row give an empty argument.) Any arguments must either
// be accepted or refused with a one-line mlp::UsageError, and accepted options must be usable.
#include "cli/command_line.hpp"
#include "fuzz_checks.hpp"
#include "lab/lab_options.hpp"

namespace {

std::vector<std::string> split_arguments(const std::uint8_t* data, std::size_t size) {
  std::vector<std::string> arguments;
  std::string current;
  for (std::size_t i = 0; i < size; ++i) {
    if (data[i] == '\n' || data[i] == '\0') {
      arguments.push_back(current);
      current.clear();
    } else {
      current += static_cast<char>(data[i]);
    }
  }
  if (!current.empty()) arguments.push_back(current);
  return arguments;
}

void require_usable(const mlp::LabOptions& options) {
  if (options.mode == mlp::LabMode::Help) return;
  fuzz::require(
      options.layers.size() >= 2 && options.layers.front() == 784 && options.layers.back() == 10,
      "layers from 784 inputs to 10 classes");
  fuzz::require(options.epochs >= 1 && options.batch_size >= 1, "at least one epoch and example");
  std::uint64_t parameters = 0;
  for (std::size_t i = 0; i + 1 < options.layers.size(); ++i)
    parameters += std::uint64_t{options.layers[i]} * options.layers[i + 1];
  fuzz::require(parameters <= 50000000, "a network that fits in memory");
  fuzz::require(options.learning_rate > 0, "a positive learning rate");
  fuzz::require(options.validation >= 1 && options.validation < options.train_images,
                "some validation images and some training images");
  if (options.mode == mlp::LabMode::Predict) {
    fuzz::require(options.image_file.empty() == options.has_test_index,
                  "predict has exactly one of --image and --index");
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    require_usable(mlp::parse_lab_options(split_arguments(data, size)));
  } catch (const mlp::UsageError& error) {
    fuzz::require_clear_message(error, "");
  }
  return 0;
}
