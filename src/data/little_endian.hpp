// little_endian.hpp — numbers as bytes in a fixed order, so a file written on one machine reads
// the same on every other.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
//
// A 32-bit number such as 0x0A0B0C0D occupies four bytes. "Little-endian" stores the lowest byte
// first: 0D 0C 0B 0A. That is the order of x86 and ARM processors and of the formats we write
// (our model file, NumPy's '<f4'). Here the bytes are put together with shifts, which gives the
// same result whatever the order of the machine running the code.
//
// A float or double goes in as the integer with the same bits (its IEEE 754 encoding: sign,
// exponent, fraction), copied with std::memcpy, so every value — including -0, NaN and
// subnormals — comes back bit for bit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <type_traits>

#include "framework/scalar.hpp"

namespace mlp {

// Appends the lowest `byte_count` bytes of `value`, lowest byte first.
inline void append_little_endian(std::string& out, std::uint64_t value, std::size_t byte_count) {
  for (std::size_t i = 0; i < byte_count; ++i) {
    out.push_back(static_cast<char>((value >> (8 * i)) & 0xFF));
  }
}

// The number stored in `byte_count` bytes at `bytes`, lowest byte first.
inline std::uint64_t read_little_endian(const std::uint8_t* bytes, std::size_t byte_count) {
  std::uint64_t value = 0;
  for (std::size_t i = 0; i < byte_count; ++i) {
    value |= static_cast<std::uint64_t>(bytes[i]) << (8 * i);
  }
  return value;
}

// The unsigned integer type with exactly as many bits as a Scalar.
using ScalarBits = std::conditional_t<sizeof(Scalar) == 4, std::uint32_t, std::uint64_t>;
static_assert(sizeof(ScalarBits) == sizeof(Scalar), "Scalar must be a 4- or 8-byte IEEE float");

inline void append_scalar(std::string& out, Scalar value) {
  ScalarBits bits;
  std::memcpy(&bits, &value, sizeof bits);
  append_little_endian(out, bits, sizeof bits);
}

inline Scalar read_scalar(const std::uint8_t* bytes) {
  const auto bits = static_cast<ScalarBits>(read_little_endian(bytes, sizeof(ScalarBits)));
  Scalar value;
  std::memcpy(&value, &bits, sizeof value);
  return value;
}

}  // namespace mlp
