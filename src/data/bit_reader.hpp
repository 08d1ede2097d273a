// bit_reader.hpp — reading a DEFLATE stream bit by bit, lowest bit of each byte first.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
//
// DEFLATE does not respect byte boundaries: a 3-bit block header, a 7-bit Huffman code and a
// 5-bit count follow one another with no gaps. The rule for where the bits go is:
//
//   * Bytes are consumed in order, and inside a byte the lowest bit (value 1) comes first.
//   * A number of several bits (a block type, a count of extra bits) is stored with its lowest
//     bit first, so reading it lowest bit first rebuilds it as it was written.
//   * A Huffman code is the exception: it is stored with its first (most significant) bit first.
//     huffman.hpp deals with that by indexing its table with the bits in reversed order.
//
// Reading one bit at a time would be slow, so the reader keeps up to 64 bits in an integer,
// `buffer_`. Byte k that was loaded goes to bits 8k…8k+7 of it, so the next unread bit of the
// stream is always bit 0 of the buffer: n bits are read by masking the low n bits and then
// shifting the buffer right by n. Whenever fewer bits remain than are needed, whole bytes are
// appended above the ones still there.
//
// Every read checks that the bits exist, so a truncated stream ends with an exception that names
// the file, never with a read past the end of the input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>

namespace mlp {

class BitReader {
 public:
  // Reads `size` bytes at `data`, starting at byte `offset`. `name` (which must outlive the
  // reader) starts every error message.
  BitReader(const std::uint8_t* data, std::size_t size, std::size_t offset, const std::string& name)
      : next_(data + offset), end_(data + size), start_(data), name_(name) {}

  [[noreturn]] void fail(const std::string& problem) const {
    throw std::runtime_error(name_ + ": " + problem);
  }

  // Appends whole bytes until the buffer holds more than 56 bits (so 57 to 64), or the input
  // ends. 56 is the most that can be topped up with whole bytes without overflowing 64 bits.
  void refill() {
    while (count_ <= 56 && next_ != end_) {
      buffer_ |= std::uint64_t{*next_++} << count_;
      count_ += 8;
    }
  }

  // Makes sure at least n bits are buffered (n <= 57), or fails because the input ended.
  void ensure(unsigned n) {
    if (count_ < n) {
      refill();
      if (count_ < n) fail("truncated deflate stream");
    }
  }

  unsigned buffered() const { return count_; }

  // The next n bits (n <= 32) without consuming them. Bits beyond the buffered ones read as 0.
  std::uint32_t peek(unsigned n) const {
    return static_cast<std::uint32_t>(buffer_ & ((std::uint64_t{1} << n) - 1));
  }

  // Consumes n bits that were looked at with peek.
  void drop(unsigned n) {
    if (n > count_) fail("truncated deflate stream");
    buffer_ >>= n;
    count_ -= n;
  }

  // Reads an n-bit number (n <= 32), lowest bit first.
  std::uint32_t bits(unsigned n) {
    ensure(n);
    const std::uint32_t value = peek(n);
    buffer_ >>= n;
    count_ -= n;
    return value;
  }

  // Skips to the next byte boundary, then gives the whole bytes still in the buffer back to the
  // input, so that reading continues byte by byte at position().
  void align_to_byte() {
    const unsigned partial = count_ % 8;
    buffer_ >>= partial;
    count_ -= partial;
    next_ -= count_ / 8;
    buffer_ = 0;
    count_ = 0;
  }

  // The offset of the next byte to read. Meaningful after align_to_byte().
  std::size_t position() const { return static_cast<std::size_t>(next_ - start_); }

  // The next `size` bytes, read directly (after align_to_byte()); fails if the input is shorter.
  const std::uint8_t* take_bytes(std::size_t size) {
    if (static_cast<std::size_t>(end_ - next_) < size) fail("truncated deflate stream");
    next_ += size;
    return next_ - size;
  }

 private:
  std::uint64_t buffer_ = 0;  // the next count_ bits of the stream, the first one in bit 0
  unsigned count_ = 0;
  const std::uint8_t* next_;  // first byte not yet in the buffer
  const std::uint8_t* end_;
  const std::uint8_t* start_;
  const std::string& name_;
};

}  // namespace mlp
