// gzip_tool.hpp — test helper: compressing bytes with the system's gzip program, so the decoder
// is checked against files made by an independent compressor.
#pragma once

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "data/read_file.hpp"
#include "posix_shell.hpp"
#include "temp_folder.hpp"

namespace test_data {

// Why a test that compares with gzip's files is skipped where gzip cannot be run.
constexpr const char* kNeedsGzip =
    "the comparison with files made by gzip needs gzip and a POSIX shell";

// Whether system_gzip can run here.
inline bool gzip_available() {
  return test_shell::has_program("gzip");
}

// `input` compressed by `gzip <options>` (e.g. "-9 -n"), going through files in `folder`.
inline std::vector<std::uint8_t> system_gzip(const std::vector<std::uint8_t>& input,
                                             const std::string& options,
                                             const std::filesystem::path& folder) {
  const std::filesystem::path input_path = folder / "gzip_input.bin";
  const std::filesystem::path output_path = folder / "gzip_input.bin.gz";
  test_files::write_bytes(input_path, input);
  const std::string command =
      "gzip " + options + " -c '" + input_path.string() + "' > '" + output_path.string() + "'";
  if (std::system(command.c_str()) != 0) throw std::runtime_error("failed: " + command);
  return mlp::read_file_bytes(output_path.string(), std::uintmax_t{1} << 30);
}

}  // namespace test_data
