// model_file.hpp — saving a trained perceptron to a file and loading it back, bit for bit.
//
// The format is our own, binary, and versioned. Every integer is an unsigned 32-bit number and
// every number is little-endian (lowest byte first, see data/little_endian.hpp):
//
//   bytes        field
//   8            magic: the ASCII letters "MLPMODEL", so another kind of file is recognised at once
//   4            format version, currently 1; a reader refuses versions it does not know
//   4            size of one weight in bytes: 4 (float) or 8 (double); a program reads only files
//                with its own Scalar size, so no weight is ever rounded on the way in
//   4            n, the length of the activation name (1 to 32)
//   n            the activation name in ASCII, one of the registry in framework/activations.hpp
//   4            L, the number of Linear layers (1 to 16)
//   4·(L+1)      the layer sizes s0, s1, …, sL, each 1 to 100,000, e.g. 784 128 10
//   then, for each Linear layer i = 0 … L−1:
//     s(i+1)·s(i) weights W, row by row (row j = the weights into output neuron j)
//     s(i+1)      biases b
//   4            CRC-32 (data/crc32.hpp) of every byte before it
//
// Weights are stored as their IEEE 754 bit patterns, so saving and loading changes no bit. The
// architecture needs no more than the sizes and the activation: it is the perceptron that
// build_perceptron makes from them (an activation between consecutive Linear layers, none after
// the last).
//
// Loading trusts nothing. Before anything is allocated the header is checked field by field, and
// the file length the sizes imply is compared with the real length; then the checksum is
// compared and every weight checked to be a finite number. Each problem is refused with a
// one-line message that starts with the file name.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "framework/linear.hpp"
#include "framework/network.hpp"

namespace mlp {

// The most Linear layers a model file holds, and so the most the lab's --layers accepts.
constexpr std::size_t kMaxLinearLayers = 16;

// A model read from a file: its description and a network ready for forward().
struct LoadedModel {
  std::string source;              // the file it came from, for messages
  std::vector<std::size_t> sizes;  // layer sizes, e.g. {784, 128, 10}
  std::string activation;          // a name of the activation registry, e.g. "relu"
  Network network;
};

// The bytes of the model file for `network`, a perceptron built with
// build_perceptron(sizes, activation, …). Throws std::runtime_error, with `name_for_errors` in the
// message, when the network does not have that shape, when the description is outside the
// format's limits, or when a weight is NaN or infinite (a diverged training run), because a file
// that load_model would refuse is never written.
std::string serialize_model(const std::vector<std::size_t>& sizes, const std::string& activation,
                            Network& network, const std::string& name_for_errors = "model");

// Writes serialize_model(…) to `path` (through a temporary file and a rename, so an interrupted
// save never leaves half a model behind).
void save_model(const std::string& path, const std::vector<std::size_t>& sizes,
                const std::string& activation, Network& network);

// Reads a model from bytes in memory; error messages start with `name_for_errors`.
LoadedModel parse_model(const std::vector<std::uint8_t>& bytes, const std::string& name_for_errors);

// Reads the model file at `path`.
LoadedModel load_model(const std::string& path);

// Throws std::runtime_error unless the model takes `inputs` numbers and gives `outputs` scores,
// e.g. require_shape(model, 784, 10) before feeding it MNIST digits. The message shows both
// shapes: "model.mlp: the model is 100 -> 32 -> 10, expected 784 -> ... -> 10".
void require_shape(const LoadedModel& model, std::size_t inputs, std::size_t outputs);

}  // namespace mlp
