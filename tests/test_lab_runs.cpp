// test_lab_runs.cpp — the mnist_lab program run as a learner would run it, for what it keeps: the
// output folder checked before any training, a folder of its own for every run, the newest run
// found again, compare and the experiment's pages, and the command-line conventions.
#include <algorithm>

#include "data/pgm.hpp"
#include "lab_program.hpp"
#include "page_commands.hpp"

using namespace lab_program;

namespace {

// Output folders are checked before the data is loaded: a bad --output fails at once, before
// the program says it is loading MNIST. (That line is the proof, not a stopwatch: the tiny data
// set here loads in milliseconds, and a shared machine can take seconds to start a program.)
void test_output_checked_first(const fs::path& scratch, const fs::path& data) {
  const fs::path file = scratch / "a-file";
  write_text(file, "not a folder\n");
  for (const char* command : {"train", "experiment"}) {
    std::vector<std::string> arguments = quick_run(data, file, {});
    arguments[0] = command;
    const Outcome outcome = run_lab(arguments, scratch);
    check_failure(outcome, 1, "--output " + file.string() + ": is a file, not a folder", __LINE__);
    CHECK(outcome.out.find("loading MNIST") == std::string::npos);
    CHECK(outcome.out.find("epoch") == std::string::npos);
  }
  const Outcome under_file = run_lab(quick_run(data, file / "run"), scratch);
  check_failure(under_file, 1, "--output " + (file / "run").string() + ": cannot create the folder",
                __LINE__);
  CHECK(under_file.out.find("loading MNIST") == std::string::npos);
  check_failure(
      run_lab({"compare", (scratch / "good-run").string(), "--output", file.string()}, scratch), 1,
      "is a file, not a folder", __LINE__);
}

// Without --output each run gets its own folder in build/lab/runs/, and the newest is recorded.
void test_run_folders(const fs::path& scratch, const fs::path& data) {
  const fs::path workspace = scratch / "workspace";
  fs::create_directories(workspace);
  const std::string in_workspace = "cd '" + workspace.string() + "' && ";
  const auto train = [&](const std::vector<std::string>& more) {
    return run_lab(quick_run(data, "", more), scratch, in_workspace);
  };
  const fs::path runs = workspace / "build" / "lab" / "runs";
  const auto run_folders = [&] {
    std::vector<fs::path> folders;
    if (fs::exists(runs)) {
      for (const fs::directory_entry& entry : fs::directory_iterator(runs))
        folders.push_back(entry.path());
    }
    std::sort(folders.begin(), folders.end());
    return folders;
  };
  const std::vector<std::string> small = {"--layers", "784,16,10"};
  CHECK_EQ(train(small).exit_code, 0);
  CHECK_EQ(train(small).exit_code, 0);
  const std::vector<fs::path> two = run_folders();
  CHECK_EQ(two.size(), 2u);
  for (const fs::path& folder : two) {
    CHECK(fs::exists(folder / "report.html"));
    CHECK(fs::exists(folder / "model.mlp"));
  }
  const std::string latest = read_text(workspace / "build" / "lab" / "latest.txt");
  CHECK(two.size() == 2 && latest.find(two[1].filename().string()) != std::string::npos);

  // predict without --model uses the newest run.
  const Outcome predicted =
      run_lab({"predict", "--index", "3", "--data", data.string()}, scratch, in_workspace);
  CHECK_EQ(predicted.exit_code, 0);
  CHECK(predicted.out.find("(the latest run)") != std::string::npos);

  // A diverging run leaves its partial outputs in its own folder; the others keep their models.
  const Outcome diverged = train({"--layers", "784,64,64,64,10", "--learning-rate", "100"});
  CHECK_EQ(diverged.exit_code, 1);
  const std::vector<fs::path> three = run_folders();
  CHECK_EQ(three.size(), 3u);
  for (const fs::path& folder : two)
    CHECK(fs::exists(folder / "model.mlp"));

  // --name picks the folder; the same name again replaces that run, and only that one.
  CHECK_EQ(train({"--layers", "784,16,10", "--name", "mine"}).exit_code, 0);
  CHECK_EQ(train({"--layers", "784,16,10", "--name", "mine"}).exit_code, 0);
  CHECK(fs::exists(runs / "mine" / "report.html"));
  CHECK_EQ(run_folders().size(), 4u);

  // Started from another folder, without --data: a hint, and no empty run folder left behind.
  const fs::path elsewhere = scratch / "elsewhere";
  fs::create_directories(elsewhere);
  const std::string in_elsewhere = "cd '" + elsewhere.string() + "' && ";
  check_failure(run_lab({"--epochs", "1"}, scratch, in_elsewhere), 1,
                "run mnist_lab from the repository's root folder, or pass --data DIR", __LINE__);
  const fs::path elsewhere_runs = elsewhere / "build" / "lab" / "runs";
  CHECK(!fs::exists(elsewhere_runs) || fs::is_empty(elsewhere_runs));
  check_failure(run_lab({"predict", "--index", "1"}, scratch, in_elsewhere), 1,
                "no trained model yet: train one first", __LINE__);
}

void test_compare_and_experiment(const fs::path& scratch, const fs::path& data) {
  const fs::path first = scratch / "compare-a";
  const fs::path second = scratch / "compare-b";
  CHECK_EQ(run_lab(quick_run(data, first), scratch).exit_code, 0);
  CHECK_EQ(
      run_lab(quick_run(data, second, {"--layers", "784,16,10", "--learning-rate", "0.3"}), scratch)
          .exit_code,
      0);
  const fs::path page_folder = scratch / "comparison";
  const Outcome compared = run_lab(
      {"compare", first.string(), second.string(), "--output", page_folder.string()}, scratch);
  CHECK_EQ(compared.exit_code, 0);
  CHECK(compared.out.find("compare-a") != std::string::npos);
  CHECK(compared.out.find("compare-b") != std::string::npos);
  const std::string page = read_text(page_folder / "comparison.html");
  CHECK(page.compare(0, 15, "<!DOCTYPE html>") == 0);
  CHECK(page.find("</html>") != std::string::npos);
  CHECK(check_inline_svgs(page, __LINE__) >= 6);
  CHECK(page.find("<td class=\"differs\">0.3</td>") != std::string::npos);
  for (const char* part : {"Validation accuracy", "Training loss", "max |w| per layer", "||dL/dW||",
                           "seconds per epoch", "compare-a", "compare-b"})
    CHECK(page.find(part) != std::string::npos);
  CHECK(fs::exists(page_folder / "comparison.md"));
  check_failure(run_lab({"compare", data.string(), "--output", page_folder.string()}, scratch), 1,
                data.string() + ": not a run's folder", __LINE__);

  // The experiment: seven ordinary runs and their comparison.
  const fs::path experiment = scratch / "experiment";
  std::vector<std::string> arguments = quick_run(data, experiment, {});
  arguments[0] = "experiment";
  arguments[2] = "1";    // one epoch each
  arguments[8] = "150";  // of 100 training images
  arguments[10] = "50";
  const Outcome outcome = run_lab(arguments, scratch);
  CHECK_EQ(outcome.exit_code, 0);
  CHECK(outcome.out.find("== run 7 of 7: 784-256-128-10 relu  (about ") != std::string::npos);
  std::size_t runs = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator(experiment)) {
    if (!entry.is_directory()) continue;
    ++runs;
    check_pictures_and_report(entry.path(), __LINE__);
  }
  CHECK_EQ(runs, 7u);
  const std::string comparison = read_text(experiment / "comparison.html");
  for (const char* run : {"1_784-10", "2_784-256-10_tanh", "4_784-256-10_relu",
                          "6_784-256-128-10_sigmoid", "7_784-256-128-10_relu"})
    CHECK(comparison.find(run) != std::string::npos);
  check_inline_svgs(comparison, __LINE__);
}

