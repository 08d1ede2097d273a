// test_inflate.cpp — DEFLATE streams written bit by bit in the test: every length and distance
// code, overlapping copies, dynamic blocks with repeat codes and degenerate codes, and each kind
// of malformed Huffman description, which must throw with a message saying what is wrong.
#include <string>
#include <vector>

#include "check.hpp"
#include "data/huffman.hpp"
#include "data/inflate.hpp"
#include "deflate_writer.hpp"

using test_data::BitWriter;
using test_data::BlockCodes;
using test_data::Bytes;
using test_data::Code;
using test_data::dynamic_header;
using test_data::fixed_codes;
using test_data::fixed_distance;
using test_data::fixed_literal;
using test_data::kDistanceBase;
using test_data::kDistanceExtra;
using test_data::lengths_with;
using test_data::simple_dynamic_header;
using test_data::write_copy;
using test_data::write_literals;

namespace {

Bytes inflated(const Bytes& stream) {
  Bytes output;
  const std::size_t end = mlp::inflate(stream, 0, output, 1 << 20, "stream");
  CHECK_EQ(end, stream.size());
  return output;
}

std::string as_text(const Bytes& bytes) {
  return std::string(bytes.begin(), bytes.end());
}

void test_code_shapes() {
  mlp::HuffmanCode code;
  const std::uint8_t two_ones[] = {1, 1};
  const std::uint8_t one_one[] = {0, 1};
  const std::uint8_t three_ones[] = {1, 1, 1};
  const std::uint8_t zeros[] = {0, 0, 0};
  const std::uint8_t mixed[] = {2, 1, 3, 3};
  CHECK(code.build(two_ones, 2) == mlp::CodeShape::Complete);
  CHECK(code.build(one_one, 2) == mlp::CodeShape::Incomplete);
  CHECK_EQ(code.used_symbols(), 1u);
  CHECK(code.build(three_ones, 3) == mlp::CodeShape::OverSubscribed);
  CHECK(code.build(zeros, 3) == mlp::CodeShape::Empty);
  CHECK(code.build(mixed, 4) == mlp::CodeShape::Complete);
  CHECK_EQ(code.longest(), 3u);
}

void test_fixed_blocks() {
  const BlockCodes codes = fixed_codes();
  BitWriter writer;
  writer.number(1, 1);
  writer.number(1, 2);
  write_literals(writer, codes, "abc");
  write_copy(writer, codes, 6, 3);  // overlaps itself: "abc" becomes "abcabcabc"
  write_literals(writer, codes, "z");
  write_copy(writer, codes, 258, 1);  // a run: 258 more z
  writer.code(codes.literals[256]);
  CHECK_EQ(as_text(inflated(writer.bytes())), "abcabcabc" + std::string(259, 'z'));
}

// Every length 3 … 258 and every distance symbol at both ends of its range, after a stored
// block that provides 32768 bytes to refer back to.
void test_every_length_and_distance() {
  Bytes expected;
  for (unsigned i = 0; i < 40000; ++i)
    expected.push_back(static_cast<std::uint8_t>((i * 7 + i / 251) % 253));
  BitWriter writer;
  writer.number(0, 1);  // not the final block
  writer.number(0, 2);  // stored
  Bytes stream = writer.bytes();
  stream.insert(stream.end(), {0x40, 0x9c, 0xbf, 0x63});  // LEN 40000 and its complement
  stream.insert(stream.end(), expected.begin(), expected.end());

  const BlockCodes codes = fixed_codes();
  BitWriter compressed;
  compressed.number(1, 1);
  compressed.number(1, 2);
  const auto copy = [&](unsigned length, unsigned distance) {
    write_copy(compressed, codes, length, distance);
    for (unsigned i = 0; i < length; ++i)
      expected.push_back(expected[expected.size() - distance]);
  };
  for (unsigned length = 3; length <= 258; ++length)
    copy(length, 10);
  for (std::size_t i = 0; i < kDistanceBase.size(); ++i) {
    copy(5, kDistanceBase[i]);
    copy(4, kDistanceBase[i] + (1u << kDistanceExtra[i]) - 1);
  }
  compressed.code(codes.literals[256]);
  stream.insert(stream.end(), compressed.bytes().begin(), compressed.bytes().end());
  CHECK(inflated(stream) == expected);
}

void test_stream_boundaries() {
  const Bytes empty_stored = {0x01, 0x00, 0x00, 0xff, 0xff, 0xAA, 0xBB};
  Bytes output = {'x', 'y', 'z'};
  CHECK_EQ(mlp::inflate(empty_stored, 0, output, 100, "s"), 5u);  // the stream ends before 0xAA
  CHECK_EQ(as_text(output), "xyz");
  // A back-reference may not reach into what the output held before the stream.
  const BlockCodes codes = fixed_codes();
  BitWriter writer;
  writer.number(1, 1);
  writer.number(1, 2);
  write_copy(writer, codes, 3, 1);
  writer.code(codes.literals[256]);
  CHECK_THROWS_WITH(
      mlp::inflate(writer.bytes(), 0, output, 100, "early"),
      "early: invalid distance too far back (1 bytes, when only 0 have been decoded)");
  CHECK_THROWS_WITH(mlp::inflate(Bytes{0x03}, 0, output, 100, "z"), "z: truncated deflate stream");
}

void test_invalid_fixed_symbols() {
  BitWriter length_286;
  length_286.number(1, 1);
  length_286.number(1, 2);
  length_286.code(fixed_literal(286));
  CHECK_THROWS_WITH(inflated(length_286.bytes()), "stream: invalid length symbol");
  BitWriter distance_30;
  distance_30.number(1, 1);
  distance_30.number(1, 2);
  distance_30.code(fixed_literal('a'));
  distance_30.code(fixed_literal(257));
  distance_30.code(fixed_distance(30));
  CHECK_THROWS_WITH(inflated(distance_30.bytes()), "stream: invalid distance symbol");
}

void test_degenerate_dynamic_codes() {
  // No distance code at all: a block of literals only.
  BitWriter literals_only;
  const BlockCodes plain =
      simple_dynamic_header(literals_only, lengths_with(257, {{'a', 1}, {'b', 2}, {256, 2}}), {0});
  write_literals(literals_only, plain, "abba");
  literals_only.code(plain.literals[256]);
  CHECK_EQ(as_text(inflated(literals_only.bytes())), "abba");

  // A single distance code of length 1: allowed, though the bit string "1" then means nothing.
  const auto single_distance_block = [](bool use_the_unused_code) {
    BitWriter writer;
    const BlockCodes codes =
        simple_dynamic_header(writer, lengths_with(258, {{'a', 1}, {256, 2}, {257, 2}}), {1});
    write_literals(writer, codes, "a");
    writer.code(codes.literals[257]);  // length 3
    writer.code(use_the_unused_code ? Code{1, 1} : codes.distances[0]);
    writer.code(codes.literals[256]);
    if (use_the_unused_code) writer.number(0, 16);  // enough bits to see that no code matches
    return writer.bytes();
  };
  CHECK_EQ(as_text(inflated(single_distance_block(false))), "aaaa");
  CHECK_THROWS_WITH(inflated(single_distance_block(true)), "stream: invalid Huffman code");
}

// A dynamic block whose literal/length and distance code lengths are as given.
Bytes block_with_lengths(const std::vector<unsigned>& literal_lengths,
                         const std::vector<unsigned>& distance_lengths) {
  BitWriter writer;
  simple_dynamic_header(writer, literal_lengths, distance_lengths);
  writer.number(0, 16);
  return writer.bytes();
}

void test_bad_dynamic_codes() {
  CHECK_THROWS_WITH(inflated(block_with_lengths(lengths_with(257, {{'a', 2}, {256, 2}}), {1, 1})),
                    "stream: invalid Huffman code lengths (the literal/length code is incomplete)");
  CHECK_THROWS_WITH(
      inflated(block_with_lengths(lengths_with(257, {{'a', 1}, {'b', 1}, {256, 1}}), {1, 1})),
      "(the literal/length code is over-subscribed)");
  CHECK_THROWS_WITH(inflated(block_with_lengths(lengths_with(257, {{'a', 1}, {'b', 1}}), {1, 1})),
                    "stream: invalid Huffman code lengths (no end-of-block code)");
  CHECK_THROWS_WITH(
      inflated(block_with_lengths(lengths_with(257, {{'a', 1}, {256, 1}}), {1, 2, 0})),
      "(the distance code is incomplete)");
  CHECK_THROWS_WITH(
      inflated(block_with_lengths(lengths_with(287, {{'a', 1}, {256, 1}}), {1, 1})),
      "stream: invalid dynamic block header (287 literal/length and 2 distance codes)");
  CHECK_THROWS_WITH(inflated(block_with_lengths(lengths_with(257, {{'a', 1}, {256, 1}}),
                                                std::vector<unsigned>(31, 5))),
                    "invalid dynamic block header (257 literal/length and 31 distance codes)");

  BitWriter over;
  dynamic_header(over, 257, 1, std::vector<unsigned>(19, 1));
  CHECK_THROWS_WITH(inflated(over.bytes()), "(the code-length code is over-subscribed)");
  BitWriter incomplete;
  dynamic_header(incomplete, 257, 1, lengths_with(19, {{0, 1}, {1, 2}}));
  CHECK_THROWS_WITH(inflated(incomplete.bytes()), "(the code-length code is incomplete)");
}

// Code-length symbols 16 (repeat the previous length), 17 and 18 (runs of zeros), with a
// code-length code of 16, 17, 18 → 2 bits and 0, 3 → 3 bits.
std::vector<Code> repeat_header(BitWriter& writer) {
  return dynamic_header(writer, 257, 1,
                        lengths_with(19, {{16, 2}, {17, 2}, {18, 2}, {0, 3}, {3, 3}}));
}

void test_code_length_repeats() {
  BitWriter writer;
  const std::vector<Code> cl = repeat_header(writer);
  writer.code(cl[18]);
  writer.number(97 - 11, 7);  // symbols 0-96: length 0
  writer.code(cl[3]);         // 'a': length 3
  writer.code(cl[16]);
  writer.number(6 - 3, 2);  // 'b' … 'g': length 3, like 'a'
  writer.code(cl[18]);
  writer.number(138 - 11, 7);  // 104-241: length 0
  writer.code(cl[17]);
  writer.number(10 - 3, 3);  // 242-251
  writer.code(cl[17]);
  writer.number(4 - 3, 3);  // 252-255
  writer.code(cl[3]);       // 256: length 3
  writer.code(cl[0]);       // the one distance code: unused
  // Eight codes of 3 bits, in symbol order: a=000, b=001, …, g=110, end of block=111.
  for (unsigned bits : {6, 0, 1, 5, 4, 3, 7})
    writer.code({bits, 3});
  CHECK_EQ(as_text(inflated(writer.bytes())), "gabfed");

  BitWriter no_previous;
  const std::vector<Code> cl2 = repeat_header(no_previous);
  no_previous.code(cl2[16]);
  no_previous.number(0, 2);
  CHECK_THROWS_WITH(inflated(no_previous.bytes()), "(a repeat with no previous)");

  BitWriter too_many;
  const std::vector<Code> cl3 = repeat_header(too_many);
  too_many.code(cl3[18]);
  too_many.number(127, 7);
  too_many.code(cl3[18]);
  too_many.number(127, 7);
  CHECK_THROWS_WITH(inflated(too_many.bytes()), "(a repeat runs past the last code)");
}

}  // namespace

int main() {
  test_code_shapes();
  test_fixed_blocks();
  test_every_length_and_distance();
  test_stream_boundaries();
  test_invalid_fixed_symbols();
  test_degenerate_dynamic_codes();
  test_bad_dynamic_codes();
  test_code_length_repeats();
  return check::summary();
}
