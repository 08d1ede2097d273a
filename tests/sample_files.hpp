// sample_files.hpp — small data files built in memory for tests: IDX arrays, and gzip files that
// wrap any bytes without compressing them.
//
// The tests need damaged and oversized inputs, and the easiest way to damage a file on purpose
// is to build it byte by byte. A gzip member whose DEFLATE data are "stored" blocks (type 0: a
// 5-byte block header, then the bytes as they are) needs no compressor at all, and is still a
// real gzip file that the gzip program and our decoder both read.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "data/crc32.hpp"

namespace sample {

using Bytes = std::vector<std::uint8_t>;

inline void append_uint32(Bytes& bytes, std::uint32_t value, bool big_endian) {
  for (int i = 0; i < 4; ++i) {
    const int shift = big_endian ? 24 - 8 * i : 8 * i;
    bytes.push_back(static_cast<std::uint8_t>(value >> shift));
  }
}

// An IDX file of unsigned bytes (type 08): 00 00 08 D, the D sizes big-endian, then `elements`.
// The sizes are written as given, so a test can make a header that lies about the data.
inline Bytes idx_file(const std::vector<std::uint32_t>& dims, const Bytes& elements) {
  Bytes bytes = {0, 0, 0x08, static_cast<std::uint8_t>(dims.size())};
  for (std::uint32_t size : dims)
    append_uint32(bytes, size, true);
  bytes.insert(bytes.end(), elements.begin(), elements.end());
  return bytes;
}

// The 10-byte gzip member header: magic, method 8, no flags, no time, OS 255 (unknown).
inline Bytes gzip_header() {
  return {0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff};
}

// The 8-byte trailer: CRC-32 and length of the unpacked bytes, lowest byte first.
inline void append_gzip_trailer(Bytes& bytes, const Bytes& unpacked) {
  append_uint32(bytes, mlp::crc32(unpacked.data(), unpacked.size()), false);
  append_uint32(bytes, static_cast<std::uint32_t>(unpacked.size()), false);
}

// A gzip file holding `contents` in stored blocks of at most 65535 bytes each. A block starts
// with BFINAL (1 on the last block) and BTYPE 00 in the low bits of one byte, then LEN and its
// complement NLEN (2 bytes each, lowest first), then LEN bytes.
inline Bytes stored_gzip(const Bytes& contents) {
  Bytes bytes = gzip_header();
  std::size_t offset = 0;
  do {
    const std::size_t length = std::min<std::size_t>(contents.size() - offset, 65535);
    const bool last = offset + length == contents.size();
    bytes.push_back(last ? 1 : 0);
    for (unsigned value : {unsigned(length), unsigned(~length & 0xFFFF)}) {
      bytes.push_back(static_cast<std::uint8_t>(value & 0xFF));
      bytes.push_back(static_cast<std::uint8_t>(value >> 8));
    }
    bytes.insert(bytes.end(), contents.begin() + offset, contents.begin() + offset + length);
    offset += length;
  } while (offset < contents.size());
  append_gzip_trailer(bytes, contents);
  return bytes;
}

}  // namespace sample
