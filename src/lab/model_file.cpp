// model_file.cpp — writing and reading the model file described in model_file.hpp.
#include "lab/model_file.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "data/crc32.hpp"
#include "data/little_endian.hpp"
#include "data/read_file.hpp"
#include "framework/activations.hpp"
#include "framework/random.hpp"
#include "report/atomic_file.hpp"

namespace mlp {
namespace {

const std::string kMagic = "MLPMODEL";
constexpr std::uint32_t kFormatVersion = 1;
constexpr std::uint64_t kMaxActivationName = 32;
constexpr std::uint64_t kMaxLayerSize = 100000;
constexpr std::uint64_t kChecksumBytes = 4;
// The largest file the limits above allow is far bigger than any real model; a model file is
// not read at all beyond this size.
constexpr std::uintmax_t kMaxFileBytes = std::uintmax_t{4} << 30;

[[noreturn]] void fail(const std::string& name, const std::string& problem) {
  throw std::runtime_error(name + ": " + problem);
}

// "784 -> 128 -> 10"
std::string sizes_text(const std::vector<std::size_t>& sizes) {
  std::string text;
  for (std::size_t size : sizes)
    text += (text.empty() ? "" : " -> ") + std::to_string(size);
  return text;
}

// The checks that both saving and loading apply to a model's description.
void require_known_activation(const std::string& activation, const std::string& name) {
  const std::vector<std::string> known = activation_names();
  if (std::find(known.begin(), known.end(), activation) != known.end()) return;
  std::string shown;
  for (char c : activation)
    shown += (c >= ' ' && c <= '~') ? c : '?';
  fail(name, "unknown activation '" + shown + "' (expected " + activation_name_list() + ")");
}

void require_layer_count(std::uint64_t linear_layers, const std::string& name) {
  if (linear_layers < 1 || linear_layers > kMaxLinearLayers) {
    fail(name, std::to_string(linear_layers) + " layers is absurd (a model has 1 to " +
                   std::to_string(kMaxLinearLayers) + " Linear layers)");
  }
}

void require_layer_size(std::uint64_t size, const std::string& name) {
  if (size < 1 || size > kMaxLayerSize) {
    fail(name, "layer size " + std::to_string(size) + " is absurd (sizes are 1 to " +
                   std::to_string(kMaxLayerSize) + ")");
  }
}

// How many weights and biases a perceptron of these sizes has.
std::uint64_t parameter_count(const std::vector<std::size_t>& sizes) {
  std::uint64_t count = 0;
  for (std::size_t i = 0; i + 1 < sizes.size(); ++i)
    count += std::uint64_t{sizes[i]} * sizes[i + 1] + sizes[i + 1];
  return count;
}

void require_finite(const Matrix& values, const std::string& what, const std::string& name) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (!std::isfinite(values.data()[i])) {
      fail(name,
           what + " hold a non-finite value (NaN or infinity) at position " + std::to_string(i));
    }
  }
}

// Saving checks that the network really is the perceptron its description claims.
void require_matching_network(const std::vector<std::size_t>& sizes, const std::string& activation,
                              Network& network, const std::string& name) {
  const std::size_t linear_count = sizes.size() - 1;
  bool matches = network.layer_count() == 2 * linear_count - 1;
  const std::string activation_layer = make_activation(activation)->name();
  for (std::size_t i = 0; matches && i < network.layer_count(); ++i) {
    if (i % 2 == 1) {
      matches = network.layer(i).name() == activation_layer;
      continue;
    }
    const Linear* linear = network.layer(i).as_linear();
    matches = linear && linear->inputs() == sizes[i / 2] && linear->outputs() == sizes[i / 2 + 1];
  }
  if (matches) return;
  std::string layers;
  for (std::size_t i = 0; i < network.layer_count(); ++i)
    layers += (i == 0 ? "" : ", ") + network.layer(i).name();
  fail(name, "the network (" + layers + ") is not the " + activation + " perceptron " +
                 sizes_text(sizes));
}

// Reads the fields of a model file one after the other, never past the end of the bytes.
class FieldReader {
 public:
  FieldReader(const std::vector<std::uint8_t>& bytes, const std::string& name)
      : bytes_(bytes), name_(name) {}

  // The next `count` bytes; `what` names the field for the message if the file ends first.
  const std::uint8_t* take(std::uint64_t count, const std::string& what) {
    if (count > bytes_.size() - offset_) {
      fail(name_, "truncated: the file ends after " + std::to_string(bytes_.size()) +
                      " bytes, in the middle of the " + what);
    }
    const std::uint8_t* field = bytes_.data() + offset_;
    offset_ += count;
    return field;
  }
  std::uint32_t uint32(const std::string& what) {
    return static_cast<std::uint32_t>(read_little_endian(take(4, what), 4));
  }
  std::uint64_t offset() const { return offset_; }

 private:
  const std::vector<std::uint8_t>& bytes_;
  const std::string& name_;
  std::uint64_t offset_ = 0;
};

void read_magic(FieldReader& reader, const std::vector<std::uint8_t>& bytes,
                const std::string& name) {
  const std::size_t present = std::min(bytes.size(), kMagic.size());
  if (kMagic.compare(0, present, reinterpret_cast<const char*>(bytes.data()), present) != 0) {
    fail(name, "not a model file (it does not start with \"" + kMagic + "\")");
  }
  reader.take(kMagic.size(), "magic \"" + kMagic + "\"");
}

void read_format(FieldReader& reader, const std::string& name) {
  const std::uint32_t version = reader.uint32("format version");
  if (version != kFormatVersion) {
    fail(name, "model file version " + std::to_string(version) + ", this program reads version " +
                   std::to_string(kFormatVersion));
  }
  const std::uint32_t scalar_size = reader.uint32("weight size");
  if (scalar_size != sizeof(Scalar)) {
    fail(name, "the model stores " + std::to_string(scalar_size) +
                   "-byte weights, this program uses " + std::to_string(sizeof(Scalar)) +
                   "-byte weights");
  }
}

