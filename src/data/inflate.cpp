// inflate.cpp — the block loop of DEFLATE: stored blocks, the fixed and the dynamic Huffman
// codes, lengths and distances with their extra bits, and the copying of back-references.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
#include "data/inflate.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "data/bit_reader.hpp"
#include "data/huffman.hpp"
#include "data/inflate_output.hpp"

namespace mlp {
namespace {

constexpr unsigned kEndOfBlock = 256;
constexpr unsigned kFirstLengthSymbol = 257;
constexpr unsigned kLengthSymbols = 29;    // 257 … 285 (286 and 287 are never valid)
constexpr unsigned kDistanceSymbols = 30;  // 0 … 29 (30 and 31 are never valid)
constexpr unsigned kMaxLiteralCodes = 286;

// The values a length or distance symbol stands for: base[i] plus an extra_bits[i]-bit number.
struct ValueRanges {
  const char* what;
  unsigned count;  // the valid symbols are 0 … count-1
  std::array<std::uint16_t, kDistanceSymbols> base{};
  std::array<std::uint8_t, kDistanceSymbols> extra_bits{};
};

// Length symbols 257 … 285. The first 8 stand for one length each (3 … 10); after that the
// ranges double in size every 4 symbols (one more extra bit), each starting where the previous
// one ended: 11-12, 13-14, 15-16, 17-18, 19-22, … 227-258. The last symbol, 285, is a special
// case that means exactly 258, the longest match, with no extra bits.
constexpr ValueRanges make_length_ranges() {
  ValueRanges ranges{"length", kLengthSymbols};
  unsigned base = 3;
  for (unsigned i = 0; i + 1 < kLengthSymbols; ++i) {
    ranges.extra_bits[i] = static_cast<std::uint8_t>(i < 8 ? 0 : (i - 4) / 4);
    ranges.base[i] = static_cast<std::uint16_t>(base);
    base += 1u << ranges.extra_bits[i];
  }
  ranges.base[kLengthSymbols - 1] = 258;
  return ranges;
}

// Distance symbols 0 … 29: the first 4 stand for distances 1 … 4, then the ranges double every
// 2 symbols: 5-6, 7-8, 9-12, 13-16, 17-24, … up to 24577-32768 with 13 extra bits.
constexpr ValueRanges make_distance_ranges() {
  ValueRanges ranges{"distance", kDistanceSymbols};
  unsigned base = 1;
  for (unsigned i = 0; i < kDistanceSymbols; ++i) {
    ranges.extra_bits[i] = static_cast<std::uint8_t>(i < 4 ? 0 : (i - 2) / 2);
    ranges.base[i] = static_cast<std::uint16_t>(base);
    base += 1u << ranges.extra_bits[i];
  }
  return ranges;
}

constexpr ValueRanges kLengthRanges = make_length_ranges();
constexpr ValueRanges kDistanceRanges = make_distance_ranges();

// A dynamic block lists the lengths of the code-length code in this order, so that the lengths
// most often unused (and then left off the end of the list) come last.
constexpr std::array<std::uint8_t, 19> kCodeLengthOrder = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                                           11, 4,  12, 3, 13, 2, 14, 1, 15};

// The fixed code of block type 1: literal/length symbols 0-143 have 8-bit codes, 144-255 9-bit,
// 256-279 7-bit, 280-287 8-bit; all 32 distance symbols have 5-bit codes.
struct FixedCodes {
  HuffmanCode literals;
  HuffmanCode distances;
};

FixedCodes make_fixed_codes() {
  std::array<std::uint8_t, 288> literal_lengths{};
  for (unsigned symbol = 0; symbol < literal_lengths.size(); ++symbol) {
    literal_lengths[symbol] = symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8;
  }
  std::array<std::uint8_t, 32> distance_lengths{};
  distance_lengths.fill(5);
  FixedCodes codes;
  codes.literals.build(literal_lengths.data(), literal_lengths.size());
  codes.distances.build(distance_lengths.data(), distance_lengths.size());
  return codes;
}

const FixedCodes& fixed_codes() {
  static const FixedCodes codes = make_fixed_codes();
  return codes;
}

const char* shape_name(CodeShape shape) {
  switch (shape) {
    case CodeShape::Complete:
      return "complete";
    case CodeShape::Incomplete:
      return "incomplete";
    case CodeShape::OverSubscribed:
      return "over-subscribed";
    case CodeShape::Empty:
      return "empty";
  }
  return "";
}

// Decodes one DEFLATE stream; see inflate() in the header.
class Inflater {
 public:
  Inflater(const std::vector<std::uint8_t>& input, std::size_t offset,
           std::vector<std::uint8_t>& output, std::size_t max_output, const std::string& name)
      : reader_(input.data(), input.size(), offset, name), output_(output, max_output, name) {}

  std::size_t run() {
    bool last_block = false;
    while (!last_block) {
      last_block = reader_.bits(1) == 1;
      switch (reader_.bits(2)) {
        case 0:
          stored_block();
          break;
        case 1:
          compressed_block(fixed_codes().literals, fixed_codes().distances);
          break;
        case 2:
          read_dynamic_codes();
          compressed_block(literals_, distances_);
          break;
        default:
          reader_.fail("invalid deflate block type 3");
      }
    }
    output_.finish();
    reader_.align_to_byte();
    return reader_.position();
  }

 private:
  // Stored block: skip to a byte boundary; LEN and NLEN (2 bytes each, lowest byte first, NLEN
  // the bitwise complement of LEN as a check); then LEN raw bytes.
  void stored_block() {
    reader_.align_to_byte();
    const std::uint8_t* header = reader_.take_bytes(4);
    const unsigned length = header[0] | (header[1] << 8);
    const unsigned complement = header[2] | (header[3] << 8);
    if (length != (~complement & 0xFFFFu)) {
      reader_.fail("corrupt stored block (its length " + std::to_string(length) +
                   " does not match the check value " + std::to_string(complement) + ")");
    }
    output_.append(reader_.take_bytes(length), length);
  }

