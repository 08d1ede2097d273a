// npy_export.cpp — the .npy header, the numbers, and one pair of files per Linear layer.
#include "lab/npy_export.hpp"

#include "data/little_endian.hpp"
#include "lab/model_file.hpp"
#include "report/atomic_file.hpp"

namespace mlp {
namespace {

constexpr std::size_t kAlignment = 64;
constexpr std::size_t kPreambleBytes = 10;  // magic (6) + version (2) + header length (2)

// Python's spelling of a shape: "(3, 4)" for two dimensions, "(12,)" for one.
std::string shape_text(const std::vector<std::size_t>& shape) {
  std::string text = "(";
  for (std::size_t i = 0; i < shape.size(); ++i)
    text += (i == 0 ? "" : ", ") + std::to_string(shape[i]);
  return text + (shape.size() == 1 ? ",)" : ")");
}

std::string npy_with_shape(const Matrix& m, const std::vector<std::size_t>& shape) {
  const char* descr = sizeof(Scalar) == 4 ? "<f4" : "<f8";
  std::string header = std::string("{'descr': '") + descr +
                       "', 'fortran_order': False, 'shape': " + shape_text(shape) + ", }";
  // Pad with spaces so that preamble + header + '\n' is a whole number of 64-byte blocks.
  const std::size_t unpadded = kPreambleBytes + header.size() + 1;
  header.append((kAlignment - unpadded % kAlignment) % kAlignment, ' ');
  header += '\n';

  std::string bytes = "\x93NUMPY";
  bytes += '\x01';
  bytes += '\x00';
  append_little_endian(bytes, header.size(), 2);
  bytes += header;
  for (std::size_t i = 0; i < m.size(); ++i)
    append_scalar(bytes, m.data()[i]);
  return bytes;
}

}  // namespace

std::string npy_bytes(const Matrix& m) {
  return npy_with_shape(m, {m.rows(), m.cols()});
}

std::string npy_bytes_1d(const Matrix& m) {
  return npy_with_shape(m, {m.size()});
}

void write_npy(const std::string& path, const Matrix& m) {
  write_file_atomically(path, npy_bytes(m));
}

void export_npy(const std::string& folder, Network& network) {
  std::size_t index = 0;
  for (const Linear* linear : linear_layers(network)) {
    const std::string prefix = folder + "/layer" + std::to_string(index++);
    write_file_atomically(prefix + "_weights.npy", npy_bytes(linear->weights));
    write_file_atomically(prefix + "_bias.npy", npy_bytes_1d(linear->bias));
  }
}

}  // namespace mlp