std::string read_activation(FieldReader& reader, const std::string& name) {
  const std::uint32_t length = reader.uint32("activation name length");
  if (length < 1 || length > kMaxActivationName) {
    fail(name, "activation name length " + std::to_string(length) + " is absurd (1 to " +
                   std::to_string(kMaxActivationName) + ")");
  }
  const std::uint8_t* text = reader.take(length, "activation name");
  const std::string activation(text, text + length);
  require_known_activation(activation, name);
  return activation;
}

std::vector<std::size_t> read_sizes(FieldReader& reader, const std::string& name) {
  const std::uint32_t linear_layers = reader.uint32("number of layers");
  require_layer_count(linear_layers, name);
  std::vector<std::size_t> sizes;
  for (std::uint32_t i = 0; i <= linear_layers; ++i) {
    sizes.push_back(reader.uint32("layer sizes"));
    require_layer_size(sizes.back(), name);
  }
  return sizes;
}

// Compares the length the header implies with the real one, before any weight is allocated.
void require_exact_length(const FieldReader& reader, const std::vector<std::size_t>& sizes,
                          std::uint64_t actual, const std::string& name) {
  const std::uint64_t expected =
      reader.offset() + parameter_count(sizes) * sizeof(Scalar) + kChecksumBytes;
  if (actual < expected) {
    fail(name, "truncated: the header promises " + std::to_string(expected) +
                   " bytes, the file has " + std::to_string(actual));
  }
  if (actual > expected) {
    fail(name, std::to_string(actual - expected) + " trailing bytes after the " +
                   std::to_string(expected) + " bytes of the model");
  }
}

void require_checksum(const std::vector<std::uint8_t>& bytes, const std::string& name) {
  const std::size_t covered = bytes.size() - kChecksumBytes;
  const auto stored =
      static_cast<std::uint32_t>(read_little_endian(bytes.data() + covered, kChecksumBytes));
  if (crc32(bytes.data(), covered) != stored) {
    fail(name, "checksum mismatch: the file is damaged");
  }
}

void read_values(FieldReader& reader, Matrix& values, const std::string& what,
                 const std::string& name) {
  const std::uint8_t* stored = reader.take(values.size() * sizeof(Scalar), what);
  for (std::size_t i = 0; i < values.size(); ++i)
    values.data()[i] = read_scalar(stored + i * sizeof(Scalar));
  require_finite(values, what, name);
}

}  // namespace

std::string serialize_model(const std::vector<std::size_t>& sizes, const std::string& activation,
                            Network& network, const std::string& name_for_errors) {
  const std::string& name = name_for_errors;
  require_known_activation(activation, name);
  require_layer_count(sizes.empty() ? 0 : sizes.size() - 1, name);
  for (std::size_t size : sizes)
    require_layer_size(size, name);
  require_matching_network(sizes, activation, network, name);

  std::string bytes = kMagic;
  append_little_endian(bytes, kFormatVersion, 4);
  append_little_endian(bytes, sizeof(Scalar), 4);
  append_little_endian(bytes, activation.size(), 4);
  bytes += activation;
  append_little_endian(bytes, sizes.size() - 1, 4);
  for (std::size_t size : sizes)
    append_little_endian(bytes, size, 4);
  std::size_t index = 0;
  for (Linear* linear : linear_layers(network)) {
    const std::string layer = "layer " + std::to_string(index++);
    require_finite(linear->weights, layer + " weights", name);
    require_finite(linear->bias, layer + " biases", name);
    for (const Matrix* values : {&linear->weights, &linear->bias}) {
      for (std::size_t i = 0; i < values->size(); ++i)
        append_scalar(bytes, values->data()[i]);
    }
  }
  const auto* data = reinterpret_cast<const std::uint8_t*>(bytes.data());
  append_little_endian(bytes, crc32(data, bytes.size()), kChecksumBytes);
  return bytes;
}

void save_model(const std::string& path, const std::vector<std::size_t>& sizes,
                const std::string& activation, Network& network) {
  write_file_atomically(path, serialize_model(sizes, activation, network, path));
}

LoadedModel parse_model(const std::vector<std::uint8_t>& bytes,
                        const std::string& name_for_errors) {
  const std::string& name = name_for_errors;
  FieldReader reader(bytes, name);
  read_magic(reader, bytes, name);
  read_format(reader, name);
  std::string activation = read_activation(reader, name);
  std::vector<std::size_t> sizes = read_sizes(reader, name);
  require_exact_length(reader, sizes, bytes.size(), name);
  require_checksum(bytes, name);

  Rng unused_initialisation(0);  // every weight is overwritten from the file below
  LoadedModel model{name, sizes, activation,
                    build_perceptron(sizes, activation, unused_initialisation)};
  std::size_t index = 0;
  for (Linear* linear : linear_layers(model.network)) {
    const std::string layer = "layer " + std::to_string(index++);
    read_values(reader, linear->weights, layer + " weights", name);
    read_values(reader, linear->bias, layer + " biases", name);
  }
  return model;
}

LoadedModel load_model(const std::string& path) {
  return parse_model(read_file_bytes(path, kMaxFileBytes), path);
}

void require_shape(const LoadedModel& model, std::size_t inputs, std::size_t outputs) {
  if (!model.sizes.empty() && model.sizes.front() == inputs && model.sizes.back() == outputs)
    return;
  fail(model.source, "the model is " + sizes_text(model.sizes) + ", expected " +
                         std::to_string(inputs) + " -> ... -> " + std::to_string(outputs));
}

}  // namespace mlp
