// replay_main.cpp — runs a fuzz target on saved inputs, without a fuzzer.
//
// libFuzzer supplies its own main() that invents inputs. This one, linked with the same target
// instead, only replays files: every file in the folders (or the single files) named on the
// command line, in sorted order so the output is the same on every machine. That is how the
// corpus under tests/fuzz/corpus/ — good inputs, tricky bad ones, and every input that once
// broke a parser — is re-checked by CTest with any compiler.
//
// A replayed input fails when the target lets an exception escape (a parser threw something it
// does not document). A crash or a failed fuzz check stops the program, which fails the test
// too. At the end it prints "N passed, N failed" and returns non-zero on any failure, or when
// no input was found at all (a mistyped folder must not pass silently).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

namespace fs = std::filesystem;

// The files named on the command line, folders replaced by the files they contain.
std::vector<fs::path> input_files(int argc, char** argv) {
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    const fs::path given = argv[i];
    if (!fs::is_directory(given)) {
      files.push_back(given);
      continue;
    }
    for (const fs::directory_entry& entry : fs::directory_iterator(given)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<std::uint8_t> file_bytes(const fs::path& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error(path.string() + ": cannot open the file");
  return std::vector<std::uint8_t>(std::istreambuf_iterator<char>(file), {});
}

// Replays one file; true when the target returned normally.
bool replay(const fs::path& path) {
  try {
    const std::vector<std::uint8_t> bytes = file_bytes(path);
    LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
    return true;
  } catch (const std::exception& error) {
    std::cout << path.string() << ": FAILED: an exception escaped the target: " << error.what()
              << std::endl;
    return false;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: " << argv[0] << " FOLDER_OR_FILE...\n";
    return 2;
  }
  int passed = 0;
  int failed = 0;
  for (const fs::path& path : input_files(argc, argv))
    ++(replay(path) ? passed : failed);
  std::cout << passed << " passed, " << failed << " failed" << std::endl;
  if (passed + failed == 0) std::cout << "no input files found" << std::endl;
  return failed == 0 && passed > 0 ? 0 : 1;
}
