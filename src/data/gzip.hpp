// gzip.hpp — unpacking gzip files (RFC 1952): a small header, DEFLATE data, and a checksum.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
//
// A gzip file holds one or more "members", one after another; unpacked, they give the
// concatenation of their contents. Each member is laid out as follows (numbers of several bytes
// are stored lowest byte first):
//
//   1f 8b        the magic bytes that mark a gzip file
//   08           the compression method: 8 = DEFLATE, the only one ever defined
//   FLG          flags saying which optional fields follow: FTEXT = 1 (a hint that the data is
//                text; ignored), FHCRC = 2, FEXTRA = 4, FNAME = 8, FCOMMENT = 16; the three
//                high bits are reserved and must be 0
//   MTIME (4)    modification time, XFL (1) compressor hints, OS (1): information only
//   [FEXTRA]     a 2-byte length XLEN and XLEN bytes of extra fields
//   [FNAME]      the original file name, ending with a zero byte
//   [FCOMMENT]   a comment, ending with a zero byte
//   [FHCRC]      the lowest 16 bits of the CRC-32 of the header bytes before it
//   ...          the compressed data, a DEFLATE stream (inflate.hpp)
//   CRC32 (4)    the CRC-32 (crc32.hpp) of the uncompressed bytes
//   ISIZE (4)    the number of uncompressed bytes, modulo 2^32
//
// The CRC-32 and ISIZE checks catch damage that still happens to decode: a flipped bit in the
// compressed data usually breaks the DEFLATE stream, and when it does not, it changes the output
// and so, almost surely, its CRC-32.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mlp {

// The default limit on the unpacked size: far above the 47 MB of the largest MNIST file, far
// below what would strain the memory of a laptop.
constexpr std::size_t kDefaultMaxGunzipBytes = std::size_t{256} << 20;

// True when the bytes start with the gzip magic bytes 1f 8b.
bool looks_gzipped(const std::vector<std::uint8_t>& bytes);

// The unpacked contents of gzip data (all its members). Throws std::runtime_error with a
// one-line message starting with `name` when the data is not gzip, is truncated or damaged,
// fails the CRC-32 or length check, has other bytes after the last member, or would unpack to
// more than `max_output` bytes.
std::vector<std::uint8_t> gunzip(const std::vector<std::uint8_t>& compressed,
                                 const std::string& name,
                                 std::size_t max_output = kDefaultMaxGunzipBytes);

}  // namespace mlp
