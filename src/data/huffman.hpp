// huffman.hpp — decoding canonical Huffman codes, as DEFLATE uses them, with a lookup table.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
//
// A Huffman code gives frequent symbols short bit strings and rare symbols long ones, and no
// code is the beginning of another, so a decoder always knows where a code ends. DEFLATE never
// stores the codes themselves, only each symbol's code LENGTH (0 = the symbol is not used). The
// codes follow from the lengths by the "canonical" rule:
//
//   * shorter codes come before longer ones (as binary numbers, padded on the right), and
//   * codes of the same length are consecutive numbers, in the order of their symbols.
//
// Example: lengths A=2, B=1, C=3, D=3 give B=0, A=10, C=110, D=111. Counting how many codes each
// length has is enough to rebuild this: the first code of length L is
// (first code of length L-1 + number of codes of length L-1), doubled.
//
// Decoding is done two ways:
//
//   * Fast: a table indexed by the next kFastBits bits of the stream. Each entry holds the symbol
//     whose code those bits start with and that code's length. A code of length L fills every
//     entry whose low L bits are the code, i.e. 2^(kFastBits - L) entries. Because the stream
//     delivers a code's first bit as the LOWEST bit of the index (see bit_reader.hpp), the code
//     goes into the index bit-reversed.
//   * Slow, for the rare codes longer than kFastBits: the code is read one bit at a time and
//     compared against the range of codes of each length (the canonical rule makes the codes of
//     one length a single range).
//
// Choosing kFastBits = 10 keeps the table small (1024 entries, rebuilt for every block). Long
// codes belong to rare symbols, so nearly every code read is found with one table look-up.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "data/bit_reader.hpp"

namespace mlp {

// Whether a set of code lengths describes a usable code.
enum class CodeShape {
  Complete,        // every bit string starts some code: the usual case
  Incomplete,      // some bit strings start no code; those cannot be decoded
  OverSubscribed,  // more codes than bit strings of those lengths: not a code at all
  Empty,           // every length is 0: no symbols
};

class HuffmanCode {
 public:
  static constexpr unsigned kMaxBits = 15;  // DEFLATE's longest code
  static constexpr unsigned kMaxSymbols = 288;
  static constexpr unsigned kFastBits = 10;

  // Builds the code for symbols 0 … count-1 from their code lengths (each 0 … 15, count at most
  // 288) and says what kind of code it is. Decoding is only meaningful for a Complete code or
  // for the Incomplete ones that DEFLATE allows (decoding an unused bit string then fails).
  CodeShape build(const std::uint8_t* lengths, std::size_t count);

  // The number of symbols with a non-zero code length.
  unsigned used_symbols() const { return used_symbols_; }
  // The length of the longest code (0 for an empty code).
  unsigned longest() const { return longest_; }

  // Reads one code from the stream and returns its symbol.
  unsigned decode(BitReader& reader) const {
    if (reader.buffered() < kMaxBits) reader.refill();
    const std::uint16_t entry = fast_[reader.peek(kFastBits)];
    const unsigned length = entry & 15;
    if (length == 0) return decode_slowly(reader);
    reader.drop(length);
    return entry >> 4;
  }

 private:
  unsigned decode_slowly(BitReader& reader) const;

  std::array<std::uint16_t, kMaxBits + 1> count_of_length_{};
  std::array<std::uint16_t, kMaxSymbols> symbols_in_code_order_{};
  // (symbol << 4) | code length; 0 where no code of at most kFastBits bits starts.
  std::array<std::uint16_t, 1u << kFastBits> fast_{};
  unsigned used_symbols_ = 0;
  unsigned longest_ = 0;
};

}  // namespace mlp
