// test_idx.cpp — the IDX reader on small hand-made files, raw and gzip-compressed, good and bad
// (each bad one must be refused with a message saying what is wrong), and load_mnist on tiny
// MNIST folders made in a temporary folder.
#include <filesystem>
#include <string>
#include <vector>

#include "check.hpp"
#include "data/idx.hpp"
#include "data/mnist.hpp"
#include "gzip_tool.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
using Bytes = std::vector<std::uint8_t>;
using test_files::write_bytes;

namespace {

// A folder of its own for the test files, removed when the program ends.
const fs::path& scratch_folder() {
  static const test_files::TempFolder folder("test_idx");
  return folder.path();
}

// An IDX header: two zero bytes, the type, the number of sizes, then each size big-endian.
Bytes idx_header(std::uint8_t type, const std::vector<std::uint32_t>& dims) {
  Bytes bytes = {0, 0, type, static_cast<std::uint8_t>(dims.size())};
  for (std::uint32_t size : dims) {
    for (int shift = 24; shift >= 0; shift -= 8)
      bytes.push_back(static_cast<std::uint8_t>(size >> shift));
  }
  return bytes;
}

// A file of unsigned bytes with the given sizes and data.
Bytes idx_file(const std::vector<std::uint32_t>& dims, const Bytes& data) {
  Bytes bytes = idx_header(0x08, dims);
  bytes.insert(bytes.end(), data.begin(), data.end());
  return bytes;
}

Bytes counting_bytes(std::size_t count) {
  Bytes bytes(count);
  for (std::size_t i = 0; i < count; ++i)
    bytes[i] = static_cast<std::uint8_t>(i * 37);
  return bytes;
}

void test_good_files() {
  const mlp::IdxArray labels = mlp::parse_idx(idx_file({5}, {3, 1, 4, 1, 5}), "labels");
  CHECK((labels.dims == std::vector<std::uint32_t>{5}));
  CHECK((labels.bytes == Bytes{3, 1, 4, 1, 5}));

  const Bytes pixels = counting_bytes(2 * 3 * 4);
  const Bytes images = idx_file({2, 3, 4}, pixels);
  const mlp::IdxArray raw = mlp::parse_idx(images, "images");
  CHECK((raw.dims == std::vector<std::uint32_t>{2, 3, 4}));
  CHECK(raw.bytes == pixels);
  CHECK_EQ(mlp::shape_text(raw.dims), std::string("2 x 3 x 4"));

  const Bytes compressed = test_data::system_gzip(images, "-9", scratch_folder());
  const mlp::IdxArray unpacked = mlp::parse_idx(compressed, "images.gz");
  CHECK(unpacked.dims == raw.dims);
  CHECK(unpacked.bytes == pixels);

  const fs::path raw_path = scratch_folder() / "images.idx";
  const fs::path gz_path = scratch_folder() / "images.idx.gz";
  write_bytes(raw_path, images);
  write_bytes(gz_path, compressed);
  CHECK(mlp::read_idx(raw_path.string()).bytes == pixels);
  CHECK(mlp::read_idx(gz_path.string()).bytes == pixels);
  CHECK_EQ(mlp::parse_idx(idx_file({1, 1, 2, 2}, {1, 2, 3, 4}), "4d").dims.size(), 4u);
}

void test_bad_headers() {
  CHECK_THROWS_WITH(mlp::parse_idx({0, 0, 8}, "a"),
                    "a: truncated: 3 bytes are too few for an IDX header");
  CHECK_THROWS_WITH(mlp::parse_idx({0, 1, 8, 1, 0, 0, 0, 1, 7}, "b"),
                    "b: not an IDX file (it does not start with two zero bytes)");
  Bytes floats = idx_header(0x0D, {1});
  floats.insert(floats.end(), 4, 0);
  CHECK_THROWS_WITH(mlp::parse_idx(floats, "c"),
                    "c: element type 0x0d (32-bit float) is not supported; only 0x08");
  CHECK_THROWS_WITH(mlp::parse_idx(idx_header(0x42, {1}), "d"), "d: element type 0x42 (not an IDX");
  CHECK_THROWS_WITH(mlp::parse_idx(idx_header(0x08, {}), "e"),
                    "e: 0 dimensions; only 1 to 4 are supported");
  CHECK_THROWS_WITH(mlp::parse_idx(idx_file({1, 1, 1, 1, 1}, {7}), "f"), "f: 5 dimensions");
  CHECK_THROWS_WITH(mlp::parse_idx(idx_file({3, 0, 2}, {}), "g"),
                    "g: dimension 2 has size 0 (3 x 0 x 2); empty arrays are not supported");
  Bytes short_header = idx_header(0x08, {10, 28, 28});
  short_header.resize(14);
  CHECK_THROWS_WITH(mlp::parse_idx(short_header, "h"),
                    "h: truncated header: 3 dimensions need 16 bytes, the file has 14");
}

void test_wrong_lengths() {
  CHECK_THROWS_WITH(mlp::parse_idx(idx_file({2, 3, 4}, counting_bytes(23)), "short"),
                    "short: truncated: the sizes 2 x 3 x 4 in the header need 24 bytes of data, "
                    "the file has 23");
  CHECK_THROWS_WITH(mlp::parse_idx(idx_file({2, 3, 4}, counting_bytes(25)), "long"),
                    "long: the file is 1 bytes too long for the sizes 2 x 3 x 4 in its header");
  // 16 header bytes that promise 3 TB: refused before anything is allocated.
  CHECK_THROWS_WITH(mlp::parse_idx(idx_header(0x08, {4000000000u, 28, 28}), "huge"),
                    "huge: truncated: the sizes 4000000000 x 28 x 28 in the header need "
                    "3136000000000 bytes of data, the file has 0");
  const std::uint32_t most = 0xFFFFFFFFu;
  CHECK_THROWS_WITH(mlp::parse_idx(idx_header(0x08, {most, most, most, most}), "overflow"),
                    "need more than 2^64 bytes of data");
  Bytes damaged = test_data::system_gzip(idx_file({5}, {1, 2, 3, 4, 5}), "-n", scratch_folder());
  damaged[damaged.size() - 8] ^= 1;
  CHECK_THROWS_WITH(mlp::parse_idx(damaged, "labels.gz"), "labels.gz: CRC-32 mismatch");
  CHECK_THROWS_WITH(mlp::read_idx((scratch_folder() / "missing").string()),
                    "missing: no such file");
}

// Writes a split "train" into its own folder; the labels file is gzipped.
fs::path mnist_folder(const std::string& name, const Bytes& images, const Bytes& labels) {
  const fs::path folder = scratch_folder() / name;
  fs::create_directories(folder);
  write_bytes(folder / "train-images-idx3-ubyte", images);
  write_bytes(folder / "train-labels-idx1-ubyte.gz",
              test_data::system_gzip(labels, "-n", scratch_folder()));
  return folder;
}

void test_load_mnist() {
  const Bytes pixels = counting_bytes(3 * 28 * 28);
  const Bytes images = idx_file({3, 28, 28}, pixels);
  const fs::path good = mnist_folder("good", images, idx_file({3}, {7, 0, 9}));
  write_bytes(good / "train-labels-idx1-ubyte", idx_file({3}, {1, 1, 1}));  // the .gz comes first
  const mlp::MnistSet set = mlp::load_mnist(good.string(), "train");
  CHECK_EQ(set.count, 3u);
  CHECK_EQ(set.rows, 28u);
  CHECK_EQ(set.cols, 28u);
  CHECK(set.pixels == pixels);
  CHECK((set.labels == Bytes{7, 0, 9}));

  const std::string labels_gz = "/train-labels-idx1-ubyte.gz";
  const fs::path counts = mnist_folder("counts", images, idx_file({4}, {1, 2, 3, 4}));
  CHECK_THROWS_WITH(
      mlp::load_mnist(counts.string(), "train"),
      "train-images-idx3-ubyte has 3 images but " + counts.string() + labels_gz + " has 4 labels");
  const fs::path eleven = mnist_folder("eleven", images, idx_file({3}, {1, 11, 2}));
  CHECK_THROWS_WITH(mlp::load_mnist(eleven.string(), "train"),
                    eleven.string() + labels_gz + ": label 11 of image 1 is not a digit 0 to 9");
  const fs::path narrow = mnist_folder("narrow", idx_file({3, 28, 27}, counting_bytes(3 * 28 * 27)),
                                       idx_file({3}, {1, 2, 3}));
  CHECK_THROWS_WITH(
      mlp::load_mnist(narrow.string(), "train"),
      "train-images-idx3-ubyte: expected images of N x 28 x 28 pixels, found 3 x 28 x 27");
  const fs::path flat = mnist_folder("flat", images, idx_file({3, 1}, {1, 2, 3}));
  CHECK_THROWS_WITH(mlp::load_mnist(flat.string(), "train"),
                    "expected a list of labels (one dimension), found 3 x 1");
  CHECK_THROWS_WITH(mlp::load_mnist(good.string(), "t10k"),
                    "t10k-images-idx3-ubyte.gz: no such file (nor the uncompressed");
}

}  // namespace

int main() {
  test_bad_headers();
  if (!test_data::gzip_available()) return check::summary_skipped(test_data::kNeedsGzip);
  test_good_files();
  test_wrong_lengths();
  test_load_mnist();
  return check::summary();
}
