// idx.cpp — checking an IDX header against the real length of the file, then keeping the bytes.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
#include "data/idx.hpp"

#include <stdexcept>

#include "data/gzip.hpp"
#include "data/read_file.hpp"

namespace mlp {
namespace {

constexpr std::uint8_t kUnsignedByte = 0x08;
constexpr std::size_t kMaxDimensions = 4;
constexpr std::size_t kMagicBytes = 4;
constexpr std::size_t kSizeBytes = 4;
constexpr std::uintmax_t kMaxFileBytes = std::uintmax_t{256} << 20;

[[noreturn]] void fail(const std::string& name, const std::string& problem) {
  throw std::runtime_error(name + ": " + problem);
}

std::string type_text(std::uint8_t type) {
  const char* hex_digits = "0123456789abcdef";
  std::string text = "0x";
  text += hex_digits[type >> 4];
  text += hex_digits[type & 15];
  switch (type) {
    case 0x09:
      return text + " (signed byte)";
    case 0x0B:
      return text + " (16-bit integer)";
    case 0x0C:
      return text + " (32-bit integer)";
    case 0x0D:
      return text + " (32-bit float)";
    case 0x0E:
      return text + " (64-bit float)";
    default:
      return text + " (not an IDX type)";
  }
}

std::uint32_t read_big_endian_uint32(const std::uint8_t* bytes) {
  return (std::uint32_t{bytes[0]} << 24) | (std::uint32_t{bytes[1]} << 16) |
         (std::uint32_t{bytes[2]} << 8) | std::uint32_t{bytes[3]};
}

// The magic number and the sizes; returns the sizes.
std::vector<std::uint32_t> read_header(const std::vector<std::uint8_t>& bytes,
                                       const std::string& name) {
  if (bytes.size() < kMagicBytes) {
    fail(name,
         "truncated: " + std::to_string(bytes.size()) + " bytes are too few for an IDX header");
  }
  if (bytes[0] != 0 || bytes[1] != 0) {
    fail(name, "not an IDX file (it does not start with two zero bytes)");
  }
  if (bytes[2] != kUnsignedByte) {
    fail(name,
         "element type " + type_text(bytes[2]) + " is not supported; only 0x08 (unsigned byte) is");
  }
  const std::size_t dimension_count = bytes[3];
  if (dimension_count == 0 || dimension_count > kMaxDimensions) {
    fail(name, std::to_string(dimension_count) + " dimensions; only 1 to 4 are supported");
  }
  const std::size_t header_bytes = kMagicBytes + kSizeBytes * dimension_count;
  if (bytes.size() < header_bytes) {
    fail(name, "truncated header: " + std::to_string(dimension_count) + " dimensions need " +
                   std::to_string(header_bytes) + " bytes, the file has " +
                   std::to_string(bytes.size()));
  }
  std::vector<std::uint32_t> dims(dimension_count);
  for (std::size_t d = 0; d < dimension_count; ++d) {
    dims[d] = read_big_endian_uint32(bytes.data() + kMagicBytes + kSizeBytes * d);
  }
  for (std::size_t d = 0; d < dimension_count; ++d) {
    if (dims[d] == 0) {
      fail(name, "dimension " + std::to_string(d + 1) + " has size 0 (" + shape_text(dims) +
                     "); empty arrays are not supported");
    }
  }
  return dims;
}

// The header's sizes must account for exactly the `data_bytes` after it. Four 32-bit sizes can
// multiply to more than 64 bits hold, so each factor is checked before it is multiplied in.
void check_data_length(const std::vector<std::uint32_t>& dims, std::uint64_t data_bytes,
                       const std::string& name) {
  constexpr std::uint64_t kLargest = ~std::uint64_t{0};
  std::uint64_t needed = 1;
  bool overflow = false;
  for (std::uint32_t size : dims) {
    overflow = overflow || needed > kLargest / size;
    if (!overflow) needed *= size;
  }
  if (overflow || needed > data_bytes) {
    const std::string needed_text = overflow ? "more than 2^64" : std::to_string(needed);
    fail(name, "truncated: the sizes " + shape_text(dims) + " in the header need " + needed_text +
                   " bytes of data, the file has " + std::to_string(data_bytes));
  }
  if (needed < data_bytes) {
    fail(name, "the file is " + std::to_string(data_bytes - needed) +
                   " bytes too long for the sizes " + shape_text(dims) + " in its header");
  }
}

}  // namespace

std::string shape_text(const std::vector<std::uint32_t>& dims) {
  std::string text;
  for (std::size_t d = 0; d < dims.size(); ++d)
    text += (d == 0 ? "" : " x ") + std::to_string(dims[d]);
  return text;
}

IdxArray parse_idx(std::vector<std::uint8_t> bytes, const std::string& name) {
  if (looks_gzipped(bytes)) bytes = gunzip(bytes, name);
  IdxArray array;
  array.dims = read_header(bytes, name);
  const std::size_t header_bytes = kMagicBytes + kSizeBytes * array.dims.size();
  check_data_length(array.dims, bytes.size() - header_bytes, name);
  bytes.erase(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(header_bytes));
  array.bytes = std::move(bytes);
  return array;
}

IdxArray read_idx(const std::string& path) {
  return parse_idx(read_file_bytes(path, kMaxFileBytes), path);
}

}  // namespace mlp
