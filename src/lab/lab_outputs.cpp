// lab_outputs.cpp — the terminal summary after training and writing the run's folder.
#include "lab/lab_outputs.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <ostream>

#include "lab/html_report.hpp"
#include "lab/lab_plots.hpp"
#include "lab/model_file.hpp"
#include "lab/npy_export.hpp"
#include "lab/run_record.hpp"
#include "lab/weight_statistics.hpp"
#include "report/atomic_file.hpp"

namespace mlp {
namespace {

constexpr std::size_t kDigitsDrawn = 3;
constexpr std::size_t kConfusionsNamed = 3;

std::string percent(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%.2f%%", 100 * fraction);
  return text;
}

// "7 taken for 2 (15 times), 5 for 3 (11), 4 for 9 (11)".
std::string frequent_confusions(const Evaluation& test) {
  struct Pair {
    std::size_t count, truth, predicted;
  };
  std::vector<Pair> pairs;
  for (std::size_t t = 0; t < kMnistClasses; ++t) {
    for (std::size_t p = 0; p < kMnistClasses; ++p) {
      if (t != p && test.confusion[t][p] > 0) pairs.push_back({test.confusion[t][p], t, p});
    }
  }
  std::stable_sort(pairs.begin(), pairs.end(),
                   [](const Pair& a, const Pair& b) { return a.count > b.count; });
  std::string text;
  for (std::size_t i = 0; i < pairs.size() && i < kConfusionsNamed; ++i) {
    text += (i == 0 ? "" : ", ") + std::to_string(pairs[i].truth) +
            (i == 0 ? " taken for " : " for ") + std::to_string(pairs[i].predicted) + " (" +
            std::to_string(pairs[i].count) + (i == 0 ? " times)" : ")");
  }
  return text;
}

}  // namespace

void print_test_results(const LabRun& run, const MnistSet& test, std::ostream& out) {
  if (!std::isfinite(run.test.loss)) {
    out << "\nno test results: the network's outputs are no longer finite numbers\n";
    return;
  }
  if (run.options.show_mistakes) {
    out << "\nconfusion matrix:\n" << confusion_table(run.test);
    const MnistDataset test_set(test, 0, test.count);
    const std::size_t shown = std::min(kDigitsDrawn, run.test.mistakes.size());
    if (shown > 0) out << "\nthe " << shown << " most confident mistakes:\n";
    for (std::size_t i = 0; i < shown; ++i) {
      const Mistake& m = run.test.mistakes[i];
      out << "test image " << m.index << ": true " << m.true_label << ", predicted " << m.predicted
          << " with probability " << percent(m.confidence) << "\n"
          << draw_digit(test_set.image(m.index));
    }
  }
  const std::string confusions = frequent_confusions(run.test);
  if (!confusions.empty()) out << "\nmost frequent mistakes: " << confusions << "\n";
  out << "test accuracy: " << percent(run.test.accuracy) << " on " << test.count
      << " images (mean loss " << short_number(run.test.loss, 4) << ")";
  if (run.restored_best) out << ", with the weights of epoch " << run.best_epoch;
  out << "\n";
}

void write_lab_outputs(LabRun& run, const MnistSet& test, std::ostream& out) {
  const std::string folder = run.options.output_folder;
  std::filesystem::create_directories(folder);
  const auto path = [&](const std::string& name) { return folder + "/" + name; };

  write_file_atomically(path("run.txt"), run_text(run));
  write_file_atomically(path("metrics.csv"), metrics_csv(run));
  const LabPlots plots = make_lab_plots(run, test);
  const std::pair<const char*, const std::string*> pictures[] = {
      {"loss.svg", &plots.loss},
      {"accuracy.svg", &plots.accuracy},
      {"weights.svg", &plots.weights},
      {"gradients.svg", &plots.gradients},
      {"first-layer.svg", &plots.first_layer},
      {"misclassified.svg", &plots.misclassified}};
  for (const auto& picture : pictures) {
    if (!picture.second->empty()) write_file_atomically(path(picture.first), *picture.second);
  }
  write_file_atomically(path("report.html"), html_report(run, plots));
  if (!all_weights_finite(run.network)) {
    std::filesystem::remove(path("model.mlp"));  // an older model here would not be this run's
    out << "the model is not saved: its weights are no longer finite numbers\n";
  } else {
    save_model(path("model.mlp"), run.options.layers, run.options.activation, run.network);
    std::filesystem::create_directories(path("weights"));
    export_npy(path("weights"), run.network);
  }
  out << "report: " << path("report.html") << "\n";
}

}  // namespace mlp
