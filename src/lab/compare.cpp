// compare.cpp — the comparison page, its tables, and the compare command.
#include "lab/compare.hpp"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <stdexcept>

#include "lab/html_report.hpp"
#include "report/atomic_file.hpp"
#include "report/plots.hpp"

namespace mlp {
namespace {

// The settings a comparison looks at: every one that changes what is trained.
const char* const kComparedSettings[] = {
    "layers",   "activation",   "epochs",    "batch size", "learning rate",   "schedule",
    "momentum", "weight decay", "keep best", "seed",       "training images", "validation images"};

struct Summary {
  std::string test_accuracy;  // as run.txt has it, "—" when there is none
  double best_validation = NAN;
  std::size_t best_epoch = 0;
  double final_train = NAN;
  double final_validation = NAN;
  double first_validation = NAN;  // after epoch 1
  double seconds_per_epoch = NAN;
};

Summary summarize(const RunRecord& run) {
  Summary s;
  s.test_accuracy = run.value("test accuracy").empty() ? "—" : run.value("test accuracy");
  const std::vector<double> validation = run.column("validation_accuracy");
  const std::vector<double> training = run.column("train_accuracy");
  const std::vector<double> seconds = run.column("seconds");
  double total_seconds = 0;
  for (std::size_t e = 1; e < validation.size(); ++e) {
    if (!(validation[e] <= s.best_validation)) {
      s.best_validation = validation[e];
      s.best_epoch = e;
    }
    total_seconds += seconds[e];
  }
  if (validation.size() > 1) {
    s.first_validation = validation[1];
    s.final_train = training.back();
    s.final_validation = validation.back();
    s.seconds_per_epoch = total_seconds / double(validation.size() - 1);
  }
  return s;
}

std::string percent(double fraction) {
  if (!std::isfinite(fraction)) return "—";
  char text[32];
  std::snprintf(text, sizeof text, "%.2f%%", 100 * fraction);
  return text;
}

std::string decimals(double value, int digits) {
  if (!std::isfinite(value)) return "—";
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", digits, value);
  return text;
}

std::vector<std::string> differing_settings(const std::vector<RunRecord>& runs) {
  std::vector<std::string> keys;
  for (const char* key : kComparedSettings) {
    for (const RunRecord& run : runs) {
      if (run.value(key) != runs.front().value(key)) {
        keys.push_back(key);
        break;
      }
    }
  }
  return keys;
}

bool any_stopped(const std::vector<RunRecord>& runs) {
  for (const RunRecord& run : runs) {
    if (run.value("stopped early") != "no") return true;
  }
  return false;
}

// One row per run: label, the differing settings, then the results.
std::vector<std::vector<std::string>> table_rows(const std::vector<RunRecord>& runs,
                                                 const std::vector<std::string>& keys) {
  const std::vector<std::string> labels = run_labels(runs);
  std::vector<std::vector<std::string>> rows;
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const Summary s = summarize(runs[r]);
    std::vector<std::string> row = {labels[r]};
    for (const std::string& key : keys)
      row.push_back(runs[r].value(key));
    row.push_back(s.test_accuracy);
    row.push_back(percent(s.first_validation));
    row.push_back(percent(s.best_validation) + " (" + std::to_string(s.best_epoch) + ")");
    row.push_back(percent(s.final_train));
    row.push_back(decimals(100 * (s.final_train - s.final_validation), 2));
    row.push_back(decimals(s.seconds_per_epoch, 2));
    if (any_stopped(runs)) {
      row.push_back(runs[r].value("stopped early") == "no" ? "" : runs[r].value("stopped early"));
    }
    rows.push_back(row);
  }
  return rows;
}

std::vector<std::string> table_header(const std::vector<RunRecord>& runs,
                                      const std::vector<std::string>& keys) {
  std::vector<std::string> header = {"run"};
  header.insert(header.end(), keys.begin(), keys.end());
  for (const char* name :
       {"test accuracy", "validation after epoch 1", "best validation (epoch)",
        "final train accuracy", "train − validation (points)", "seconds per epoch"})
    header.push_back(name);
  if (any_stopped(runs)) header.push_back("stopped early");
  return header;
}

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
  for (const char* key : kComparedSettings) {
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

std::string comparison_markdown(const std::vector<RunRecord>& runs) {
  const std::vector<std::string> keys = differing_settings(runs);
  const std::vector<std::string> header = table_header(runs, keys);
  std::string text = "|";
  for (const std::string& cell : header)
    text += " " + cell + " |";
  text += "\n|";
  for (std::size_t c = 0; c < header.size(); ++c)
    text += c <= keys.size() ? " --- |" : " ---: |";
  text += "\n";
  for (const std::vector<std::string>& row : table_rows(runs, keys)) {
    text += "|";
    for (const std::string& cell : row)
      text += " " + cell + " |";
    text += "\n";
  }
  return text;
}

std::string comparison_terminal_table(const std::vector<RunRecord>& runs) {
  char line[160];
  std::snprintf(line, sizeof line, "%-32s %9s %17s %9s %8s\n", "run", "test acc",
                "best val (epoch)", "train acc", "s/epoch");
  std::string text = line;
  const std::vector<std::string> labels = run_labels(runs);
  for (std::size_t r = 0; r < runs.size(); ++r) {
    const Summary s = summarize(runs[r]);
    const std::string best = percent(s.best_validation) + " (" + std::to_string(s.best_epoch) + ")";
    std::snprintf(line, sizeof line, "%-32.32s %9s %17s %9s %8s\n", labels[r].c_str(),
                  s.test_accuracy.c_str(), best.c_str(), percent(s.final_train).c_str(),
                  decimals(s.seconds_per_epoch, 2).c_str());
    text += line;
  }
  return text;
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
