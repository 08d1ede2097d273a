// test_npy.cpp — the .npy writer: the exact header bytes, the 64-byte alignment, the numbers, the
// files export_npy writes, and (when python3 with NumPy is installed) NumPy reading them back and
// computing the same network output as the framework.
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "check.hpp"
#include "data/little_endian.hpp"
#include "lab/model_file.hpp"
#include "lab/npy_export.hpp"
#include "posix_shell.hpp"
#include "random_matrix.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
using test_files::read_text;
using test_files::TempFolder;

namespace {

const std::string kDescr = sizeof(mlp::Scalar) == 4 ? "<f4" : "<f8";

// Checks the preamble and header of a .npy file and returns the header text (without padding).
std::string checked_header(const std::string& npy) {
  CHECK_EQ(npy.substr(0, 8), std::string("\x93NUMPY\x01\x00", 8));
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(npy.data());
  const std::size_t header_length = mlp::read_little_endian(bytes + 8, 2);
  const std::size_t data_start = 10 + header_length;
  CHECK_EQ(data_start % 64, 0u);
  CHECK(npy.size() >= data_start);
  CHECK_EQ(npy[data_start - 1], '\n');
  std::string header = npy.substr(10, header_length - 1);
  header.erase(header.find_last_not_of(' ') + 1);
  return header;
}

void test_matrix_file() {
  const mlp::Matrix m = mlp::Matrix::from_rows({{1, -2, 3.5f}, {0.25f, 0, -1e-3f}});
  const std::string npy = mlp::npy_bytes(m);
  CHECK_EQ(checked_header(npy),
           "{'descr': '" + kDescr + "', 'fortran_order': False, 'shape': (2, 3), }");
  const std::size_t data_start = npy.size() - m.size() * sizeof(mlp::Scalar);
  CHECK_EQ(data_start, 128u);  // 10 + 59 + 1 bytes, rounded up to 64s
  const auto* data = reinterpret_cast<const std::uint8_t*>(npy.data()) + data_start;
  for (std::size_t i = 0; i < m.size(); ++i)
    CHECK_EQ(mlp::read_scalar(data + i * sizeof(mlp::Scalar)), m.data()[i]);

  CHECK_EQ(checked_header(mlp::npy_bytes_1d(m)),
           "{'descr': '" + kDescr + "', 'fortran_order': False, 'shape': (6,), }");
  // A longer shape still keeps the data aligned (checked_header checks that).
  const std::string wide = mlp::npy_bytes(mlp::Matrix(1234, 567));
  CHECK(checked_header(wide).find("'shape': (1234, 567)") != std::string::npos);
}

// The Python program that loads the exported files and the input, and prints the network output.
const char* kNumpyScript = R"(import sys, numpy as np
folder = sys.argv[1]
x = np.load(folder + '/input.npy')
for i in range(2):
    w = np.load(folder + '/layer%d_weights.npy' % i)
    b = np.load(folder + '/layer%d_bias.npy' % i)
    assert b.ndim == 1 and w.shape[0] == b.shape[0]
    x = x @ w.T + b
    if i == 0:
        x = np.tanh(x)
print(w.dtype, x.shape[0], x.shape[1])
for value in x.ravel():
    print('%.9g' % value)
)";

// The exported files, and NumPy reading them; false when NumPy could not be run here.
bool test_export(const TempFolder& folder) {
  mlp::Rng rng(3);
  mlp::Network network = mlp::build_perceptron({5, 4, 3}, "tanh", rng);
  for (mlp::Linear* linear : mlp::linear_layers(network)) {
    for (std::size_t i = 0; i < linear->bias.size(); ++i)
      linear->bias.data()[i] = static_cast<mlp::Scalar>(rng.normal());
  }
  mlp::export_npy(folder.path().string(), network);
  const std::vector<mlp::Linear*> linears = mlp::linear_layers(network);
  for (std::size_t i = 0; i < linears.size(); ++i) {
    const std::string prefix = folder.file("layer" + std::to_string(i));
    CHECK_EQ(read_text(prefix + "_weights.npy"), mlp::npy_bytes(linears[i]->weights));
    CHECK_EQ(read_text(prefix + "_bias.npy"), mlp::npy_bytes_1d(linears[i]->bias));
    CHECK(!fs::exists(prefix + "_weights.npy.tmp"));
  }
  CHECK(!fs::exists(folder.file("layer2_weights.npy")));
  CHECK_THROWS_WITH(mlp::export_npy(folder.file("missing"), network), "missing/layer0_weights.npy");

  if (!test_shell::posix_shell() || std::system("python3 -c 'import numpy' > /dev/null 2>&1") != 0)
    return false;
  const mlp::Matrix input = test_data::random_matrix(2, 5, rng);
  mlp::write_npy(folder.file("input.npy"), input);
  std::ofstream(folder.file("forward.py")) << kNumpyScript;
  const std::string command = "python3 " + folder.file("forward.py") + " " +
                              folder.path().string() + " > " + folder.file("numpy_output.txt");
  CHECK_EQ(std::system(command.c_str()), 0);
  std::ifstream numpy_output(folder.file("numpy_output.txt"));
  std::string dtype;
  std::size_t rows = 0, cols = 0;
  numpy_output >> dtype >> rows >> cols;
  CHECK_EQ(dtype, sizeof(mlp::Scalar) == 4 ? "float32" : "float64");
  const mlp::Matrix& output = network.forward(input);
  CHECK_EQ(rows, output.rows());
  CHECK_EQ(cols, output.cols());
  std::size_t compared = 0;
  for (double value; numpy_output >> value && compared < output.size(); ++compared)
    CHECK_NEAR(value, output.data()[compared], 1e-5);
  CHECK_EQ(compared, output.size());
  std::cout << "NumPy computed the same " << compared << " outputs from the exported files\n";
  return true;
}

}  // namespace

int main() {
  test_matrix_file();
  const TempFolder folder("test_npy");
  if (!test_export(folder))
    return check::summary_skipped(
        "the check that NumPy reads the files needs python3 with NumPy "
        "and a POSIX shell");
  return check::summary();
}
