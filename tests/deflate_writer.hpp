// deflate_writer.hpp — test helper: writing DEFLATE streams by hand, bit by bit, so tests can
// build exactly the block they need (including malformed ones no compressor would make).
//
// It follows RFC 1951 independently of src/data: its own bit order, its own canonical-code
// construction and the length/distance tables as the RFC prints them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace test_data {

using Bytes = std::vector<std::uint8_t>;

struct Code {
  unsigned bits = 0;
  unsigned length = 0;
};

// Writes bits in DEFLATE's order: bytes filled from their lowest bit; numbers lowest bit first,
// Huffman codes first (most significant) bit first.
class BitWriter {
 public:
  void number(unsigned value, unsigned bit_count) {
    for (unsigned i = 0; i < bit_count; ++i)
      put((value >> i) & 1);
  }
  void code(const Code& code) {
    for (unsigned i = code.length; i > 0; --i)
      put((code.bits >> (i - 1)) & 1);
  }
  const Bytes& bytes() const { return bytes_; }  // the last byte padded with zero bits

 private:
  void put(unsigned bit) {
    if (bit_count_ % 8 == 0) bytes_.push_back(0);
    bytes_.back() = static_cast<std::uint8_t>(bytes_.back() | (bit << (bit_count_ % 8)));
    ++bit_count_;
  }
  Bytes bytes_;
  std::size_t bit_count_ = 0;
};

// The canonical code for the given lengths, worked out independently of huffman.cpp: visit the
// symbols by length, then by symbol; each gets the previous code plus one, and the code is
// doubled (a 0 appended) whenever the length grows by one.
inline std::vector<Code> canonical_codes(const std::vector<unsigned>& lengths) {
  std::vector<Code> codes(lengths.size());
  unsigned next = 0;
  for (unsigned length = 1; length <= 15; ++length) {
    next <<= 1;
    for (std::size_t symbol = 0; symbol < lengths.size(); ++symbol)
      if (lengths[symbol] == length) codes[symbol] = {next++, length};
  }
  return codes;
}

// `count` code lengths, all 0 except the listed (symbol, length) pairs.
inline std::vector<unsigned> lengths_with(std::size_t count,
                                          const std::vector<std::pair<unsigned, unsigned>>& used) {
  std::vector<unsigned> lengths(count, 0);
  for (const auto& [symbol, length] : used)
    lengths[symbol] = length;
  return lengths;
}

// The fixed code of block type 1 (RFC 1951, section 3.2.6).
inline Code fixed_literal(unsigned symbol) {
  if (symbol < 144) return {0x30 + symbol, 8};
  if (symbol < 256) return {0x190 + symbol - 144, 9};
  if (symbol < 280) return {symbol - 256, 7};
  return {0xC0 + symbol - 280, 8};
}
inline Code fixed_distance(unsigned symbol) {
  return {symbol, 5};
}

// The tables of RFC 1951, section 3.2.5, as printed there: the smallest value of each symbol and
// its number of extra bits.
inline const std::vector<unsigned> kLengthBase = {3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                                  15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                                  67, 83, 99, 115, 131, 163, 195, 227, 258};
inline const std::vector<unsigned> kLengthExtra = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                   2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
inline const std::vector<unsigned> kDistanceBase = {
    1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
inline const std::vector<unsigned> kDistanceExtra = {0, 0, 0,  0,  1,  1,  2,  2,  3,  3,
                                                     4, 4, 5,  5,  6,  6,  7,  7,  8,  8,
                                                     9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

// Writes `value` as the last symbol whose base is at most `value`, then its extra bits.
inline void write_value(BitWriter& writer, unsigned value, const std::vector<unsigned>& base,
                        const std::vector<unsigned>& extra, const std::vector<Code>& codes,
                        unsigned first_symbol) {
  std::size_t index = base.size() - 1;
  while (base[index] > value)
    --index;
  writer.code(codes[first_symbol + index]);
  writer.number(value - base[index], extra[index]);
}

struct BlockCodes {
  std::vector<Code> literals;
  std::vector<Code> distances;
};

inline BlockCodes fixed_codes() {
  BlockCodes codes;
  for (unsigned symbol = 0; symbol < 288; ++symbol)
    codes.literals.push_back(fixed_literal(symbol));
  for (unsigned symbol = 0; symbol < 32; ++symbol)
    codes.distances.push_back(fixed_distance(symbol));
  return codes;
}

inline void write_copy(BitWriter& writer, const BlockCodes& codes, unsigned length,
                       unsigned distance) {
  write_value(writer, length, kLengthBase, kLengthExtra, codes.literals, 257);
  write_value(writer, distance, kDistanceBase, kDistanceExtra, codes.distances, 0);
}

inline void write_literals(BitWriter& writer, const BlockCodes& codes, const std::string& text) {
  for (unsigned char c : text)
    writer.code(codes.literals[c]);
}

// The start of a final dynamic block: the header bits and the code-length code's lengths (given
// by symbol, all 19 written). Returns the code-length code.
inline std::vector<Code> dynamic_header(BitWriter& writer, std::size_t literal_count,
                                        std::size_t distance_count,
                                        const std::vector<unsigned>& code_length_lengths) {
  static const unsigned kOrder[19] = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                      11, 4,  12, 3, 13, 2, 14, 1, 15};
  writer.number(1, 1);
  writer.number(2, 2);
  writer.number(static_cast<unsigned>(literal_count - 257), 5);
  writer.number(static_cast<unsigned>(distance_count - 1), 5);
  writer.number(19 - 4, 4);
  for (unsigned symbol : kOrder)
    writer.number(code_length_lengths[symbol], 3);
  return canonical_codes(code_length_lengths);
}

// A final dynamic block's header for the given code lengths, each written as itself (symbols
// 0-15 of the code-length code, all with 4-bit codes); returns the block's two codes.
inline BlockCodes simple_dynamic_header(BitWriter& writer,
                                        const std::vector<unsigned>& literal_lengths,
                                        const std::vector<unsigned>& distance_lengths) {
  std::vector<unsigned> code_length_lengths(19, 0);
  for (unsigned symbol = 0; symbol < 16; ++symbol)
    code_length_lengths[symbol] = 4;
  const std::vector<Code> code_length_code =
      dynamic_header(writer, literal_lengths.size(), distance_lengths.size(), code_length_lengths);
  for (unsigned length : literal_lengths)
    writer.code(code_length_code[length]);
  for (unsigned length : distance_lengths)
    writer.code(code_length_code[length]);
  return {canonical_codes(literal_lengths), canonical_codes(distance_lengths)};
}

}  // namespace test_data
