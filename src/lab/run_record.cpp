// run_record.cpp — support code: writing and reading run.txt and metrics.csv.
#include "lab/run_record.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "data/read_file.hpp"

namespace mlp {
namespace {

constexpr std::size_t kMaxRecordBytes = 1 << 24;

std::string sizes_text(const std::vector<std::size_t>& sizes) {
  std::string text;
  for (std::size_t s : sizes)
    text += (text.empty() ? "" : "-") + std::to_string(s);
  return text;
}

std::size_t parameter_count(const std::vector<std::size_t>& sizes) {
  std::size_t count = 0;
  for (std::size_t i = 0; i + 1 < sizes.size(); ++i)
    count += sizes[i] * sizes[i + 1] + sizes[i + 1];
  return count;
}

std::string text_of(const std::string& path) {
  const std::vector<std::uint8_t> bytes = read_file_bytes(path, kMaxRecordBytes);
  return std::string(bytes.begin(), bytes.end());
}

std::vector<std::string> split(const std::string& line, char separator) {
  std::vector<std::string> parts;
  std::stringstream stream(line);
  for (std::string part; std::getline(stream, part, separator);)
    parts.push_back(part);
  return parts;
}

}  // namespace

std::string short_number(double value, int digits) {
  char text[48];
  std::snprintf(text, sizeof text, "%.*g", digits, value);
  return text;
}

std::string processor_name() {
  std::ifstream cpuinfo("/proc/cpuinfo");
  for (std::string line; std::getline(cpuinfo, line);) {
    const std::size_t colon = line.find(':');
    if (line.compare(0, 10, "model name") == 0 && colon != std::string::npos)
      return line.substr(line.find_first_not_of(" \t", colon + 1));
  }
  return "unknown";
}

std::vector<Setting> run_settings(const LabRun& run) {
  const LabOptions& o = run.options;
  const bool hidden = o.layers.size() > 2;
  const std::size_t threads = o.threads != 0 ? o.threads : std::thread::hardware_concurrency();
  return {
      {"layers", sizes_text(o.layers)},
      {"activation", hidden ? o.activation : "none (one layer)"},
      {"initialisation", o.activation == "relu" && hidden
                             ? "He: normal, variance 2 / fan_in"
                             : "Xavier: normal, variance 2 / (fan_in + fan_out)"},
      {"parameters", std::to_string(parameter_count(o.layers))},
      {"epochs", std::to_string(o.epochs)},
      {"batch size", std::to_string(o.batch_size)},
      {"learning rate", short_number(o.learning_rate)},
      {"schedule", o.schedule.text()},
      {"momentum", short_number(o.momentum)},
      {"weight decay", short_number(o.weight_decay)},
      {"keep best", o.keep_best ? "yes" : "no"},
      {"seed", std::to_string(o.seed)},
      {"training images", std::to_string(o.train_images - o.validation)},
      {"validation images", std::to_string(o.validation)},
      {"threads", std::to_string(threads)},
      {"processor", processor_name()},
      {"command", o.command_line},
  };
}

std::vector<Setting> run_results(const LabRun& run) {
  std::vector<Setting> results;
  if (std::isfinite(run.test.loss)) {
    char accuracy[32];
    std::snprintf(accuracy, sizeof accuracy, "%.2f%%", 100 * run.test.accuracy);
    results.push_back({"test accuracy", accuracy});
    results.push_back({"test loss", short_number(run.test.loss, 4)});
  }
  results.push_back({"best epoch", std::to_string(run.best_epoch)});
  results.push_back({"tested epoch", std::to_string(run.restored_best ? run.best_epoch
                                                                      : run.history.back().epoch)});
  results.push_back({"training seconds", short_number(run.training_seconds, 3)});
  results.push_back({"stopped early", run.stopped_early.empty() ? "no" : run.stopped_early});
  return results;
}

std::string run_text(const LabRun& run) {
  std::string text;
  for (const std::vector<Setting>& list : {run_settings(run), run_results(run)}) {
    for (const Setting& setting : list)
      text += setting.first + ": " + setting.second + "\n";
  }
  return text;
}

std::string metrics_csv(const LabRun& run) {
  std::string csv =
      "epoch,learning_rate,train_loss,train_accuracy,validation_loss,validation_accuracy,seconds,"
      "images_per_second";
  const std::size_t layers = run.options.layers.size() - 1;
  for (const char* name : {"max_abs_w", "rms_w", "grad_norm"}) {
    for (std::size_t l = 0; l < layers; ++l)
      csv += "," + std::string(name) + std::to_string(l + 1);
  }
  csv += "\n";
  // %.9g keeps every value on its row however large a diverging run makes it.
  const auto field = [&csv](double value) {
    char text[32];
    std::snprintf(text, sizeof text, ",%.9g", value);
    csv += text;
  };
  for (const EpochMetrics& m : run.history) {
    csv += std::to_string(m.epoch);
    for (double value : {m.learning_rate, m.train_loss, m.train_accuracy, m.validation_loss,
                         m.validation_accuracy, m.seconds, m.images_per_second}) {
      field(value);
    }
    for (const std::vector<double>* values :
         {&m.max_abs_weights, &m.rms_weights, &m.gradient_norms}) {
      for (std::size_t l = 0; l < layers; ++l)
        field(l < values->size() ? (*values)[l] : NAN);
    }
    csv += "\n";
  }
  return csv;
}

std::string RunRecord::value(const std::string& key) const {
  for (const Setting& setting : settings) {
    if (setting.first == key) return setting.second;
  }
  return "";
}

std::vector<double> RunRecord::column(const std::string& name) const {
  std::vector<double> values;
  for (std::size_t c = 0; c < columns.size(); ++c) {
    if (columns[c] != name) continue;
    for (const std::vector<double>& row : rows)
      values.push_back(row[c]);
  }
  return values;
}

std::size_t RunRecord::layer_count() const {
  std::size_t count = 0;
  for (const std::string& name : columns)
    count += name.compare(0, 9, "max_abs_w") == 0 ? 1 : 0;
  return count;
}

RunRecord read_run(const std::string& folder) {
  if (!std::filesystem::exists(folder + "/run.txt")) {
    throw std::runtime_error(folder + ": not a run's folder (it has no run.txt)");
  }
  RunRecord record;
  record.folder = folder;
  std::istringstream settings(text_of(folder + "/run.txt"));
  for (std::string line; std::getline(settings, line);) {
    const std::size_t colon = line.find(": ");
    if (colon == std::string::npos) {
      throw std::runtime_error(folder + "/run.txt: a line without 'key: value': " + line);
    }
    record.settings.push_back({line.substr(0, colon), line.substr(colon + 2)});
  }
  std::istringstream metrics(text_of(folder + "/metrics.csv"));
  std::string header;
  std::getline(metrics, header);
  record.columns = split(header, ',');
  if (record.columns.empty() || record.columns.front() != "epoch") {
    throw std::runtime_error(folder + "/metrics.csv: the header does not start with 'epoch'");
  }
  for (std::string line; std::getline(metrics, line);) {
    const std::vector<std::string> cells = split(line, ',');
    if (cells.size() != record.columns.size()) {
      throw std::runtime_error(folder + "/metrics.csv: row " +
                               std::to_string(record.rows.size() + 1) + " has " +
                               std::to_string(cells.size()) + " cells, the header " +
                               std::to_string(record.columns.size()));
    }
    std::vector<double> row;
    for (const std::string& cell : cells)
      row.push_back(std::strtod(cell.c_str(), nullptr));
    record.rows.push_back(row);
  }
  return record;
}

}  // namespace mlp
