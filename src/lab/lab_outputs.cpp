// lab_outputs.cpp — the terminal summary after training, the CSV of metrics, and writing the
// output folder.
#include "lab/lab_outputs.hpp"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <ostream>

#include "lab/html_report.hpp"
#include "lab/lab_plots.hpp"
#include "lab/model_file.hpp"
#include "lab/npy_export.hpp"
#include "report/atomic_file.hpp"

namespace mlp {
namespace {

constexpr std::size_t kDigitsDrawn = 3;

std::string percent(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f%%", 100 * fraction);
  return text;
}

}  // namespace

void print_test_results(const LabRun& run, const MnistSet& test, std::ostream& out) {
  if (!std::isfinite(run.test.loss)) {
    out << "\nno test results: the network's outputs are no longer finite numbers\n";
    return;
  }
  const MnistDataset test_set(test, 0, test.count);
  out << "\ntest accuracy: " << percent(run.test.accuracy) << " on " << test.count
      << " images (mean loss " << run.test.loss << ")\n\nconfusion matrix:\n"
      << confusion_table(run.test);
  const std::size_t shown = std::min(kDigitsDrawn, run.test.mistakes.size());
  if (shown > 0) out << "\nthe " << shown << " most confident mistakes:\n";
  for (std::size_t i = 0; i < shown; ++i) {
    const Mistake& m = run.test.mistakes[i];
    out << "test image " << m.index << ": true " << m.true_label << ", predicted " << m.predicted
        << " with probability " << percent(m.confidence) << "\n"
        << draw_digit(test_set.image(m.index));
  }
}

std::string metrics_csv(const LabRun& run) {
  std::string csv =
      "epoch,train_loss,train_accuracy,validation_loss,validation_accuracy,seconds,"
      "images_per_second";
  const std::size_t layers = run.initial_max_abs_weights.size();
  for (std::size_t l = 0; l < layers; ++l)
    csv += ",max_abs_w" + std::to_string(l + 1);
  csv += "\n";
  // %.9g keeps every value on its row however large a diverging run makes it.
  const auto field = [&csv](double value) {
    char text[32];
    std::snprintf(text, sizeof text, ",%.9g", value);
    csv += text;
  };
  for (const EpochMetrics& m : run.history) {
    csv += std::to_string(m.epoch);
    for (double value : {m.train_loss, m.train_accuracy, m.validation_loss, m.validation_accuracy,
                         m.seconds, m.images_per_second}) {
      field(value);
    }
    for (double w : m.max_abs_weights)
      field(w);
    csv += "\n";
  }
  return csv;
}

void write_lab_outputs(LabRun& run, const MnistSet& test, std::ostream& out) {
  const std::string folder = run.options.output_folder;
  std::filesystem::create_directories(folder);
  const auto path = [&](const std::string& name) { return folder + "/" + name; };

  write_file_atomically(path("metrics.csv"), metrics_csv(run));
  const LabPlots plots = make_lab_plots(run, test);
  write_file_atomically(path("loss.svg"), plots.loss);
  write_file_atomically(path("accuracy.svg"), plots.accuracy);
  write_file_atomically(path("weights.svg"), plots.weights);
  write_file_atomically(path("misclassified.svg"), plots.misclassified);
  write_file_atomically(path("report.html"), html_report(run, plots));
  out << "\nwrote " << path("report.html") << "\n  with " << path("metrics.csv") << ", "
      << path("loss.svg") << ", " << path("accuracy.svg") << ", " << path("weights.svg") << ", "
      << path("misclassified.svg") << "\n";
  if (!all_weights_finite(run.network)) {
    std::filesystem::remove(path("model.mlp"));  // an older model here would not be this run's
    out << "the model is not saved: its weights are no longer finite numbers\n";
    return;
  }
  save_model(path("model.mlp"), run.options.layers, run.options.activation, run.network);
  std::filesystem::create_directories(path("weights"));
  export_npy(path("weights"), run.network);
  out << "  the model " << path("model.mlp") << " and its weights as NumPy files in "
      << path("weights/") << "\n";
}

}  // namespace mlp
