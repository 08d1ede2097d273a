// run_folder.cpp — support code: naming, checking and remembering the runs' folders.
#include "lab/run_folder.hpp"

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include "report/atomic_file.hpp"

namespace mlp {
namespace fs = std::filesystem;
namespace {

const char* const kLatestFile = "build/lab/latest.txt";

// "2026-12-01_07-30-12_784-128-10_relu_lr0.1": when, what shape, which activation, how fast.
std::string automatic_name(const LabOptions& options) {
  const std::time_t now = std::time(nullptr);
  char when[32];
  std::strftime(when, sizeof when, "%Y-%m-%d_%H-%M-%S", std::localtime(&now));
  std::string name = when;
  if (options.mode == LabMode::Experiment) return name + "_experiment";
  if (options.mode == LabMode::Compare) return name + "_comparison";
  name += "_";
  for (std::size_t i = 0; i < options.layers.size(); ++i)
    name += (i == 0 ? "" : "-") + std::to_string(options.layers[i]);
  if (options.layers.size() > 2) name += "_" + options.activation;
  char rate[32];
  std::snprintf(rate, sizeof rate, "_lr%g", options.learning_rate);
  return name + rate;
}

}  // namespace

void choose_output_folder(LabOptions& options) {
  if (!options.output_folder.empty()) return;
  const std::string base =
      std::string(options.mode == LabMode::Compare ? kComparisonsFolder : kRunsFolder) + "/";
  if (!options.name.empty()) {
    options.output_folder = base + options.name;
    return;
  }
  // create_directory says whether it made the folder, so two runs that start in the same second
  // never take the same one. (A folder that cannot be made is left to prepare_output_folder,
  // which names the problem.)
  const std::string name = automatic_name(options);
  std::error_code error;
  fs::create_directories(base, error);
  std::string folder = base + name;
  for (int copy = 2; !fs::create_directory(folder, error) && !error && copy < 1000; ++copy)
    folder = base + name + "_" + std::to_string(copy);
  options.output_folder = folder;
}

void prepare_output_folder(const std::string& folder) {
  const std::string what = "--output " + folder + ": ";
  std::error_code error;
  if (fs::exists(folder, error) && !fs::is_directory(folder, error)) {
    throw std::runtime_error(what + "is a file, not a folder");
  }
  fs::create_directories(folder, error);
  if (error) throw std::runtime_error(what + "cannot create the folder (" + error.message() + ")");
  // A folder can exist and still refuse new files (read-only, or owned by someone else).
  const std::string probe = folder + "/.write-check";
  try {
    write_file_atomically(probe, "");
  } catch (const std::exception&) {
    throw std::runtime_error(what + "cannot write files there (permission denied?)");
  }
  fs::remove(probe, error);
}

void remove_if_empty(const std::string& folder) {
  std::error_code error;
  if (fs::is_directory(folder, error) && fs::is_empty(folder, error)) fs::remove(folder, error);
}

void record_latest_run(const std::string& folder) {
  const fs::path runs = fs::weakly_canonical(kRunsFolder);
  const fs::path parent = fs::weakly_canonical(fs::path(folder)).parent_path();
  if (parent != runs) return;
  write_file_atomically(kLatestFile, folder + "\n");
}

std::string latest_run() {
  std::ifstream file(kLatestFile);
  std::string folder;
  std::getline(file, folder);
  return folder;
}

}  // namespace mlp
