// read_file.cpp — check the file's kind and size first, then read it in one go.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
#include "data/read_file.hpp"

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace mlp {

std::vector<std::uint8_t> read_file_bytes(const std::string& path, std::uintmax_t max_bytes) {
  const auto fail = [&](const std::string& problem) {
    throw std::runtime_error(path + ": " + problem);
  };
  std::error_code error;
  const std::filesystem::file_status status = std::filesystem::status(path, error);
  if (!std::filesystem::exists(status)) fail("no such file");
  if (!std::filesystem::is_regular_file(status)) fail("not a regular file");
  const std::uintmax_t size = std::filesystem::file_size(path, error);
  if (error) fail("cannot read the size (" + error.message() + ")");
  if (size > max_bytes) {
    fail("the file has " + std::to_string(size) + " bytes, more than the " +
         std::to_string(max_bytes) + " expected for this kind of file");
  }
  std::ifstream file(path, std::ios::binary);
  if (!file) fail("cannot open the file");
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(size));
  file.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(size));
  if (static_cast<std::uintmax_t>(file.gcount()) != size) fail("read failed");
  return bytes;
}

}  // namespace mlp
