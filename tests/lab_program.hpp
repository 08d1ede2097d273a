// lab_program.hpp — test helper: running the real mnist_lab program on a tiny generated data set,
// and checking what it printed and wrote.
//
// The program's path comes from CMake as MLP_LAB_PROGRAM, and the emulator of a cross build as
// MLP_LAB_EMULATOR. The MNIST files are replaced by a tiny
// generated data set (600 training and 100 test images), so every run takes a moment.
#pragma once

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "check.hpp"
#include "posix_shell.hpp"
#include "sample_files.hpp"
#include "temp_folder.hpp"
#include "xml_check.hpp"

namespace lab_program {

namespace fs = std::filesystem;
using sample::Bytes;

inline constexpr std::size_t kSide = 28;
inline constexpr std::size_t kTrainImages = 600;
inline constexpr std::size_t kTestImages = 100;

using test_files::read_text;
using test_files::write_bytes;

inline void write_text(const fs::path& path, const std::string& text) {
  write_bytes(path, Bytes(text.begin(), text.end()));
}

// What one run of the program left behind.
struct Outcome {
  int exit_code = -1;
  std::string out;
  std::string err;
};

// Runs mnist_lab with `arguments` (each quoted for the shell), capturing stdout and stderr.
// `launcher` goes before the program, e.g. a `timeout` command that interrupts it; then comes
// MLP_LAB_EMULATOR, the emulator that runs a cross-compiled program (empty in a native build).
inline Outcome run_lab(const std::vector<std::string>& arguments, const fs::path& scratch,
                       const std::string& launcher = "") {
  std::string command = launcher + MLP_LAB_EMULATOR + "'" + MLP_LAB_PROGRAM + "'";
  for (const std::string& argument : arguments)
    command += " '" + argument + "'";
  const fs::path out = scratch / "stdout.txt";
  const fs::path err = scratch / "stderr.txt";
  command += " > '" + out.string() + "' 2> '" + err.string() + "'";
  Outcome outcome;
  outcome.exit_code = test_shell::exit_status(command, scratch / "status.txt");
  outcome.out = read_text(out);
  outcome.err = read_text(err);
  return outcome;
}

// The run ended with `exit_code` and exactly one line on stderr, "mnist_lab: …" containing
// `expected`.
inline void check_failure(const Outcome& outcome, int exit_code, const std::string& expected,
                          int line) {
  const std::string& err = outcome.err;
  check::record(outcome.exit_code == exit_code, __FILE__, line,
                "exit code " + std::to_string(outcome.exit_code) + ", expected " +
                    std::to_string(exit_code) + "; stderr: " + err);
  const bool one_line = !err.empty() && err.find('\n') == err.size() - 1;
  check::record(one_line && err.compare(0, 11, "mnist_lab: ") == 0, __FILE__, line,
                "stderr is not one line starting with 'mnist_lab: ': " + err);
  check::record(err.find(expected) != std::string::npos, __FILE__, line,
                "stderr does not mention \"" + expected + "\": " + err);
}

// `count` pictures standing in for digits: image i has label i % 10 and shows a vertical bar in a
// column that depends on the label, so the tiny data set can be learned.
inline Bytes tiny_images(std::size_t count) {
  Bytes pixels(count * kSide * kSide, 0);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t column = 4 + 2 * (i % 10);
    for (std::size_t row = 4; row < 24; ++row)
      pixels[(i * kSide + row) * kSide + column] = static_cast<std::uint8_t>(150 + (i * 7) % 100);
  }
  return pixels;
}

inline Bytes tiny_labels(std::size_t count) {
  Bytes labels(count);
  for (std::size_t i = 0; i < count; ++i)
    labels[i] = static_cast<std::uint8_t>(i % 10);
  return labels;
}

inline std::uint32_t u32(std::size_t value) {
  return static_cast<std::uint32_t>(value);
}

