// npy_export.hpp — a trained network's weights as NumPy .npy files, to inspect them in Python.
//
// The .npy format (version 1.0) is simple enough to write by hand:
//
//   6 bytes    magic: the byte 0x93 followed by the letters "NUMPY"
//   2 bytes    format version: major 1, minor 0
//   2 bytes    length of the header text (little-endian)
//   header     a Python dict literal in ASCII, e.g.
//                {'descr': '<f4', 'fortran_order': False, 'shape': (128, 784), }
//              '<f4' = little-endian 4-byte float ('<f8' when Scalar is double), fortran_order
//              False = stored row by row, shape = the array's dimensions. It is padded with spaces
//              and ends in '\n' so that the numbers start at a multiple of 64 bytes.
//   data       the numbers, row by row, little-endian
//
// export_npy writes, for the Linear layers of a network counted from the input (activations are
// not counted, so in a 784 -> 128 -> 10 perceptron layer0 is 784 -> 128 and layer1 is 128 -> 10):
//   layer<i>_weights.npy   W, shape (outputs, inputs) — row j holds the weights into neuron j
//   layer<i>_bias.npy      b, shape (outputs,)
// Because W is (outputs x inputs), NumPy computes a layer for a batch x of shape (B, inputs) as
//   z = x @ W.T + b
// and the whole perceptron by applying the activation between consecutive layers.
#pragma once

#include <string>

#include "framework/matrix.hpp"
#include "framework/network.hpp"

namespace mlp {

// The bytes of a .npy file holding matrix m with shape (rows, cols).
std::string npy_bytes(const Matrix& m);
// The same numbers as a one-dimensional array of shape (rows * cols,).
std::string npy_bytes_1d(const Matrix& m);

// Writes npy_bytes(m) to `path` (through a temporary file and a rename).
void write_npy(const std::string& path, const Matrix& m);

// Writes layer<i>_weights.npy and layer<i>_bias.npy for every Linear layer of `network` into
// `folder`, which must exist. Throws std::runtime_error naming the file if a write fails.
void export_npy(const std::string& folder, Network& network);

}  // namespace mlp
