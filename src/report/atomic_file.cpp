// atomic_file.cpp — write to a temporary file, then rename it into place.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
#include "report/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace mlp {
namespace {

// Writes every byte and closes the file; false if any step failed.
bool write_whole_file(const std::string& path, const std::string& contents) {
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  if (!file) return false;
  file.write(contents.data(), static_cast<std::streamsize>(contents.size()));
  file.close();
  return !file.fail();
}

}  // namespace

// std::filesystem::rename, not std::rename: the C function keeps the operating system's own rule,
// and Windows refuses to rename onto an existing file, which is the whole point here. The
// filesystem one is specified to replace an existing file, on Windows too.
void write_file_atomically(const std::string& path, const std::string& contents) {
  const std::string temporary = path + ".tmp";
  errno = 0;
  std::string reason = "write failed";
  if (write_whole_file(temporary, contents)) {
    std::error_code error;
    std::filesystem::rename(temporary, path, error);
    if (!error) return;
    reason = error.message();
  } else if (errno != 0) {
    reason = std::strerror(errno);
  }
  std::error_code ignored;
  std::filesystem::remove(temporary, ignored);
  throw std::runtime_error("cannot write " + path + ": " + reason);
}

}  // namespace mlp
