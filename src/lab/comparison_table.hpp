// comparison_table.hpp — support code: the table that sums runs up side by side, for the
// comparison page, comparison.md and the terminal.
//
// One row per run: its name, the settings in which the runs differ, then the test accuracy, the
// validation accuracy after epoch 1, the best validation accuracy and its epoch, the final
// training accuracy, the gap between training and validation accuracy, and seconds per epoch
// (and why a run stopped early, when one did).
#pragma once

#include <string>
#include <vector>

#include "lab/run_record.hpp"

namespace mlp {

// The settings a comparison looks at: every one that changes what is trained.
const std::vector<std::string>& compared_settings();
// Those of compared_settings() in which the runs differ.
std::vector<std::string> differing_settings(const std::vector<RunRecord>& runs);
std::vector<std::string> table_header(const std::vector<RunRecord>& runs,
                                      const std::vector<std::string>& keys);
std::vector<std::vector<std::string>> table_rows(const std::vector<RunRecord>& runs,
                                                 const std::vector<std::string>& keys);
// The table in Markdown and for an 80-column terminal.
std::string comparison_markdown(const std::vector<RunRecord>& runs);
std::string comparison_terminal_table(const std::vector<RunRecord>& runs);

}  // namespace mlp
