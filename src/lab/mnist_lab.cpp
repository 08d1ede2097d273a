// mnist_lab.cpp — the lab driver: classify MNIST digits with 1-, 2- and 3-layer perceptrons.
//
// This is where the lesson ends up: the framework of src/framework trains on real handwritten
// digits. `make lab` runs the default configuration; `--help` lists every option. See
// lessons/mnist-lab.md for the questions this lab asks and how to answer them.
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "cli/command_line.hpp"
#include "data/mnist.hpp"
#include "framework/kernels.hpp"
#include "lab/experiment.hpp"
#include "lab/lab_outputs.hpp"
#include "lab/lab_run.hpp"
#include "lab/predict.hpp"
#include "lab/progress.hpp"

namespace {

int train(const mlp::LabOptions& options) {
  std::cout << "loading MNIST from " << options.data_folder << "/ ..." << std::endl;
  const mlp::MnistSet training = mlp::load_mnist(options.data_folder, "train");
  const mlp::MnistSet test = mlp::load_mnist(options.data_folder, "t10k");
  mlp::LabRun run = mlp::run_lab(options, training, test, std::cout);
  mlp::print_test_results(run, test, std::cout);
  mlp::write_lab_outputs(run, test, std::cout);
  if (!run.stopped_early.empty()) {
    std::cerr << "mnist_lab: " << run.stopped_early << std::endl;
    return mlp::interrupted() ? 130 : 1;
  }
  return 0;
}

int experiment(const mlp::LabOptions& options) {
  const mlp::MnistSet training = mlp::load_mnist(options.data_folder, "train");
  const mlp::MnistSet test = mlp::load_mnist(options.data_folder, "t10k");
  const bool complete = mlp::run_experiment(options, training, test, std::cout);
  return complete ? 0 : (mlp::interrupted() ? 130 : 1);
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
        std::cout << mlp::lab_help();
        return 0;
      case mlp::LabMode::Train:
        return train(options);
      case mlp::LabMode::Experiment:
        return experiment(options);
      case mlp::LabMode::Predict:
        return mlp::predict(options, std::cout);
    }
  } catch (const mlp::UsageError& error) {
    std::cerr << "mnist_lab: " << error.what() << " (see mnist_lab --help)" << std::endl;
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "mnist_lab: " << error.what() << std::endl;
    return 1;
  }
  return 0;
}
