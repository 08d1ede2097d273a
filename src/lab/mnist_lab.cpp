// mnist_lab.cpp — the lab driver: classify MNIST digits with 1-, 2- and 3-layer perceptrons.
//
// This is where the lesson ends up: the framework of src/framework trains on real handwritten
// digits. `make lab` runs the default configuration; `--help` lists every option. See
// lessons/mnist-lab.md for the questions this lab asks and how to answer them.
//
// Every output folder is checked before the data is loaded, so a mistake in --output costs
// seconds, not a training run.
#include <exception>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "cli/command_line.hpp"
#include "data/mnist.hpp"
#include "framework/kernels.hpp"
#include "lab/compare.hpp"
#include "lab/experiment.hpp"
#include "lab/lab_outputs.hpp"
#include "lab/lab_run.hpp"
#include "lab/predict.hpp"
#include "lab/progress.hpp"
#include "lab/run_folder.hpp"

namespace {

// The MNIST files, with a hint when the folder is missing altogether: the program was most
// likely started from another folder than the repository's.
mlp::MnistSet load_data(const mlp::LabOptions& options, const std::string& part) {
  try {
    return mlp::load_mnist(options.data_folder, part);
  } catch (const std::runtime_error& error) {
    if (std::filesystem::is_directory(options.data_folder)) throw;
    throw std::runtime_error(std::string(error.what()) +
                             (options.data_given
                                  ? ""
                                  : "; run mnist_lab from the repository's root folder, or pass "
                                    "--data DIR"));
  }
}

int train(mlp::LabOptions options) {
  mlp::choose_output_folder(options);
  mlp::prepare_output_folder(options.output_folder);
  std::cout << "run folder: " << options.output_folder << "\nloading MNIST from "
            << options.data_folder << "/ ..." << std::endl;
  mlp::MnistSet training, test;
  try {
    training = load_data(options, "train");
    test = load_data(options, "t10k");
  } catch (const std::exception&) {
    mlp::remove_if_empty(options.output_folder);
    throw;
  }
  mlp::LabRun run = mlp::run_lab(options, training, test, std::cout);
  mlp::print_test_results(run, test, std::cout);
  mlp::write_lab_outputs(run, test, std::cout);
  mlp::record_latest_run(options.output_folder);
  if (!run.stopped_early.empty()) {
    std::cerr << "mnist_lab: " << run.stopped_early << std::endl;
    return mlp::interrupted() ? 130 : 1;
  }
  return 0;
}

int experiment(mlp::LabOptions options) {
  mlp::choose_output_folder(options);
  mlp::prepare_output_folder(options.output_folder);
  std::cout << "experiment folder: " << options.output_folder << std::endl;
  const mlp::MnistSet training = load_data(options, "train");
  const mlp::MnistSet test = load_data(options, "t10k");
  const bool complete = mlp::run_experiment(options, training, test, std::cout);
  return complete ? 0 : (mlp::interrupted() ? 130 : 1);
}

int predict(mlp::LabOptions options) {
  if (options.model_file.empty()) {
    const std::string latest = mlp::latest_run();
    if (latest.empty()) {
      throw std::runtime_error(
          "no trained model yet: train one first (make lab, or mnist_lab train), or pass --model "
          "FILE");
    }
    options.model_file = latest + "/model.mlp";
    std::cout << "model: " << options.model_file << " (the latest run)\n";
  }
  if (options.has_test_index) load_data(options, "t10k");  // the hint, if the data is not there
  return mlp::predict(options, std::cout);
}

int compare(mlp::LabOptions options) {
  mlp::choose_output_folder(options);
  mlp::prepare_output_folder(options.output_folder);
  return mlp::compare_runs(options, std::cout);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const mlp::LabOptions options =
        mlp::parse_lab_options(std::vector<std::string>(argv + 1, argv + argc));
    mlp::set_thread_count(options.threads);
    mlp::catch_interrupts();
    switch (options.mode) {
      case mlp::LabMode::Help:
        std::cout << mlp::lab_help(options.help_command);
        return 0;
      case mlp::LabMode::Version:
        std::cout << mlp::lab_version();
        return 0;
      case mlp::LabMode::Train:
        return train(options);
      case mlp::LabMode::Experiment:
        return experiment(options);
      case mlp::LabMode::Predict:
        return predict(options);
      case mlp::LabMode::Compare:
        return compare(options);
    }
  } catch (const mlp::UsageError& error) {
    const std::string first = argc > 1 ? argv[1] : "";
    const bool command =
        first == "train" || first == "experiment" || first == "predict" || first == "compare";
    std::cerr << "mnist_lab: " << error.what() << " (see mnist_lab " << (command ? first + " " : "")
              << "--help)" << std::endl;
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "mnist_lab: " << error.what() << std::endl;
    return 1;
  }
  return 0;
}