// A data folder in the MNIST layout: the training images gzip-compressed, the rest plain IDX.
inline void write_data_folder(const fs::path& folder, const Bytes& train_labels) {
  fs::create_directories(folder);
  write_bytes(folder / "train-images-idx3-ubyte.gz",
              sample::stored_gzip(
                  sample::idx_file({u32(kTrainImages), 28, 28}, tiny_images(kTrainImages))));
  write_bytes(folder / "train-labels-idx1-ubyte",
              sample::idx_file({u32(train_labels.size())}, train_labels));
  write_bytes(folder / "t10k-images-idx3-ubyte",
              sample::idx_file({u32(kTestImages), 28, 28}, tiny_images(kTestImages)));
  write_bytes(folder / "t10k-labels-idx1-ubyte",
              sample::idx_file({u32(kTestImages)}, tiny_labels(kTestImages)));
}

// The options of a quick training run on `data` writing to `output` (no --output when it is
// empty), plus `more`.
inline std::vector<std::string> quick_run(const fs::path& data, const fs::path& output,
                                          const std::vector<std::string>& more = {"--layers",
                                                                                  "784,16,10"}) {
  std::vector<std::string> arguments = {"train",  "--epochs",     "2",        "--batch-size",
                                        "10",     "--threads",    "1",        "--train-images",
                                        "500",    "--validation", "100",      "--no-progress",
                                        "--data", data.string(),  "--output", output.string()};
  if (output.empty()) arguments.resize(arguments.size() - 2);
  arguments.insert(arguments.end(), more.begin(), more.end());
  return arguments;
}

// Checks that metrics.csv starts with its header and that every row has as many cells; returns
// the number of rows.
inline std::size_t check_csv(const std::string& csv, int line) {
  std::istringstream lines(csv);
  std::string header;
  std::getline(lines, header);
  check::record(header.compare(0, 6, "epoch,") == 0, __FILE__, line, "metrics.csv header");
  const auto cells = [](const std::string& text) {
    return std::count(text.begin(), text.end(), ',') + 1;
  };
  std::size_t rows = 0;
  for (std::string row; std::getline(lines, row); ++rows) {
    check::record(cells(row) == cells(header), __FILE__, line, "metrics.csv row: " + row);
  }
  return rows;
}

// Every picture in the run's folder is well-formed SVG (the curves exist once an epoch has ended),
// and the report and run.txt are complete.
inline void check_pictures_and_report(const fs::path& output, int line) {
  const std::size_t epochs = check_csv(read_text(output / "metrics.csv"), line);
  for (const char* name : {"loss.svg", "accuracy.svg", "weights.svg", "gradients.svg",
                           "first-layer.svg", "misclassified.svg"}) {
    const bool curve =
        std::string(name) != "first-layer.svg" && std::string(name) != "misclassified.svg";
    const bool expected = !curve || epochs >= 2;
    check::record(fs::exists(output / name) == expected, __FILE__, line,
                  std::string(name) + (expected ? " is missing" : " should not be drawn"));
    if (!expected) continue;
    const std::string problem = mlp::xml_problem(read_text(output / name));
    check::record(problem.empty(), __FILE__, line, std::string(name) + ": " + problem);
  }
  const std::string report = read_text(output / "report.html");
  check::record(
      report.compare(0, 15, "<!DOCTYPE html>") == 0 && report.find("</html>") != std::string::npos,
      __FILE__, line, "report.html is not a complete page");
  check::record(read_text(output / "run.txt").find("layers: 784-") == 0, __FILE__, line,
                "run.txt does not start with the layers");
}

// A run without test results says so and shows no accuracy.
inline void check_no_test_result(const fs::path& output, int line) {
  const std::string report = read_text(output / "report.html");
  check::record(report.find("No test result") != std::string::npos &&
                    report.find("Test accuracy on") == std::string::npos &&
                    report.find("Confusion matrix") == std::string::npos,
                __FILE__, line, "report.html of a diverged run shows a test result");
}

// The HTML fragments between <svg and </svg> of a page, each checked to be well-formed.
inline std::size_t check_inline_svgs(const std::string& page, int line) {
  std::size_t count = 0;
  for (std::size_t at = page.find("<svg"); at != std::string::npos;
       at = page.find("<svg", at + 1)) {
    const std::size_t end = page.find("</svg>", at);
    const std::string svg = page.substr(at, end == std::string::npos ? end : end + 6 - at);
    const std::string problem = mlp::xml_problem(svg);
    check::record(problem.empty(), __FILE__, line,
                  "inline SVG " + std::to_string(count) + ": " + problem);
    ++count;
  }
  return count;
}

}  // namespace lab_program
