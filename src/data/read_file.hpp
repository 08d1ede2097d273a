// read_file.hpp — reading a whole file into memory, refusing files that are far too big.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
//
// Parsers in this project work on bytes in memory (which also lets tests and fuzzers feed them
// made-up input); this is the one place that gets those bytes from disk. The size limit protects
// against a wrong path such as a disk image or a video being read in full. Only regular files are
// accepted, so a device like /dev/zero, which never ends, is refused instead of read forever.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mlp {

// All bytes of the file at `path`. Throws std::runtime_error naming the path when it does not
// exist, is not a regular file, cannot be read, or is larger than `max_bytes`.
std::vector<std::uint8_t> read_file_bytes(const std::string& path, std::uintmax_t max_bytes);

}  // namespace mlp
