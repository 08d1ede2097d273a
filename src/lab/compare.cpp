// compare.cpp — the comparison page, its pictures, and the compare command.
#include "lab/compare.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <stdexcept>

#include "lab/comparison_table.hpp"
#include "lab/html_report.hpp"
#include "report/atomic_file.hpp"
#include "report/plots.hpp"

namespace mlp {
namespace {

// One curve per run of the metrics.csv column `name`, against the epoch.
LinePlot overlay(const std::vector<RunRecord>& runs, const std::string& title,
                 const std::string& y_label, const std::string& name, double scale, bool log10) {
  const std::vector<std::string> labels = run_labels(runs);
  LinePlot plot(title, "epoch", y_label);
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const std::vector<double> epochs = runs[r].column("epoch");
    std::vector<double> values = runs[r].column(name);
    // A run without this column (a layer it does not have) still gets its series, empty, so
    // that every run keeps the same colour and marker in every panel.
    if (values.size() != epochs.size()) values.assign(epochs.size(), NAN);
    for (double& v : values)
      v = log10 ? std::log10(v) : scale * v;
    plot.add_series(labels[r], epochs, values);
  }
  return plot;
}

// One panel per layer, one curve per run.
std::string per_layer(const std::vector<RunRecord>& runs, const std::string& title,
                      const std::string& column, bool log10) {
  std::size_t layers = 0;
  for (const RunRecord& run : runs)
    layers = std::max(layers, run.layer_count());
  std::vector<LinePlot> panels;
  for (std::size_t l = 1; l <= layers; ++l) {
    panels.push_back(overlay(runs, "layer " + std::to_string(l), log10 ? "log10" : "",
                             column + std::to_string(l), 1, log10));
  }
  std::vector<const Plot*> pointers;
  for (const LinePlot& panel : panels)
    pointers.push_back(&panel);
  return pointers.empty() ? "" : plot_strip(title, pointers, 250, 260).str();
}

}  // namespace

std::vector<std::string> run_labels(const std::vector<RunRecord>& runs) {
  std::vector<std::string> labels;
  for (const RunRecord& run : runs) {
    std::string name = std::filesystem::path(run.folder).lexically_normal().filename().string();
    if (name.empty()) name = std::filesystem::path(run.folder).parent_path().filename().string();
    // "2026-12-01_07-30-12_" is 20 characters of date and time.
    const bool dated = name.size() > 20 && name[4] == '-' && name[10] == '_' && name[19] == '_';
    labels.push_back(dated ? name.substr(20) : name);
  }
  // Two runs of the same name (say, 1_784-10 of two experiments) get their position added.
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (std::count(labels.begin(), labels.end(), labels[i]) > 1) {
      for (std::size_t j = labels.size(); j-- > i;) {
        if (labels[j] == labels[i] && j != i) labels[j] += " (" + std::to_string(j + 1) + ")";
      }
      labels[i] += " (" + std::to_string(i + 1) + ")";
    }
  }
  return labels;
}

ComparisonPlots comparison_plots(const std::vector<RunRecord>& runs) {
  ComparisonPlots plots;
  plots.validation_accuracy =
      overlay(runs, "Validation accuracy", "accuracy (%)", "validation_accuracy", 100, false)
          .render()
          .str();
  plots.training_accuracy =
      overlay(runs, "Training accuracy", "accuracy (%)", "train_accuracy", 100, false)
          .render()
          .str();
  plots.validation_loss =
      overlay(runs, "Validation loss", "cross-entropy", "validation_loss", 1, false).render().str();
  plots.training_loss =
      overlay(runs, "Training loss", "cross-entropy", "train_loss", 1, false).render().str();
  plots.max_weights = per_layer(runs, "max |w| per layer", "max_abs_w", false);
  plots.gradients = per_layer(runs, "log10 ||dL/dW|| per layer", "grad_norm", true);
  return plots;
}

