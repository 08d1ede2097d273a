// experiment.cpp — running the depth × activation comparison and writing its table and plot.
#include "lab/experiment.hpp"

#include <cstdio>
#include <filesystem>
#include <ostream>

#include "lab/progress.hpp"
#include "report/atomic_file.hpp"
#include "report/plots.hpp"

namespace mlp {
namespace {

std::string layers_text(const std::vector<std::size_t>& layers) {
  std::string text;
  for (std::size_t size : layers)
    text += (text.empty() ? "" : "-") + std::to_string(size);
  return text;
}

std::string row_name(const ExperimentRow& row) {
  return std::to_string(row.layers.size() - 1) + " layer" + (row.layers.size() > 2 ? "s " : " ") +
         layers_text(row.layers) + (row.activation == "-" ? "" : " " + row.activation);
}

ExperimentRow summarize(const LabRun& run) {
  ExperimentRow row;
  row.layers = run.options.layers;
  row.activation = run.options.layers.size() == 2 ? "-" : run.options.activation;
  row.test_accuracy = run.test.accuracy;
  row.stopped_early = run.stopped_early;
  double seconds = 0;
  for (const EpochMetrics& m : run.history) {
    seconds += m.seconds;
    row.validation_accuracy.push_back(100 * m.validation_accuracy);
  }
  if (!run.history.empty()) {
    row.seconds_per_epoch = seconds / double(run.history.size());
    row.final_train_loss = run.history.back().train_loss;
  }
  return row;
}

std::string markdown_table(const std::vector<ExperimentRow>& rows, const LabOptions& base) {
  char line[256];
  std::snprintf(line, sizeof line,
                "Budget for every run: %zu epochs, batch %zu, learning rate %g, seed %llu, "
                "%zu training images.\n\n",
                base.epochs, base.batch_size, base.learning_rate,
                static_cast<unsigned long long>(base.seed), base.train_images - base.validation);
  std::string table = line;
  table +=
      "| layers | sizes | activation | test accuracy | seconds per epoch | final train loss |\n";
  table += "| --- | --- | --- | ---: | ---: | ---: |\n";
  for (const ExperimentRow& row : rows) {
    std::snprintf(line, sizeof line, "| %zu | %s | %s | %.2f%% | %.2f | %.4f |%s\n",
                  row.layers.size() - 1, layers_text(row.layers).c_str(), row.activation.c_str(),
                  100 * row.test_accuracy, row.seconds_per_epoch, row.final_train_loss,
                  row.stopped_early.empty() ? "" : (" " + row.stopped_early).c_str());
    table += line;
  }
  return table;
}

std::string csv_table(const std::vector<ExperimentRow>& rows) {
  std::string csv = "layers,sizes,activation,test_accuracy,seconds_per_epoch,final_train_loss\n";
  char line[160];
  for (const ExperimentRow& row : rows) {
    std::snprintf(line, sizeof line, "%zu,%s,%s,%.6f,%.4f,%.6f\n", row.layers.size() - 1,
                  layers_text(row.layers).c_str(), row.activation.c_str(), row.test_accuracy,
                  row.seconds_per_epoch, row.final_train_loss);
    csv += line;
  }
  return csv;
}

std::string comparison_plot(const std::vector<ExperimentRow>& rows) {
  LinePlot plot("Validation accuracy: depth × activation", "epoch", "validation accuracy (%)");
  for (const ExperimentRow& row : rows)
    plot.add_series(row_name(row), row.validation_accuracy);
  return plot.render(760, 440).str();
}

}  // namespace

std::vector<LabOptions> experiment_configurations(const LabOptions& base) {
  std::vector<LabOptions> configurations;
  LabOptions one_layer = base;
  one_layer.layers = {784, 10};
  configurations.push_back(one_layer);
  for (const std::vector<std::size_t>& layers :
       {std::vector<std::size_t>{784, 256, 10}, std::vector<std::size_t>{784, 256, 128, 10}}) {
    for (const char* activation : {"tanh", "sigmoid", "relu"}) {
      LabOptions options = base;
      options.layers = layers;
      options.activation = activation;
      configurations.push_back(options);
    }
  }
  return configurations;
}

bool run_experiment(const LabOptions& base, const MnistSet& training, const MnistSet& test,
                    std::ostream& log) {
  std::vector<ExperimentRow> rows;
  for (const LabOptions& options : experiment_configurations(base)) {
    log << "\n== " << layers_text(options.layers)
        << (options.layers.size() > 2 ? " " + options.activation : "") << "\n";
    const LabRun run = run_lab(options, training, test, log);
    rows.push_back(summarize(run));
    log << "test accuracy " << 100 * run.test.accuracy << "%\n";
    if (interrupted()) break;
  }
  const std::string table = markdown_table(rows, base);
  log << "\n" << table;

  std::filesystem::create_directories(base.output_folder);
  const std::string folder = base.output_folder + "/";
  write_file_atomically(folder + "experiment.md", table);
  write_file_atomically(folder + "experiment.csv", csv_table(rows));
  write_file_atomically(folder + "experiment.svg", comparison_plot(rows));
  log << "\nwrote " << folder << "experiment.md, " << folder << "experiment.csv and " << folder
      << "experiment.svg\n";
  for (const ExperimentRow& row : rows) {
    if (!row.stopped_early.empty()) return false;
  }
  return rows.size() == experiment_configurations(base).size();
}

}  // namespace mlp
