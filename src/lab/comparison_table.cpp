// comparison_table.cpp — support code: the table that sums runs up side by side.
#include "lab/comparison_table.hpp"

#include <cmath>
#include <cstdio>
#include <iterator>

#include "lab/compare.hpp"

namespace mlp {
namespace {

// The settings a comparison looks at: every one that changes what is trained.
const char* const kComparedSettingNames[] = {
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

}  // namespace

std::vector<std::string> differing_settings(const std::vector<RunRecord>& runs) {
  std::vector<std::string> keys;
  for (const std::string& key : compared_settings()) {
    for (const RunRecord& run : runs) {
      if (run.value(key) != runs.front().value(key)) {
        keys.push_back(key);
        break;
      }
    }
  }
  return keys;
}

namespace {

bool any_stopped(const std::vector<RunRecord>& runs) {
  for (const RunRecord& run : runs) {
    if (run.value("stopped early") != "no") return true;
  }
  return false;
}

}  // namespace

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

const std::vector<std::string>& compared_settings() {
  static const std::vector<std::string> names(std::begin(kComparedSettingNames),
                                              std::end(kComparedSettingNames));
  return names;
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

}  // namespace mlp