// -h, --version, per-command help, near misses and options of other commands, on the program.
void test_conventions(const fs::path& scratch) {
  const Outcome help = run_lab({"-h"}, scratch);
  CHECK_EQ(help.exit_code, 0);
  CHECK(help.out.find("usage: mnist_lab") != std::string::npos);
  const Outcome version = run_lab({"--version"}, scratch);
  CHECK_EQ(version.exit_code, 0);
  CHECK(version.out.find("mnist_lab ") == 0);
  const Outcome predict_help = run_lab({"predict", "--help"}, scratch);
  CHECK_EQ(predict_help.exit_code, 0);
  CHECK(predict_help.out.find("--image") != std::string::npos);
  CHECK(predict_help.out.find("--epochs") == std::string::npos);
  check_failure(run_lab({"--lr", "0.1"}, scratch), 2, "did you mean --learning-rate?", __LINE__);
  check_failure(run_lab({"experiment", "--layers", "784,10"}, scratch), 2,
                "--layers is an option of train, not of experiment", __LINE__);
  check_failure(run_lab({"predict", "--index", "3", "--epochs", "2"}, scratch), 2,
                "--epochs is an option of train and experiment, not of predict", __LINE__);
}

}  // namespace

// Sets option `name` to `value` in `arguments`, replacing the value given there or adding both.
void set_option(std::vector<std::string>& arguments, const std::string& name,
                const std::string& value) {
  const auto at = std::find(arguments.begin(), arguments.end(), name);
  if (at == arguments.end()) {
    arguments.push_back(name);
    arguments.push_back(value);
  } else if (at + 1 != arguments.end()) {
    *(at + 1) = value;
  }
}

