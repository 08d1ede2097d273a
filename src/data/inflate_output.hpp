// inflate_output.hpp — where DEFLATE's output goes: literal bytes, copied raw bytes, and
// back-references into what was already written, with a hard limit on the total size.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
//
// The whole output stays in memory, so a back-reference "copy `length` bytes from `distance`
// bytes back" simply reads from earlier in the same array; no separate 32 KiB window is needed.
//
// The vector grows ahead of the writing (at least doubling each time, so growing costs little
// overall) and is cut back to the bytes really written by finish(). The limit `max_size` makes
// a "decompression bomb" — a small file that expands to gigabytes — fail with a clear message
// instead of exhausting the memory.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <vector>

namespace mlp {

class InflateOutput {
 public:
  // Appends to `bytes`, which must outlive this object; back-references reach back at most to
  // its size at this point. `name` starts error messages.
  InflateOutput(std::vector<std::uint8_t>& bytes, std::size_t max_size, const std::string& name)
      : bytes_(bytes), start_(bytes.size()), size_(bytes.size()), max_size_(max_size), name_(name) {
    data_ = bytes_.data();
  }

  void literal(std::uint8_t byte) {
    make_room(1);
    data_[size_++] = byte;
  }

  void append(const std::uint8_t* bytes, std::size_t count) {
    make_room(count);
    if (count > 0) std::memcpy(data_ + size_, bytes, count);
    size_ += count;
  }

  // Copies `length` bytes that start `distance` bytes before the end of the output.
  void copy_back(std::size_t distance, std::size_t length) {
    if (distance > size_ - start_) {
      fail("invalid distance too far back (" + std::to_string(distance) + " bytes, when only " +
           std::to_string(size_ - start_) + " have been decoded)");
    }
    make_room(length);
    std::uint8_t* to = data_ + size_;
    const std::uint8_t* from = to - distance;
    if (distance >= length) {
      std::memcpy(to, from, length);  // source and destination do not overlap
    } else if (distance == 1) {
      std::memset(to, *from, length);  // a run of one repeated byte
    } else {
      // The copy overlaps its own output: the bytes written first are read again further on, so
      // "copy 9 from 3 back" after "abc" writes "abcabcabc". This must go byte by byte, in order.
      for (std::size_t i = 0; i < length; ++i)
        to[i] = from[i];
    }
    size_ += length;
  }

  // Cuts the vector back to the bytes written.
  void finish() { bytes_.resize(size_); }

 private:
  void make_room(std::size_t count) {
    if (bytes_.size() - size_ < count) grow(count);
  }

  void grow(std::size_t count) {
    if (count > max_size_ - std::min(size_, max_size_)) {
      fail("the decompressed data would exceed the limit of " + std::to_string(max_size_) +
           " bytes (a damaged file, or not the file expected)");
    }
    constexpr std::size_t kFirstSize = std::size_t{1} << 16;
    const std::size_t doubled = bytes_.size() > max_size_ / 2 ? max_size_ : 2 * bytes_.size();
    std::size_t wanted = std::max({size_ + count, doubled, kFirstSize});
    // Memory reserved in advance (gzip knows the final size) is used up before moving elsewhere.
    if (wanted > bytes_.capacity() && size_ + count <= bytes_.capacity())
      wanted = bytes_.capacity();
    bytes_.resize(std::min(wanted, max_size_));
    data_ = bytes_.data();
  }

  [[noreturn]] void fail(const std::string& problem) const {
    throw std::runtime_error(name_ + ": " + problem);
  }

  std::vector<std::uint8_t>& bytes_;
  std::uint8_t* data_;
  std::size_t start_;  // this stream's first byte
  std::size_t size_;   // bytes written; bytes_ may be longer, with room for more
  std::size_t max_size_;
  const std::string& name_;
};

}  // namespace mlp
