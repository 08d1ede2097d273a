// test_model_file.cpp — the model file: bit-exact round trips, every refusal of a bad file (built
// by editing the bytes of a good one), truncation at every length, and atomic writing.
#include <cmath>
#include <cstring>
#include <filesystem>
#include <limits>

#include "check.hpp"
#include "data/crc32.hpp"
#include "data/little_endian.hpp"
#include "data/read_file.hpp"
#include "lab/model_file.hpp"
#include "report/atomic_file.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
using Bytes = std::vector<std::uint8_t>;
using test_files::read_text;
using test_files::TempFolder;

namespace {

// Byte offsets in a file whose activation name has 4 letters ("tanh", "relu").
constexpr std::size_t kVersionAt = 8, kScalarSizeAt = 12, kNameLengthAt = 16, kNameAt = 20,
                      kLayerCountAt = 24, kSizesAt = 28;

Bytes as_bytes(const std::string& text) {
  return Bytes(text.begin(), text.end());
}

// A perceptron with random weights and biases (build_perceptron leaves biases at 0).
mlp::Network random_network(const std::vector<std::size_t>& sizes, const std::string& activation,
                            std::uint64_t seed) {
  mlp::Rng rng(seed);
  mlp::Network network = mlp::build_perceptron(sizes, activation, rng);
  for (mlp::Linear* linear : mlp::linear_layers(network)) {
    for (std::size_t i = 0; i < linear->bias.size(); ++i)
      linear->bias.data()[i] = static_cast<mlp::Scalar>(rng.normal());
  }
  return network;
}

Bytes good_model() {
  mlp::Network network = random_network({3, 4, 2}, "tanh", 5);
  return as_bytes(mlp::serialize_model({3, 4, 2}, "tanh", network));
}

void put_uint32(Bytes& bytes, std::size_t offset, std::uint32_t value) {
  for (std::size_t i = 0; i < 4; ++i)
    bytes[offset + i] = static_cast<std::uint8_t>(value >> (8 * i));
}

// Stores a correct checksum again after an edit, so the check under test is the one that fires.
Bytes with_fresh_checksum(Bytes bytes) {
  put_uint32(bytes, bytes.size() - 4, mlp::crc32(bytes.data(), bytes.size() - 4));
  return bytes;
}

Bytes with_uint32(std::size_t offset, std::uint32_t value) {
  Bytes bytes = good_model();
  put_uint32(bytes, offset, value);
  return with_fresh_checksum(bytes);
}

mlp::LoadedModel parse(const Bytes& bytes) {
  return mlp::parse_model(bytes, "demo.mlp");
}

void test_crc32() {
  const std::string text = "123456789";
  const auto* data = reinterpret_cast<const std::uint8_t*>(text.data());
  CHECK_EQ(mlp::crc32(data, text.size()), 0xCBF43926u);
  CHECK_EQ(mlp::crc32(data + 4, 5, mlp::crc32(data, 4)), 0xCBF43926u);
  CHECK_EQ(mlp::crc32(data, 0), 0u);
}

bool same_bits(const mlp::Matrix& a, const mlp::Matrix& b) {
  return a.rows() == b.rows() && a.cols() == b.cols() &&
         std::memcmp(a.data(), b.data(), a.size() * sizeof(mlp::Scalar)) == 0;
}

void check_round_trip(const std::vector<std::size_t>& sizes, const std::string& activation,
                      const TempFolder& folder) {
  mlp::Network network = random_network(sizes, activation, sizes.size() * 7 + activation.size());
  // Values that a text format or a careless conversion would change.
  mlp::Matrix& first = mlp::linear_layers(network).front()->weights;
  first.data()[0] = -0.0f;
  first.data()[1] = std::numeric_limits<mlp::Scalar>::denorm_min();
  first.data()[2] = std::numeric_limits<mlp::Scalar>::max();

  const std::string path = folder.file("round_trip.mlp");
  mlp::save_model(path, sizes, activation, network);
  CHECK(!fs::exists(path + ".tmp"));
  mlp::LoadedModel loaded = mlp::load_model(path);
  CHECK(loaded.sizes == sizes);
  CHECK_EQ(loaded.activation, activation);
  CHECK_EQ(loaded.source, path);
  CHECK_EQ(mlp::serialize_model(sizes, activation, loaded.network), read_text(path));

  const std::vector<mlp::Linear*> saved = mlp::linear_layers(network);
  const std::vector<mlp::Linear*> read = mlp::linear_layers(loaded.network);
  CHECK_EQ(read.size(), sizes.size() - 1);
  for (std::size_t i = 0; i < saved.size() && i < read.size(); ++i) {
    CHECK(same_bits(saved[i]->weights, read[i]->weights));
    CHECK(same_bits(saved[i]->bias, read[i]->bias));
  }
  first.data()[2] = 0.5f;  // so the forward pass below stays finite
  mlp::linear_layers(loaded.network).front()->weights.data()[2] = 0.5f;
  mlp::Matrix input(2, sizes.front(), 0.25f);
  CHECK(same_bits(network.forward(input), loaded.network.forward(input)));
}

void test_round_trips() {
  const TempFolder folder("test_model_file");
  for (const std::vector<std::size_t>& sizes :
       std::vector<std::vector<std::size_t>>{{4, 3}, {4, 6, 3}, {5, 6, 4, 3}}) {
    for (const std::string activation : {"tanh", "sigmoid", "relu"})
      check_round_trip(sizes, activation, folder);
  }
}

void test_layout_of_the_header() {
  const Bytes bytes = good_model();
  CHECK_EQ(std::string(bytes.begin(), bytes.begin() + 8), "MLPMODEL");
  CHECK_EQ(mlp::read_little_endian(&bytes[kVersionAt], 4), 1u);
  CHECK_EQ(mlp::read_little_endian(&bytes[kScalarSizeAt], 4), sizeof(mlp::Scalar));
  CHECK_EQ(mlp::read_little_endian(&bytes[kNameLengthAt], 4), 4u);
  CHECK_EQ(std::string(bytes.begin() + kNameAt, bytes.begin() + kNameAt + 4), "tanh");
  CHECK_EQ(mlp::read_little_endian(&bytes[kLayerCountAt], 4), 2u);
  CHECK_EQ(mlp::read_little_endian(&bytes[kSizesAt + 8], 4), 2u);
  const std::size_t parameters = 3 * 4 + 4 + 4 * 2 + 2;
  CHECK_EQ(bytes.size(), kSizesAt + 12 + parameters * sizeof(mlp::Scalar) + 4);
}

void test_refusals() {
  CHECK(parse(good_model()).sizes.size() == 3);

  Bytes bytes = good_model();
  bytes[0] = 'X';
  CHECK_THROWS_WITH(parse(bytes), "demo.mlp: not a model file");
  CHECK_THROWS_WITH(parse(as_bytes("P5\n28 28\n255\n")), "not a model file");
  CHECK_THROWS_WITH(parse({}), "demo.mlp: truncated");

  CHECK_THROWS_WITH(parse(with_uint32(kVersionAt, 2)),
                    "demo.mlp: model file version 2, this program reads version 1");
  CHECK_THROWS_WITH(parse(with_uint32(kScalarSizeAt, 8)), "stores 8-byte weights");
  CHECK_THROWS_WITH(parse(with_uint32(kNameLengthAt, 0)), "activation name length 0 is absurd");
  CHECK_THROWS_WITH(parse(with_uint32(kNameLengthAt, 4000000000u)), "name length 4000000000");

  bytes = good_model();
  std::memcpy(&bytes[kNameAt], "gelu", 4);
  CHECK_THROWS_WITH(parse(with_fresh_checksum(bytes)), "demo.mlp: unknown activation 'gelu'");
  bytes[kNameAt] = 0;
  CHECK_THROWS_WITH(parse(with_fresh_checksum(bytes)), "unknown activation '?elu'");

  CHECK_THROWS_WITH(parse(with_uint32(kLayerCountAt, 0)), "0 layers is absurd");
  CHECK_THROWS_WITH(parse(with_uint32(kLayerCountAt, 17)), "17 layers is absurd");
  CHECK_THROWS_WITH(parse(with_uint32(kSizesAt, 0)), "layer size 0 is absurd");
  CHECK_THROWS_WITH(parse(with_uint32(kSizesAt + 4, 100001)), "layer size 100001 is absurd");
  // Sizes that are allowed but far larger than the file: refused by length, nothing allocated.
  bytes = good_model();
  put_uint32(bytes, kSizesAt + 4, 100000);
  put_uint32(bytes, kSizesAt + 8, 100000);
  CHECK_THROWS_WITH(parse(bytes), "truncated: the header promises");

  bytes = good_model();
  bytes.pop_back();
  CHECK_THROWS_WITH(parse(bytes), "demo.mlp: truncated");
  bytes = good_model();
  bytes.push_back(0);
  CHECK_THROWS_WITH(parse(bytes), "demo.mlp: 1 trailing bytes");

  bytes = good_model();
  bytes[kSizesAt + 20] ^= 0x01;  // one bit of a weight
  CHECK_THROWS_WITH(parse(bytes), "demo.mlp: checksum mismatch");
  bytes = good_model();
  bytes.back() ^= 0x80;  // one bit of the checksum itself
  CHECK_THROWS_WITH(parse(bytes), "checksum mismatch");
}

void test_non_finite_weights() {
  const std::size_t first_weight = kSizesAt + 12;
  for (mlp::Scalar bad : {std::numeric_limits<mlp::Scalar>::quiet_NaN(),
                          std::numeric_limits<mlp::Scalar>::infinity()}) {
    Bytes bytes = good_model();
    std::string encoded;
    mlp::append_scalar(encoded, bad);
    std::memcpy(&bytes[first_weight + sizeof(mlp::Scalar)], encoded.data(), encoded.size());
    CHECK_THROWS_WITH(parse(with_fresh_checksum(bytes)),
                      "demo.mlp: layer 0 weights hold a non-finite value");
  }
}

// A file cut off anywhere must be refused with an exception, never read out of bounds.
void test_every_truncation() {
  const Bytes bytes = good_model();
  std::size_t refused = 0;
  for (std::size_t length = 0; length < bytes.size(); ++length) {
    try {
      parse(Bytes(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(length)));
    } catch (const std::exception&) {
      ++refused;
    }
  }
  CHECK_EQ(refused, bytes.size());
}

void test_saving_refuses_what_loading_would() {
  mlp::Network network = random_network({3, 4, 2}, "tanh", 1);
  CHECK_THROWS_WITH(mlp::serialize_model({3, 5, 2}, "tanh", network, "x.mlp"),
                    "x.mlp: the network (Linear(3 -> 4), Tanh, Linear(4 -> 2)) is not the tanh "
                    "perceptron 3 -> 5 -> 2");
  CHECK_THROWS_WITH(mlp::serialize_model({3, 4, 2}, "relu", network), "is not the relu");
  CHECK_THROWS_WITH(mlp::serialize_model({3, 4, 2}, "gelu", network), "unknown activation");
  CHECK_THROWS_WITH(mlp::serialize_model({3}, "tanh", network), "0 layers is absurd");
  mlp::linear_layers(network).back()->bias.data()[1] = std::numeric_limits<mlp::Scalar>::infinity();
  CHECK_THROWS_WITH(mlp::serialize_model({3, 4, 2}, "tanh", network),
                    "layer 1 biases hold a non-finite value (NaN or infinity) at position 1");
}

void test_require_shape() {
  mlp::LoadedModel model = parse(good_model());
  mlp::require_shape(model, 3, 2);
  CHECK_THROWS_WITH(mlp::require_shape(model, 784, 10),
                    "demo.mlp: the model is 3 -> 4 -> 2, expected 784 -> ... -> 10");
  CHECK_THROWS_WITH(mlp::require_shape(model, 3, 10), "expected 3 -> ... -> 10");
}

void test_atomic_writes() {
  const TempFolder folder("test_model_file");
  const std::string path = folder.file("notes.txt");
  mlp::write_file_atomically(path, "first");
  // Replacing an existing file: the rename that Windows refuses unless asked to replace.
  mlp::write_file_atomically(path, std::string("second\0binary", 13));
  CHECK_EQ(read_text(path), std::string("second\0binary", 13));
  CHECK(!fs::exists(path + ".tmp"));

  const std::string missing = folder.file("no_such_folder/notes.txt");
  CHECK_THROWS_WITH(mlp::write_file_atomically(missing, "x"), "cannot write " + missing);
  CHECK(!fs::exists(missing + ".tmp"));

  // A failed write leaves the existing file as it was.
  fs::create_directory(path + ".tmp");  // blocks the temporary file
  CHECK_THROWS_WITH(mlp::write_file_atomically(path, "third"), "cannot write " + path);
  CHECK_EQ(read_text(path), std::string("second\0binary", 13));
  fs::remove_all(path + ".tmp");

  mlp::Network network = random_network({3, 4, 2}, "tanh", 2);
  const std::string model_path = folder.file("model.mlp");
  mlp::save_model(model_path, {3, 4, 2}, "tanh", network);
  const std::string saved = read_text(model_path);
  fs::create_directory(model_path + ".tmp");
  CHECK_THROWS_WITH(mlp::save_model(model_path, {3, 4, 2}, "tanh", network), model_path);
  CHECK_EQ(read_text(model_path), saved);
}

void test_loading_from_disk() {
  const TempFolder folder("test_model_file");
  const std::string missing = folder.file("missing.mlp");
  CHECK_THROWS_WITH(mlp::load_model(missing), missing + ": no such file");
  CHECK_THROWS_WITH(mlp::load_model(folder.path().string()), "not a regular file");
  const std::string empty = folder.file("empty.mlp");
  mlp::write_file_atomically(empty, "");
  CHECK_THROWS_WITH(mlp::load_model(empty), empty + ": truncated");
  CHECK_THROWS_WITH(mlp::read_file_bytes(empty + "x", 10), "no such file");
  mlp::write_file_atomically(empty, "too long");
  CHECK_THROWS_WITH(mlp::read_file_bytes(empty, 3), "more than the 3 expected");
}

}  // namespace

int main() {
  test_crc32();
  test_round_trips();
  test_layout_of_the_header();
  test_refusals();
  test_non_finite_weights();
  test_every_truncation();
  test_saving_refuses_what_loading_would();
  test_require_shape();
  test_atomic_writes();
  test_loading_from_disk();
  return check::summary();
}
