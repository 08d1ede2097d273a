// experiment.cpp — running the depth × activation comparison as ordinary runs.
#include "lab/experiment.hpp"

#include <chrono>
#include <cstdio>
#include <ostream>

#include "framework/activations.hpp"
#include "lab/compare.hpp"
#include "lab/lab_outputs.hpp"
#include "lab/progress.hpp"
#include "lab/run_folder.hpp"

namespace mlp {
namespace {

std::string layers_text(const std::vector<std::size_t>& layers) {
  std::string text;
  for (std::size_t size : layers)
    text += (text.empty() ? "" : "-") + std::to_string(size);
  return text;
}

// A rough cost of a run for the time estimate: its multiply-adds per image, plus a fixed part
// for reading the minibatches and evaluating.
double run_cost(const LabOptions& options) {
  double cost = 50000;
  for (std::size_t i = 0; i + 1 < options.layers.size(); ++i)
    cost += double(options.layers[i]) * double(options.layers[i + 1]);
  return cost * double(options.epochs);
}

std::string minutes(double seconds) {
  char text[32];
  std::snprintf(text, sizeof text, "%d:%02d", int(seconds) / 60, int(seconds) % 60);
  return text;
}

}  // namespace

std::vector<LabOptions> experiment_configurations(const LabOptions& base) {
  std::vector<LabOptions> configurations;
  LabOptions one_layer = base;
  one_layer.layers = {784, 10};
  configurations.push_back(one_layer);
  for (const std::vector<std::size_t>& layers :
       {std::vector<std::size_t>{784, 256, 10}, std::vector<std::size_t>{784, 256, 128, 10}}) {
    for (const ActivationKind& kind : activation_registry()) {
      if (!kind.in_lab_experiment) continue;
      LabOptions options = base;
      options.layers = layers;
      options.activation = kind.name;
      configurations.push_back(options);
    }
  }
  for (std::size_t k = 0; k < configurations.size(); ++k) {
    LabOptions& options = configurations[k];
    options.output_folder = base.output_folder + "/" + std::to_string(k + 1) + "_" +
                            layers_text(options.layers) +
                            (options.layers.size() > 2 ? "_" + options.activation : "");
  }
  return configurations;
}

bool run_experiment(const LabOptions& base, const MnistSet& training, const MnistSet& test,
                    std::ostream& log) {
  const std::vector<LabOptions> configurations = experiment_configurations(base);
  double total_cost = 0, done_cost = 0;
  for (const LabOptions& options : configurations)
    total_cost += run_cost(options);
  const auto start = std::chrono::steady_clock::now();
  std::vector<RunRecord> records;
  bool complete = true;
  for (std::size_t k = 0; k < configurations.size(); ++k) {
    const LabOptions& options = configurations[k];
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    log << "\n== run " << k + 1 << " of " << configurations.size() << ": "
        << layers_text(options.layers)
        << (options.layers.size() > 2 ? " " + options.activation : "");
    if (done_cost > 0)
      log << "  (about " << minutes(elapsed / done_cost * (total_cost - done_cost)) << " left)";
    log << std::endl;
    prepare_output_folder(options.output_folder);
    LabRun run = run_lab(options, training, test, log);
    print_test_results(run, test, log);
    write_lab_outputs(run, test, log);
    records.push_back(read_run(options.output_folder));
    done_cost += run_cost(options);
    if (!run.stopped_early.empty()) {
      log << "run " << k + 1 << " stopped early: " << run.stopped_early << "\n";
      complete = false;
    }
    if (interrupted()) break;
  }
  write_comparison(records, base.output_folder, "MNIST lab experiment: depth × activation", log);
  return complete && records.size() == configurations.size();
}

}  // namespace mlp
