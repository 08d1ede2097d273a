// gzip.cpp — the gzip container: member headers, the CRC-32 and length checks, and members
// following one another.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
#include "data/gzip.hpp"

#include <algorithm>
#include <stdexcept>

#include "data/crc32.hpp"
#include "data/inflate.hpp"

namespace mlp {
namespace {

constexpr std::uint8_t kMagic1 = 0x1f;
constexpr std::uint8_t kMagic2 = 0x8b;
constexpr std::uint8_t kMethodDeflate = 8;
constexpr std::uint8_t kFlagHeaderCrc = 2;
constexpr std::uint8_t kFlagExtra = 4;
constexpr std::uint8_t kFlagName = 8;
constexpr std::uint8_t kFlagComment = 16;
constexpr std::uint8_t kReservedFlags = 0xE0;
constexpr std::size_t kFixedHeaderBytes = 10;
constexpr std::size_t kTrailerBytes = 8;
// DEFLATE cannot expand data by more than about 1032 times (a 258-byte copy costs at least 2 bits).
constexpr std::size_t kMaxExpansion = 1032;

std::uint32_t read_uint32(const std::uint8_t* bytes) {
  return std::uint32_t{bytes[0]} | (std::uint32_t{bytes[1]} << 8) |
         (std::uint32_t{bytes[2]} << 16) | (std::uint32_t{bytes[3]} << 24);
}

std::string hex(std::uint32_t value, int digits) {
  const char* hex_digits = "0123456789abcdef";
  std::string text = "0x";
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
    text += hex_digits[(value >> shift) & 15];
  return text;
}

bool has_magic_at(const std::vector<std::uint8_t>& bytes, std::size_t offset) {
  return bytes.size() - offset >= 2 && bytes[offset] == kMagic1 && bytes[offset + 1] == kMagic2;
}

// Walks through the fields of one member header.
class HeaderReader {
 public:
  HeaderReader(const std::vector<std::uint8_t>& bytes, std::size_t offset, const std::string& name)
      : bytes_(bytes), start_(offset), offset_(offset), name_(name) {}

  [[noreturn]] void fail(const std::string& problem) const {
    throw std::runtime_error(name_ + ": " + problem);
  }

  // The header's fields; returns the offset of the compressed data that follows it.
  std::size_t read() {
    const std::uint8_t* fixed = take(kFixedHeaderBytes);
    if (fixed[0] != kMagic1 || fixed[1] != kMagic2) {
      fail("not gzip data (it does not start with the bytes 1f 8b)");
    }
    if (fixed[2] != kMethodDeflate) {
      fail("unknown gzip compression method " + std::to_string(fixed[2]) + " (only 8 exists)");
    }
    const std::uint8_t flags = fixed[3];
    if (flags & kReservedFlags) fail("reserved gzip header flags are set (" + hex(flags, 2) + ")");
    if (flags & kFlagExtra) {
      const std::uint8_t* length = take(2);
      take(length[0] | (length[1] << 8));
    }
    if (flags & kFlagName) skip_zero_terminated("file name");
    if (flags & kFlagComment) skip_zero_terminated("comment");
    if (flags & kFlagHeaderCrc) check_header_crc();
    return offset_;
  }

 private:
  const std::uint8_t* take(std::size_t count) {
    if (bytes_.size() - offset_ < count) fail("truncated gzip header");
    offset_ += count;
    return bytes_.data() + offset_ - count;
  }

  void skip_zero_terminated(const char* what) {
    const auto begin = bytes_.begin() + static_cast<std::ptrdiff_t>(offset_);
    const auto zero = std::find(begin, bytes_.end(), 0);
    if (zero == bytes_.end()) fail(std::string("truncated gzip header (in the ") + what + ")");
    offset_ += static_cast<std::size_t>(zero - begin) + 1;
  }

  void check_header_crc() {
    const std::uint32_t computed = crc32(bytes_.data() + start_, offset_ - start_) & 0xFFFF;
    const std::uint8_t* stored_bytes = take(2);
    const std::uint32_t stored = stored_bytes[0] | (stored_bytes[1] << 8);
    if (stored != computed) {
      fail("gzip header CRC mismatch (stored " + hex(stored, 4) + ", computed " + hex(computed, 4) +
           ")");
    }
  }

  const std::vector<std::uint8_t>& bytes_;
  std::size_t start_;
  std::size_t offset_;
  const std::string& name_;
};

// Unpacks the member at `offset`, appending to `output`; returns the offset after it.
std::size_t gunzip_member(const std::vector<std::uint8_t>& compressed, std::size_t offset,
                          std::vector<std::uint8_t>& output, std::size_t max_output,
                          const std::string& name) {
  HeaderReader header(compressed, offset, name);
  const std::size_t data_offset = header.read();
  const std::size_t first_byte = output.size();
  const std::size_t trailer_offset = inflate(compressed, data_offset, output, max_output, name);
  if (compressed.size() - trailer_offset < kTrailerBytes) {
    header.fail("truncated gzip trailer (the CRC-32 and length after the data are missing)");
  }
  const std::uint32_t stored_crc = read_uint32(compressed.data() + trailer_offset);
  const std::uint32_t stored_size = read_uint32(compressed.data() + trailer_offset + 4);
  const std::size_t size = output.size() - first_byte;
  const std::uint32_t computed_crc = crc32(output.data() + first_byte, size);
  if (stored_crc != computed_crc) {
    header.fail("CRC-32 mismatch (stored " + hex(stored_crc, 8) + ", computed " +
                hex(computed_crc, 8) + "): the file is damaged");
  }
  if (stored_size != static_cast<std::uint32_t>(size)) {
    header.fail("length mismatch (the trailer says " + std::to_string(stored_size) +
                " bytes modulo 2^32, the data unpacks to " + std::to_string(size) + ")");
  }
  return trailer_offset + kTrailerBytes;
}

// How much room to reserve for the output: the last member's ISIZE, which for the usual file of
// one member is the exact size. It is only a hint, so it is capped by what the compressed size
// could possibly produce and by the limit.
std::size_t expected_size(const std::vector<std::uint8_t>& compressed, std::size_t max_output) {
  if (compressed.size() < kFixedHeaderBytes + kTrailerBytes) return 0;
  const std::size_t isize = read_uint32(compressed.data() + compressed.size() - 4);
  const std::size_t possible = compressed.size() > max_output / kMaxExpansion
                                   ? max_output
                                   : compressed.size() * kMaxExpansion;
  return std::min({isize, possible, max_output});
}

}  // namespace

bool looks_gzipped(const std::vector<std::uint8_t>& bytes) {
  return has_magic_at(bytes, 0);
}

std::vector<std::uint8_t> gunzip(const std::vector<std::uint8_t>& compressed,
                                 const std::string& name, std::size_t max_output) {
  if (!looks_gzipped(compressed)) {
    throw std::runtime_error(name + ": not gzip data (it does not start with the bytes 1f 8b)");
  }
  std::vector<std::uint8_t> output;
  output.reserve(expected_size(compressed, max_output));
  std::size_t offset = 0;
  while (offset < compressed.size()) {
    if (!has_magic_at(compressed, offset)) {
      throw std::runtime_error(name + ": " + std::to_string(compressed.size() - offset) +
                               " unexpected bytes after the end of the gzip data");
    }
    offset = gunzip_member(compressed, offset, output, max_output, name);
  }
  return output;
}

}  // namespace mlp
