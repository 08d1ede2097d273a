// test_gzip.cpp — the gzip decoder on files made by the system's gzip, on hand-made members, on
// the shipped MNIST labels, and on damaged input of every kind, which must throw (never crash,
// hang or return wrong bytes).
#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "check.hpp"
#include "data/crc32.hpp"
#include "data/gzip.hpp"
#include "data/read_file.hpp"
#include "framework/random.hpp"
#include "gzip_tool.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
using Bytes = std::vector<std::uint8_t>;

namespace {

constexpr std::uintmax_t kMaxTestFile = std::uintmax_t{1} << 30;

// A folder of its own for the files the system's gzip makes, removed when the program ends.
const fs::path& scratch_folder() {
  static const test_files::TempFolder folder("test_gzip");
  return folder.path();
}

Bytes text_bytes(const std::string& text) {
  return Bytes(text.begin(), text.end());
}

Bytes concatenated(Bytes first, const Bytes& second) {
  first.insert(first.end(), second.begin(), second.end());
  return first;
}

Bytes system_gzip(const Bytes& input, const std::string& options) {
  return test_data::system_gzip(input, options, scratch_folder());
}

// About `size` bytes mixing what a compressor meets: random bytes (hardly compressible), text
// from a small alphabet (short Huffman codes), copies of earlier stretches (back-references up to
// 32 KiB back) and runs of one byte (distance 1). The same every run (fixed seed).
Bytes mixed_bytes(std::size_t size) {
  mlp::Rng rng(2024);
  Bytes bytes;
  while (bytes.size() < size) {
    const std::size_t count = 1 + rng.below(2000);
    switch (rng.below(4)) {
      case 0:
        for (std::size_t i = 0; i < count; ++i)
          bytes.push_back(static_cast<std::uint8_t>(rng.next_u64()));
        break;
      case 1:
        for (std::size_t i = 0; i < count; ++i)
          bytes.push_back(static_cast<std::uint8_t>('a' + rng.below(6)));
        break;
      case 2:
        if (bytes.size() > count) {
          const std::size_t back = std::min<std::size_t>(bytes.size() - count, 30000);
          const std::size_t from = bytes.size() - count - rng.below(back + 1);
          for (std::size_t i = 0; i < count; ++i)
            bytes.push_back(bytes[from + i]);
        }
        break;
      default:
        bytes.insert(bytes.end(), count, static_cast<std::uint8_t>(rng.below(256)));
    }
  }
  bytes.resize(size);
  return bytes;
}

const Bytes& small_text() {
  static const Bytes text = text_bytes(
      "A gzip file is a header, a DEFLATE stream and a checksum. DEFLATE finds repeated pieces "
      "of text, such as the repeated pieces of this text, and replaces them by references.\n");
  return text;
}

// A one-block member made by Python's zlib, level 0 (a stored block):
//   zlib.compressobj(0, zlib.DEFLATED, 31).compress(b"Stored, not compressed.") + flush()
const Bytes kStoredMember = {0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x04, 0x03, 0x01, 0x17,
                             0x00, 0xe8, 0xff, 0x53, 0x74, 0x6f, 0x72, 0x65, 0x64, 0x2c, 0x20, 0x6e,
                             0x6f, 0x74, 0x20, 0x63, 0x6f, 0x6d, 0x70, 0x72, 0x65, 0x73, 0x73, 0x65,
                             0x64, 0x2e, 0xd0, 0x9a, 0x18, 0x00, 0x17, 0x00, 0x00, 0x00};

// The same with the fixed Huffman code (strategy Z_FIXED) of b"abracadabra abracadabra":
//   zlib.compressobj(9, zlib.DEFLATED, 31, 9, zlib.Z_FIXED)
const Bytes kFixedMember = {0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0x03, 0x4b,
                            0x4c, 0x2a, 0x4a, 0x4c, 0x4e, 0x4c, 0x49, 0x04, 0x52, 0x0a, 0x89,
                            0x08, 0x36, 0x00, 0x4e, 0x0e, 0x10, 0x05, 0x17, 0x00, 0x00, 0x00};

// A gzip header without optional fields, then the given DEFLATE bytes and a trailer for `content`.
Bytes member_with(const Bytes& deflate_bytes, const Bytes& content) {
  Bytes member = {0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0x00, 0xff};
  member.insert(member.end(), deflate_bytes.begin(), deflate_bytes.end());
  const std::uint32_t crc = mlp::crc32(content.data(), content.size());
  const auto size = static_cast<std::uint32_t>(content.size());
  for (int shift = 0; shift < 32; shift += 8)
    member.push_back(static_cast<std::uint8_t>(crc >> shift));
  for (int shift = 0; shift < 32; shift += 8)
    member.push_back(static_cast<std::uint8_t>(size >> shift));
  return member;
}

void test_system_gzip() {
  const std::vector<Bytes> inputs = {Bytes{}, text_bytes("x"), small_text(), mixed_bytes(200000)};
  for (const std::string options : {"-1", "-6", "-9", "-9 -n"}) {
    for (const Bytes& input : inputs) {
      const Bytes compressed = system_gzip(input, options);
      const bool has_name = (compressed[3] & 8) != 0;  // FNAME: gzip stores it unless -n
      CHECK_EQ(has_name, options.find("-n") == std::string::npos);
      const Bytes unpacked = mlp::gunzip(compressed, "gzip " + options);
      CHECK(unpacked == input);
    }
  }
}

void test_hand_made_members() {
  CHECK(mlp::gunzip(kStoredMember, "stored") == text_bytes("Stored, not compressed."));
  CHECK(mlp::gunzip(kFixedMember, "fixed") == text_bytes("abracadabra abracadabra"));
  // Members one after another unpack to their contents one after another.
  const Bytes text = system_gzip(small_text(), "-6");
  const Bytes empty = system_gzip(Bytes{}, "-6");
  const Bytes expected =
      concatenated(concatenated(text_bytes("Stored, not compressed."), small_text()), small_text());
  CHECK(mlp::gunzip(concatenated(concatenated(concatenated(kStoredMember, text), empty), text),
                    "members") == expected);
}

// A member of small_text() whose header has every optional field: FTEXT, FEXTRA, FNAME, FCOMMENT
// and FHCRC (the system's gzip writes only FNAME).
Bytes member_with_all_fields() {
  const Bytes plain = system_gzip(small_text(), "-9 -n");
  Bytes member = {0x1f, 0x8b, 0x08, 0x1f, 1, 2, 3, 4, 0x02, 0x03};
  const Bytes fields = text_bytes(std::string("\x03\x00xyzname.txt\0a comment\0", 24));
  member.insert(member.end(), fields.begin(), fields.end());
  const std::uint32_t header_crc = mlp::crc32(member.data(), member.size());
  member.push_back(static_cast<std::uint8_t>(header_crc));
  member.push_back(static_cast<std::uint8_t>(header_crc >> 8));
  member.insert(member.end(), plain.begin() + 10, plain.end());
  return member;
}

void test_optional_header_fields() {
  const Bytes member = member_with_all_fields();
  CHECK(mlp::gunzip(member, "fields") == small_text());
  Bytes bad_header_crc = member;
  bad_header_crc[12] ^= 0x20;  // one byte of the extra field
  CHECK_THROWS_WITH(mlp::gunzip(bad_header_crc, "h.gz"), "h.gz: gzip header CRC mismatch");
  Bytes reserved = member;
  reserved[3] |= 0x80;
  CHECK_THROWS_WITH(mlp::gunzip(reserved, "r.gz"), "r.gz: reserved gzip header flags");
  const Bytes unterminated_name = {0x1f, 0x8b, 0x08, 0x08, 0, 0, 0, 0, 0, 3, 'a', 'b', 'c'};
  CHECK_THROWS_WITH(mlp::gunzip(unterminated_name, "n.gz"), "truncated gzip header (in the file");
  const Bytes short_extra = {0x1f, 0x8b, 0x08, 0x04, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 1, 2};
  CHECK_THROWS_WITH(mlp::gunzip(short_extra, "e.gz"), "e.gz: truncated gzip header");
}

void test_damaged_members() {
  const Bytes good = system_gzip(small_text(), "-9 -n");
  const std::size_t size = good.size();
  Bytes wrong = good;
  wrong[0] = 0x1e;
  CHECK_THROWS_WITH(mlp::gunzip(wrong, "m.gz"), "m.gz: not gzip data");
  CHECK_THROWS_WITH(mlp::gunzip(Bytes{}, "empty.gz"), "empty.gz: not gzip data");
  wrong = good;
  wrong[2] = 7;
  CHECK_THROWS_WITH(mlp::gunzip(wrong, "c.gz"), "c.gz: unknown gzip compression method 7");
  wrong = good;
  wrong[size - 6] ^= 0x01;  // the stored CRC-32
  CHECK_THROWS_WITH(mlp::gunzip(wrong, "crc.gz"), "crc.gz: CRC-32 mismatch (stored 0x");
  wrong = good;
  wrong[size - 4] ^= 0x01;  // ISIZE
  CHECK_THROWS_WITH(mlp::gunzip(wrong, "len.gz"), "len.gz: length mismatch");
  CHECK_THROWS_WITH(mlp::gunzip(concatenated(good, {0, 0}), "t.gz"),
                    "t.gz: 2 unexpected bytes after the end of the gzip data");
  CHECK_THROWS_WITH(mlp::gunzip(concatenated(good, {0x1f, 0x8b, 8}), "t2.gz"),
                    "t2.gz: truncated gzip header");
  CHECK_THROWS_WITH(mlp::gunzip(Bytes(good.begin(), good.end() - 3), "cut.gz"),
                    "cut.gz: truncated gzip trailer");
  const Bytes type_3 = member_with({0x07}, {});
  CHECK_THROWS_WITH(mlp::gunzip(type_3, "b.gz"), "b.gz: invalid deflate block type 3");
  // Fixed code: literal 'a', then "copy 3 bytes from 2 back" — but only 1 byte exists so far.
  const Bytes too_far = member_with({0x4b, 0x04, 0x42, 0x00}, text_bytes("aaaa"));
  CHECK_THROWS_WITH(mlp::gunzip(too_far, "d.gz"), "d.gz: invalid distance too far back");
  Bytes bad_stored = kStoredMember;
  bad_stored[13] ^= 0x01;  // NLEN no longer the complement of LEN
  CHECK_THROWS_WITH(mlp::gunzip(bad_stored, "s.gz"), "s.gz: corrupt stored block");
}

// Every prefix of a member is incomplete, so each must throw.
void check_every_prefix_throws(const Bytes& member, std::size_t step) {
  int unnoticed = 0;
  for (std::size_t length = 0; length < member.size(); length += step) {
    try {
      mlp::gunzip(Bytes(member.begin(), member.begin() + static_cast<std::ptrdiff_t>(length)), "p");
      ++unnoticed;
    } catch (const std::runtime_error&) {
    }
  }
  CHECK_EQ(unnoticed, 0);
}

void test_truncation() {
  check_every_prefix_throws(system_gzip(Bytes{}, "-9"), 1);
  check_every_prefix_throws(system_gzip(text_bytes("x"), "-9 -n"), 1);
  check_every_prefix_throws(system_gzip(small_text(), "-9"), 1);
  check_every_prefix_throws(kStoredMember, 1);
  check_every_prefix_throws(kFixedMember, 1);
  check_every_prefix_throws(system_gzip(mixed_bytes(200000), "-6"), 701);
  CHECK_THROWS_WITH(mlp::gunzip(Bytes(kFixedMember.begin(), kFixedMember.begin() + 14), "f.gz"),
                    "f.gz: truncated deflate stream");
}

// Flips `trials` random bytes of a member made with -n, one at a time. Skipped: MTIME, XFL and OS
// (bytes 4-9, information that nothing checks) and the flags byte (its FTEXT bit is only a hint),
// and the last byte of the DEFLATE data, whose unused padding bits may be flipped harmlessly.
// Every other change must be detected.
void check_flips_detected(const Bytes& member, int trials, mlp::Rng& rng) {
  const std::size_t last_data_byte = member.size() - 9;
  int unnoticed = 0;
  for (int trial = 0; trial < trials; ++trial) {
    std::size_t position = rng.below(member.size());
    if ((position >= 3 && position <= 9) || position == last_data_byte) continue;
    Bytes damaged = member;
    damaged[position] ^= static_cast<std::uint8_t>(1 + rng.below(255));
    try {
      mlp::gunzip(damaged, "flip");
      ++unnoticed;
      std::cout << "flip at " << position << " of " << member.size() << " went unnoticed\n";
    } catch (const std::runtime_error&) {
    }
  }
  CHECK_EQ(unnoticed, 0);
}

void test_byte_flips() {
  mlp::Rng rng(7);
  check_flips_detected(system_gzip(small_text(), "-9 -n"), 3000, rng);
  check_flips_detected(system_gzip(mixed_bytes(20000), "-6 -n"), 1000, rng);
  check_flips_detected(kFixedMember, 500, rng);
  // Random bytes after a valid header: decoded or rejected, but never accepted.
  int accepted = 0;
  for (int trial = 0; trial < 2000; ++trial) {
    Bytes noise = {0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 3};
    const std::size_t length = rng.below(300);
    for (std::size_t i = 0; i < length; ++i)
      noise.push_back(static_cast<std::uint8_t>(rng.next_u64()));
    try {
      mlp::gunzip(noise, "noise");
      ++accepted;
    } catch (const std::runtime_error&) {
    }
  }
  CHECK_EQ(accepted, 0);
}

void test_size_limit() {
  const Bytes zeros(8'000'000, 0);
  const Bytes bomb = system_gzip(zeros, "-9");
  CHECK(bomb.size() < 10000);  // over 800 times smaller than what it unpacks to
  CHECK_THROWS_WITH(mlp::gunzip(bomb, "bomb.gz", 1 << 20),
                    "bomb.gz: the decompressed data would exceed the limit of 1048576 bytes");
  CHECK(mlp::gunzip(bomb, "bomb.gz") == zeros);
  CHECK(mlp::gunzip(bomb, "bomb.gz", zeros.size()) == zeros);
  CHECK_THROWS_WITH(mlp::gunzip(bomb, "bomb.gz", zeros.size() - 1), "exceed the limit");
}

void test_shipped_labels() {
  const std::string path = "data/t10k-labels-idx1-ubyte.gz";
  const Bytes labels = mlp::gunzip(mlp::read_file_bytes(path, kMaxTestFile), path);
  CHECK_EQ(labels.size(), 10008u);
  CHECK((Bytes(labels.begin(), labels.begin() + 8) == Bytes{0, 0, 8, 1, 0, 0, 0x27, 0x10}));
  std::vector<int> counts(10, 0);
  for (std::size_t i = 8; i < labels.size(); ++i)
    if (labels[i] < 10) ++counts[labels[i]];
  CHECK((counts == std::vector<int>{980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009}));
}

}  // namespace

int main() {
  test_shipped_labels();
  if (!test_data::gzip_available()) return check::summary_skipped(test_data::kNeedsGzip);
  test_system_gzip();
  test_hand_made_members();
  test_optional_header_fields();
  test_damaged_members();
  test_truncation();
  test_byte_flips();
  test_size_limit();
  return check::summary();
}
