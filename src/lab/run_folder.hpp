// run_folder.hpp — support code: where each run's files go, checked before any slow work starts,
// and the pointer to the newest run.
//
// Every run writes into a folder of its own, so one run never replaces another's results:
//   --output DIR   exactly that folder (the learner chose it, so an old run there is replaced)
//   --name NAME    build/lab/runs/NAME (the same)
//   neither        build/lab/runs/<date>_<time>_<sizes>_<activation>_lr<rate>, plus _2, _3, …
//                  when two runs start in the same second with the same settings
// Runs in build/lab/runs/ also update build/lab/latest.txt, one line with the newest run's
// folder, which `predict` uses when it is given no --model. `compare` writes its page into
// build/lab/comparisons/<date>_<time>_comparison unless given --name or --output.
#pragma once

#include <string>

#include "lab/lab_options.hpp"

namespace mlp {

constexpr const char* kRunsFolder = "build/lab/runs";
constexpr const char* kComparisonsFolder = "build/lab/comparisons";

// Sets options.output_folder from --output, --name or the date and settings, as above.
void choose_output_folder(LabOptions& options);
// Creates `folder` and checks that a file can be written in it. Throws std::runtime_error with a
// one-line message naming the folder ("--output build/x: is a file, not a folder") otherwise.
void prepare_output_folder(const std::string& folder);
// Removes `folder` if it holds nothing (a run that failed before writing anything).
void remove_if_empty(const std::string& folder);
// Records `folder` as the newest run when it lies in build/lab/runs/.
void record_latest_run(const std::string& folder);
// The newest run's folder from build/lab/latest.txt; empty when there is none.
std::string latest_run();

}  // namespace mlp