// Every mnist_lab command of the lab page runs, in the page's order, as a learner would type it
// in the repository's root (here a workspace folder), on the tiny data set with one epoch: the
// training commands leave their runs, compare finds them by the page's patterns, and predict
// uses the newest run and a drawing saved as dark ink on white.
void test_lab_page_commands(const fs::path& scratch, const fs::path& data) {
  const fs::path workspace = scratch / "page";
  fs::create_directories(workspace);
  std::vector<std::uint8_t> drawing = tiny_images(1);
  for (std::uint8_t& pixel : drawing)
    pixel = static_cast<std::uint8_t>(255 - pixel);
  mlp::write_pgm((workspace / "digit.pgm").string(), drawing, kSide, kSide);
  const fs::path runs = workspace / "build" / "lab" / "runs";
  std::size_t commands = 0;
  for (const std::string& line : page_commands::commands_of(read_text("lessons/mnist-lab.md"))) {
    const std::vector<std::string> words = page_commands::words_of(line);
    if (words.empty() || words[0] != page_commands::kProgram) continue;
    std::vector<std::string> arguments(words.begin() + 1, words.end());
    const std::string mode =
        arguments.empty() || arguments[0].rfind("--", 0) == 0 ? "train" : arguments[0];
    const bool help = std::find(arguments.begin(), arguments.end(), "--help") != arguments.end();
    if (!help && (mode == "train" || mode == "experiment")) {
      set_option(arguments, "--epochs", "1");
      set_option(arguments, "--train-images", std::to_string(kTrainImages));
      set_option(arguments, "--validation", "100");
      set_option(arguments, "--data", data.string());
      arguments.push_back("--no-progress");
    } else if (!help && mode == "predict") {
      set_option(arguments, "--data", data.string());
    } else if (!help && mode == "compare") {
      std::vector<std::string> folders = {"compare"};
      for (std::size_t i = 1; i < arguments.size(); ++i) {  // build/lab/runs/*sigmoid*: by name
        const std::string pattern = arguments[i].substr(arguments[i].find('*') + 1);
        for (const fs::directory_entry& run : fs::directory_iterator(runs))
          if (run.path().filename().string().find(pattern.substr(0, pattern.find('*'))) !=
              std::string::npos)
            folders.push_back(run.path().string());
      }
      arguments = folders;
    }
    const Outcome outcome = run_lab(arguments, scratch, "cd '" + workspace.string() + "' && ");
    // A learning rate far too large may stop the run as diverged: that is what the page asks.
    const bool diverged =
        outcome.exit_code == 1 && outcome.err.find("diverged") != std::string::npos;
    check::record(outcome.exit_code == 0 || diverged, __FILE__, __LINE__,
                  line + ": exit code " + std::to_string(outcome.exit_code) + "; " + outcome.err);
    ++commands;
  }
  CHECK(commands >= 8);
}

int main() {
  if (!test_shell::posix_shell())
    return check::summary_skipped("runs mnist_lab through a POSIX shell, with redirections");
  const test_files::TempFolder folder("test_lab_runs");
  const fs::path& scratch = folder.path();
  const fs::path data = scratch / "data";
  write_data_folder(data, tiny_labels(kTrainImages));
  test_output_checked_first(scratch, data);
  test_run_folders(scratch, data);
  test_compare_and_experiment(scratch, data);
  test_conventions(scratch);
  test_lab_page_commands(scratch, data);
  return check::summary();
}
