// test_input_limits.cpp — every reader checks the sizes a file claims before it allocates.
//
// A damaged or hostile file can claim anything: 4 billion images in a 16-byte IDX header, a
// 4096 x 4096 picture in 20 bytes, a model of sixteen 100000-wide layers. A reader that
// allocated what the header says would ask for gigabytes before noticing the file is too short.
// Here every such file must be refused with a message, and the largest single allocation made
// while reading it must stay small. To see the allocations, counting_new.hpp replaces the global
// operator new (the function every `new` and every std::vector goes through) with one that
// remembers the largest request.
#include <string>

#include "check.hpp"
#include "counting_new.hpp"
#include "data/gzip.hpp"
#include "data/idx.hpp"
#include "data/pgm.hpp"
#include "deflate_writer.hpp"
#include "lab/model_file.hpp"
#include "sample_files.hpp"

namespace {

using sample::Bytes;

constexpr std::size_t kSmall = 64 * 1024;  // more than any of these readers needs to say "no"

Bytes text_bytes(const std::string& text) {
  return Bytes(text.begin(), text.end());
}

// Runs `read`, which must throw a message containing `expected`, and checks that no single
// allocation on the way was larger than `limit` bytes.
template <typename Read>
void check_refused_cheaply(Read read, const std::string& expected, std::size_t limit, int line) {
  allocation_log::largest = 0;
  std::string message = "(no exception)";
  try {
    read();
  } catch (const std::exception& error) {
    message = error.what();
  }
  check::record(message.find(expected) != std::string::npos, __FILE__, line,
                "expected \"" + expected + "\", got: " + message);
  check::record(allocation_log::largest <= limit, __FILE__, line,
                "allocated " + std::to_string(allocation_log::largest.load()) +
                    " bytes at once, limit " + std::to_string(limit));
}

void test_idx_headers() {
  const Bytes four_billion_images = sample::idx_file({4000000000u, 28, 28}, {});
  CHECK_EQ(four_billion_images.size(), 16u);
  check_refused_cheaply([&] { mlp::parse_idx(four_billion_images, "huge.idx"); },
                        "huge.idx: truncated: the sizes 4000000000 x 28 x 28 in the header need "
                        "3136000000000 bytes of data, the file has 0",
                        kSmall, __LINE__);
  const Bytes overflowing = sample::idx_file({0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu, 2}, {1, 2});
  check_refused_cheaply([&] { mlp::parse_idx(overflowing, "wrap.idx"); }, "more than 2^64", kSmall,
                        __LINE__);
  const Bytes short_labels = sample::idx_file({60000}, Bytes(10, 1));
  check_refused_cheaply([&] { mlp::parse_idx(sample::stored_gzip(short_labels), "labels.gz"); },
                        "labels.gz: truncated: the sizes 60000", kSmall, __LINE__);
}

// The gzip trailer's length field is only a hint for reserving memory; a lie must cost nothing.
void test_gzip_length_field() {
  Bytes lying = sample::stored_gzip(text_bytes("tiny"));
  for (std::size_t i = lying.size() - 4; i < lying.size(); ++i)
    lying[i] = 0xFF;  // ISIZE = 4294967295
  check_refused_cheaply([&] { mlp::gunzip(lying, "lying.gz"); }, "lying.gz: length mismatch",
                        kSmall, __LINE__);
}

// A decompression bomb: one literal 'A', then `copies` back-references "258 bytes from 1 back",
// each 13 bits long in the fixed code of DEFLATE (length symbol 285 has an 8-bit code, distance
// symbol 0 a 5-bit one). So 52 KB of gzip unpack to 8 MB, about 160 times their size.
Bytes gzip_bomb(std::size_t copies, Bytes& unpacked) {
  test_data::BitWriter deflate;
  deflate.number(1, 1);  // BFINAL: the last block
  deflate.number(1, 2);  // BTYPE 01: the fixed code
  const test_data::BlockCodes codes = test_data::fixed_codes();
  test_data::write_literals(deflate, codes, "A");
  for (std::size_t i = 0; i < copies; ++i)
    test_data::write_copy(deflate, codes, 258, 1);
  deflate.code(codes.literals[256]);  // the end of the block
  unpacked.assign(1 + 258 * copies, 'A');
  Bytes bytes = sample::gzip_header();
  bytes.insert(bytes.end(), deflate.bytes().begin(), deflate.bytes().end());
  sample::append_gzip_trailer(bytes, unpacked);
  return bytes;
}

void test_gzip_bomb() {
  Bytes unpacked;
  const Bytes bomb = gzip_bomb(32000, unpacked);
  CHECK(bomb.size() < 60000);
  CHECK(mlp::gunzip(bomb, "bomb.gz") == unpacked);  // a well-formed file, under the default limit
  const std::size_t limit = std::size_t{1} << 20;
  check_refused_cheaply([&] { mlp::gunzip(bomb, "bomb.gz", limit); },
                        "bomb.gz: the decompressed data would exceed the limit of 1048576 bytes",
                        limit, __LINE__);
  CHECK(mlp::kDefaultMaxGunzipBytes >= std::size_t{47040016});  // the MNIST training images fit
}

void test_pgm_headers() {
  check_refused_cheaply([] { mlp::parse_pgm(text_bytes("P5 4096 4096 255\nabc"), "big.pgm"); },
                        "big.pgm: truncated: 4096 x 4096 pixels need 16777216 bytes", kSmall,
                        __LINE__);
  check_refused_cheaply([] { mlp::parse_pgm(text_bytes("P2 4096 4096 65535\n1 2"), "big.pgm"); },
                        "big.pgm: truncated: 16777216 pixels cannot fit", kSmall, __LINE__);
}

void test_model_headers() {
  Bytes bytes = text_bytes("MLPMODEL");
  sample::append_uint32(bytes, 1, false);                    // format version
  sample::append_uint32(bytes, sizeof(mlp::Scalar), false);  // weight size
  sample::append_uint32(bytes, 4, false);                    // activation name length
  bytes.insert(bytes.end(), {'r', 'e', 'l', 'u'});
  sample::append_uint32(bytes, 16, false);  // 16 Linear layers …
  for (int i = 0; i <= 16; ++i)
    sample::append_uint32(bytes, 100000, false);  // … of 100000 neurons: 160 billion weights
  bytes.resize(bytes.size() + 64, 0);
  check_refused_cheaply([&] { mlp::parse_model(bytes, "huge.mlp"); },
                        "huge.mlp: truncated: the header promises 640006400100 bytes", kSmall,
                        __LINE__);
}

}  // namespace

int main() {
  test_idx_headers();
  test_gzip_length_field();
  test_gzip_bomb();
  test_pgm_headers();
  test_model_headers();
  return check::summary();
}
