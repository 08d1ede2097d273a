// idx.hpp — reading IDX files, the plain array format the MNIST digits come in.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
//
// An IDX file is a short header followed by the elements of one array:
//
//   00 00        two zero bytes
//   TYPE         the element type: 08 unsigned byte, 09 signed byte, 0B 16-bit integer,
//                0C 32-bit integer, 0D 32-bit float, 0E 64-bit float
//   D            the number of dimensions
//   D sizes      each a 32-bit unsigned number, most significant byte first ("big-endian")
//   elements     size1 x size2 x … of them, the last index changing fastest: for images of
//                N x 28 x 28, the 784 pixels of image 0 row by row, then image 1, and so on
//
// MNIST uses two kinds: images (type 08, 3 dimensions: count x 28 x 28) and labels (type 08,
// 1 dimension: count). The files are usually gzip-compressed; read_idx unpacks them when they
// start with the gzip magic bytes (an IDX file starts with 00 00, so the two cannot be confused).
//
// What this reader accepts, deliberately narrowly:
//   * only element type 08 (every MNIST file); other types are refused by name;
//   * 1 to 4 dimensions;
//   * every size at least 1: an empty array has no use here and most likely means a broken file;
//   * a file exactly as long as the header says, neither shorter (truncated) nor longer. The
//     length is checked, without overflow, before anything is allocated, so a damaged header that
//     claims billions of elements fails at once.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace mlp {

struct IdxArray {
  std::vector<std::uint32_t> dims;  // the size of each dimension, the first one first
  std::vector<std::uint8_t> bytes;  // the elements in the file's order
};

// Parses an IDX file held in memory, gzip-compressed or not. Throws std::runtime_error with a
// one-line message that starts with `name`.
IdxArray parse_idx(std::vector<std::uint8_t> bytes, const std::string& name);

// Reads the IDX file at `path` (gzip-compressed or not).
IdxArray read_idx(const std::string& path);

// The sizes as text, e.g. "60000 x 28 x 28".
std::string shape_text(const std::vector<std::uint32_t>& dims);

}  // namespace mlp
