// atomic_file.cpp — write to a temporary file, then rename it into place.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
#include "report/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>

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

void write_file_atomically(const std::string& path, const std::string& contents) {
  const std::string temporary = path + ".tmp";
  errno = 0;
  if (write_whole_file(temporary, contents) && std::rename(temporary.c_str(), path.c_str()) == 0) {
    return;
  }
  const std::string reason = errno != 0 ? std::strerror(errno) : "write failed";
  std::remove(temporary.c_str());
  throw std::runtime_error("cannot write " + path + ": " + reason);
}

}  // namespace mlp
