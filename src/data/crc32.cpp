// crc32.cpp — CRC-32 one byte at a time, with a table of 256 precomputed remainders.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
#include "data/crc32.hpp"

#include <array>

namespace mlp {
namespace {

// table[b] = the remainder after shifting the 8 bits of b out of the register, one bit at a
// time: whenever the bit leaving the register is 1, the polynomial is subtracted (XOR).
std::array<std::uint32_t, 256> make_table() {
  std::array<std::uint32_t, 256> table{};
  for (std::uint32_t byte = 0; byte < 256; ++byte) {
    std::uint32_t remainder = byte;
    for (int bit = 0; bit < 8; ++bit) {
      remainder = (remainder & 1) ? (remainder >> 1) ^ 0xEDB88320u : remainder >> 1;
    }
    table[byte] = remainder;
  }
  return table;
}

}  // namespace

std::uint32_t crc32(const std::uint8_t* bytes, std::size_t size, std::uint32_t previous) {
  static const std::array<std::uint32_t, 256> table = make_table();
  std::uint32_t crc = ~previous;
  for (std::size_t i = 0; i < size; ++i) {
    crc = table[(crc ^ bytes[i]) & 0xFF] ^ (crc >> 8);
  }
  return ~crc;
}

}  // namespace mlp