std::string comparison_page(const std::vector<RunRecord>& runs, const std::string& title,
                            const ComparisonPlots& plots) {
  const std::vector<std::string> keys = differing_settings(runs);
  std::string html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
  html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" +
          xml_escape(title) + "</title>\n<style>" + kLabPageStyle + "</style>\n</head>\n<body>\n";
  html += "<h1>" + xml_escape(title) + "</h1>\n<p>" + std::to_string(runs.size()) +
          " runs. Settings in which they differ are highlighted; the others are the same for "
          "all.</p>\n<table>\n";
  std::vector<std::string> header;
  for (const std::string& cell : table_header(runs, keys))
    header.push_back(xml_escape(cell));
  html += html_row(header, "th");
  for (const std::vector<std::string>& row : table_rows(runs, keys)) {
    html += "<tr>";
    for (std::size_t c = 0; c < row.size(); ++c) {
      const bool setting = c >= 1 && c <= keys.size();
      html += std::string(setting  ? "<td class=\"differs\">"
                          : c == 0 ? "<td class=\"text\">"
                                   : "<td>") +
              xml_escape(row[c]) + "</td>";
    }
    html += "</tr>\n";
  }
  html += "</table>\n<p>Common settings:";
  for (const std::string& key : compared_settings()) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end())
      html += " " + std::string(key) + " " + xml_escape(runs.front().value(key)) + ";";
  }
  html +=
      "</p>\n<h2>Accuracy and loss per epoch</h2>\n<p>Epoch 0 is the untrained network. "
      "Where a run's training accuracy keeps rising while its validation accuracy stalls, "
      "it has started to overfit.</p>\n<div class=\"plots\">\n";
  html += plots.validation_accuracy + plots.training_accuracy + plots.validation_loss +
          plots.training_loss;
  html +=
      "</div>\n<h2>Largest weight per layer</h2>\n<p>max |w| of each layer after every "
      "epoch.</p>\n" +
      plots.max_weights;
  html +=
      "<h2>Gradient norm per layer</h2>\n<p>log10 of the mean ‖∂L/∂W‖ of each layer over "
      "the epoch's minibatches: one step down is ten times smaller, ten times slower "
      "learning.</p>\n" +
      plots.gradients;
  html += "<h2>The runs</h2>\n<ul>\n";
  for (const RunRecord& run : runs) {
    html += "<li><code>" + xml_escape(run.folder) + "</code>: <code>" +
            xml_escape(run.value("command")) + "</code></li>\n";
  }
  return html + "</ul>\n</body>\n</html>\n";
}

void write_comparison(const std::vector<RunRecord>& runs, const std::string& folder,
                      const std::string& title, std::ostream& out) {
  const ComparisonPlots plots = comparison_plots(runs);
  write_file_atomically(folder + "/comparison.html", comparison_page(runs, title, plots));
  const std::pair<const char*, const std::string*> pictures[] = {
      {"validation-accuracy.svg", &plots.validation_accuracy},
      {"training-accuracy.svg", &plots.training_accuracy},
      {"validation-loss.svg", &plots.validation_loss},
      {"training-loss.svg", &plots.training_loss},
      {"max-weights.svg", &plots.max_weights},
      {"gradients.svg", &plots.gradients}};
  for (const auto& picture : pictures) {
    if (!picture.second->empty())
      write_file_atomically(folder + "/" + picture.first, *picture.second);
  }
  write_file_atomically(folder + "/comparison.md", comparison_markdown(runs));
  out << "\n"
      << comparison_terminal_table(runs) << "\ncomparison: " << folder << "/comparison.html\n";
}

int compare_runs(const LabOptions& options, std::ostream& out) {
  std::vector<RunRecord> runs;
  for (const std::string& folder : options.runs)
    runs.push_back(read_run(folder));
  write_comparison(runs, options.output_folder, "MNIST lab: comparison of runs", out);
  return 0;
}

}  // namespace mlp
