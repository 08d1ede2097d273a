// run_record.hpp — support code: the files that describe a finished run, so that `compare` can
// read runs back later.
//
// Each run folder holds
//   run.txt       one "key: value" line per setting and result (layers, learning rate, …, test
//                 accuracy), in the order the report lists them
//   metrics.csv   a header line, then one row per epoch from epoch 0 (see metrics_csv)
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "lab/lab_run.hpp"

namespace mlp {

using Setting = std::pair<std::string, std::string>;  // (key, value as shown)

// The run's settings, as the report, run.txt and compare show them: every value written so that
// it shows (1e-05, not 0.0000).
std::vector<Setting> run_settings(const LabRun& run);
// The results: test accuracy and loss (only when finite), best epoch, how training ended.
std::vector<Setting> run_results(const LabRun& run);
// run_settings and run_results as the text of run.txt.
std::string run_text(const LabRun& run);
// The per-epoch metrics as CSV text: epoch, learning_rate, train_loss, train_accuracy,
// validation_loss, validation_accuracy, seconds, images_per_second, then per layer l = 1, 2, …
// max_abs_w<l>, rms_w<l> and grad_norm<l>.
std::string metrics_csv(const LabRun& run);

// A run read back from its folder.
struct RunRecord {
  std::string folder;
  std::vector<Setting> settings;  // every line of run.txt
  std::vector<std::string> columns;
  std::vector<std::vector<double>> rows;                      // metrics.csv, one vector per epoch
  std::string value(const std::string& key) const;            // "" when run.txt has no such line
  std::vector<double> column(const std::string& name) const;  // empty when there is none
  std::size_t layer_count() const;  // how many max_abs_w<l> columns there are
};

// Throws std::runtime_error naming the folder when it is not a run's folder or its files are
// damaged.
RunRecord read_run(const std::string& folder);

// The processor's model name (from /proc/cpuinfo where there is one), or "unknown".
std::string processor_name();
// %g with `digits` significant digits: 0.1, 1e-05, 0.0005.
std::string short_number(double value, int digits = 6);

}  // namespace mlp