  // The symbols of a compressed block, up to the end-of-block symbol.
  void compressed_block(const HuffmanCode& literals, const HuffmanCode& distances) {
    for (;;) {
      const unsigned symbol = literals.decode(reader_);
      if (symbol < kEndOfBlock) {
        output_.literal(static_cast<std::uint8_t>(symbol));
        continue;
      }
      if (symbol == kEndOfBlock) return;
      const unsigned length = value(kLengthRanges, symbol - kFirstLengthSymbol);
      const unsigned distance = value(kDistanceRanges, distances.decode(reader_));
      output_.copy_back(distance, length);
    }
  }

  // The length or distance that symbol `index` of `ranges` and its extra bits stand for.
  unsigned value(const ValueRanges& ranges, unsigned index) {
    if (index >= ranges.count) {
      reader_.fail(std::string("invalid ") + ranges.what + " symbol in the compressed data");
    }
    return ranges.base[index] + reader_.bits(ranges.extra_bits[index]);
  }

  // A dynamic block starts with the code lengths of its two codes, themselves compressed:
  //   HLIT (5 bits) + 257 literal/length code lengths, HDIST (5 bits) + 1 distance code lengths,
  //   HCLEN (4 bits) + 4 lengths (3 bits each) of the "code-length code", in kCodeLengthOrder.
  // The code-length code then encodes the HLIT + HDIST lengths as one sequence, with symbols
  //   0 … 15  this length,
  //   16      the previous length again, 3-6 times (2 extra bits),
  //   17      length 0, 3-10 times (3 extra bits),
  //   18      length 0, 11-138 times (7 extra bits).
  void read_dynamic_codes() {
    const unsigned literal_count = reader_.bits(5) + 257;
    const unsigned distance_count = reader_.bits(5) + 1;
    const unsigned code_length_count = reader_.bits(4) + 4;
    if (literal_count > kMaxLiteralCodes || distance_count > kDistanceSymbols) {
      reader_.fail("invalid dynamic block header (" + std::to_string(literal_count) +
                   " literal/length and " + std::to_string(distance_count) + " distance codes)");
    }
    std::array<std::uint8_t, kCodeLengthOrder.size()> code_length_lengths{};
    for (unsigned i = 0; i < code_length_count; ++i) {
      code_length_lengths[kCodeLengthOrder[i]] = static_cast<std::uint8_t>(reader_.bits(3));
    }
    HuffmanCode code_length_code;
    const CodeShape shape =
        code_length_code.build(code_length_lengths.data(), code_length_lengths.size());
    if (shape != CodeShape::Complete) reject_code("code-length", shape);

    std::array<std::uint8_t, kMaxLiteralCodes + kDistanceSymbols> lengths{};
    read_code_lengths(code_length_code, lengths.data(), literal_count + distance_count);
    if (lengths[kEndOfBlock] == 0)
      reader_.fail("invalid Huffman code lengths (no end-of-block code)");
    check_code("literal/length", literals_.build(lengths.data(), literal_count), literals_, false);
    check_code("distance", distances_.build(lengths.data() + literal_count, distance_count),
               distances_, true);
  }

  void read_code_lengths(const HuffmanCode& code_length_code, std::uint8_t* lengths,
                         unsigned count) {
    unsigned filled = 0;
    while (filled < count) {
      const unsigned symbol = code_length_code.decode(reader_);
      if (symbol < 16) {
        lengths[filled++] = static_cast<std::uint8_t>(symbol);
        continue;
      }
      std::uint8_t repeated = 0;
      unsigned times = 0;
      if (symbol == 16) {
        if (filled == 0) reader_.fail("invalid Huffman code lengths (a repeat with no previous)");
        repeated = lengths[filled - 1];
        times = 3 + reader_.bits(2);
      } else {
        times = symbol == 17 ? 3 + reader_.bits(3) : 11 + reader_.bits(7);
      }
      if (times > count - filled) {
        reader_.fail("invalid Huffman code lengths (a repeat runs past the last code)");
      }
      std::fill_n(lengths + filled, times, repeated);
      filled += times;
    }
  }

  // DEFLATE accepts complete codes, plus two degenerate cases: a code with a single symbol of
  // length 1 (the unused bit string then never occurs) and, for distances, no code at all (a
  // block of literals only).
  void check_code(const char* what, CodeShape shape, const HuffmanCode& code, bool may_be_empty) {
    const bool single_code = code.used_symbols() == 1 && code.longest() == 1;
    if (shape == CodeShape::Complete || (shape == CodeShape::Incomplete && single_code) ||
        (shape == CodeShape::Empty && may_be_empty)) {
      return;
    }
    reject_code(what, shape);
  }

  [[noreturn]] void reject_code(const char* what, CodeShape shape) const {
    reader_.fail(std::string("invalid Huffman code lengths (the ") + what + " code is " +
                 shape_name(shape) + ")");
  }

  BitReader reader_;
  InflateOutput output_;
  HuffmanCode literals_;
  HuffmanCode distances_;
};

}  // namespace

std::size_t inflate(const std::vector<std::uint8_t>& input, std::size_t offset,
                    std::vector<std::uint8_t>& output, std::size_t max_output,
                    const std::string& name) {
  if (offset > input.size()) throw std::invalid_argument("inflate: offset past the input");
  Inflater inflater(input, offset, output, max_output, name);
  return inflater.run();
}

}  // namespace mlp
