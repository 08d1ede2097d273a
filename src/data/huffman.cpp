// huffman.cpp — turning code lengths into the canonical code's decoding tables, and the
// bit-by-bit decoder for codes too long for the fast table.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
#include "data/huffman.hpp"

#include <stdexcept>

namespace mlp {
namespace {

// The lowest `length` bits of `code`, in the opposite order: reversed(0b0011, 4) = 0b1100.
unsigned reversed(unsigned code, unsigned length) {
  unsigned result = 0;
  for (unsigned i = 0; i < length; ++i) {
    result = (result << 1) | (code & 1);
    code >>= 1;
  }
  return result;
}

}  // namespace

CodeShape HuffmanCode::build(const std::uint8_t* lengths, std::size_t count) {
  if (count > kMaxSymbols) throw std::invalid_argument("HuffmanCode: more than 288 symbols");
  count_of_length_.fill(0);
  fast_.fill(0);
  used_symbols_ = 0;
  longest_ = 0;
  for (std::size_t symbol = 0; symbol < count; ++symbol) {
    const unsigned length = lengths[symbol];
    if (length > kMaxBits) throw std::invalid_argument("HuffmanCode: code length above 15");
    if (length == 0) continue;
    ++count_of_length_[length];
    ++used_symbols_;
    if (length > longest_) longest_ = length;
  }
  if (used_symbols_ == 0) return CodeShape::Empty;

  // Are there enough bit strings for all the codes? `free_strings` counts the strings of the
  // current length that do not start with a shorter code: 2 of length 1, and each length
  // doubles what the shorter codes left over.
  long free_strings = 1;
  for (unsigned length = 1; length <= kMaxBits; ++length) {
    free_strings = 2 * free_strings - count_of_length_[length];
    if (free_strings < 0) return CodeShape::OverSubscribed;
  }

  // The canonical rule: the first code of each length, and where that length's symbols start in
  // symbols_in_code_order_ (sorted by code length, then by symbol).
  std::array<unsigned, kMaxBits + 1> next_code{};
  std::array<unsigned, kMaxBits + 1> next_slot{};
  unsigned code = 0;
  unsigned slot = 0;
  for (unsigned length = 1; length <= kMaxBits; ++length) {
    next_code[length] = code;
    next_slot[length] = slot;
    code = (code + count_of_length_[length]) << 1;
    slot += count_of_length_[length];
  }

  // Hand out the codes in symbol order and enter the short ones in the fast table.
  for (std::size_t symbol = 0; symbol < count; ++symbol) {
    const unsigned length = lengths[symbol];
    if (length == 0) continue;
    symbols_in_code_order_[next_slot[length]++] = static_cast<std::uint16_t>(symbol);
    const unsigned symbol_code = next_code[length]++;
    if (length > kFastBits) continue;
    const auto entry = static_cast<std::uint16_t>((symbol << 4) | length);
    for (unsigned index = reversed(symbol_code, length); index < fast_.size();
         index += 1u << length) {
      fast_[index] = entry;
    }
  }
  return free_strings == 0 ? CodeShape::Complete : CodeShape::Incomplete;
}

unsigned HuffmanCode::decode_slowly(BitReader& reader) const {
  unsigned code = 0;   // the bits read so far, the first one the most significant
  unsigned first = 0;  // the first code of the current length
  unsigned slot = 0;   // where the symbols of the current length start in symbols_in_code_order_
  for (unsigned length = 1; length <= kMaxBits; ++length) {
    if (length > reader.buffered()) reader.fail("truncated deflate stream");
    code |= (reader.peek(length) >> (length - 1)) & 1;
    const unsigned count = count_of_length_[length];
    if (code - first < count) {  // the codes of this length are first … first + count - 1
      reader.drop(length);
      return symbols_in_code_order_[slot + (code - first)];
    }
    slot += count;
    first = (first + count) << 1;
    code <<= 1;
  }
  reader.fail("invalid Huffman code (a bit sequence that starts no code)");
}

}  // namespace mlp
