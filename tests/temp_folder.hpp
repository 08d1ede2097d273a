// temp_folder.hpp — test helper: a temporary folder of the test's own, removed when the test is
// done, and reading and writing whole files.
//
// Tests that write files (models, pictures, gzip input, lesson programs) put them in a fresh
// folder under the system's temporary directory. Its name joins the test's name, a random number
// and a clock reading, and a name that already exists is never taken (another is drawn), so two
// runs of the same test at once (say from two build folders) never share a folder, nor do two
// folders made one after the other by one run. The destructor removes the folder with everything
// in it, also when a CHECK failed on the way.
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <sstream>
#include <string>
#include <system_error>
#include <vector>

namespace test_files {

class TempFolder {
 public:
  // Creates <temporary directory>/<prefix>-<random number>-<clock count>. The random number
  // comes from std::random_device (the system's entropy, not the seeded Rng of the framework),
  // since two processes must not pick the same name.
  explicit TempFolder(const std::string& prefix) {
    std::random_device entropy;
    do {
      path_ = std::filesystem::temp_directory_path() /
              (prefix + "-" + std::to_string(entropy()) + "-" +
               std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    } while (!std::filesystem::create_directory(path_));
  }

  // A destructor must not throw, so a folder that cannot be removed is left behind quietly.
  ~TempFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }

  // One owner only: a copy would remove the folder while the original still uses it.
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;

  const std::filesystem::path& path() const { return path_; }

  // The full name of a file in the folder, as the string the library's functions take.
  std::string file(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// The whole file, byte for byte (binary mode: no line-ending translation). A file that cannot be
// opened reads as empty, so the CHECK that looks at the text fails and the test goes on.
inline std::string read_text(const std::filesystem::path& path) {
  std::ifstream file(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(file), std::istreambuf_iterator<char>());
}

// The lines of `text`, without their line ends.
inline std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream stream(text);
  for (std::string line; std::getline(stream, line);)
    lines.push_back(line);
  return lines;
}

// Writes `bytes` as the whole file, replacing what was there.
inline void write_bytes(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes) {
  std::ofstream(path, std::ios::binary)
      .write(reinterpret_cast<const char*>(bytes.data()),
             static_cast<std::streamsize>(bytes.size()));
}

}  // namespace test_files
