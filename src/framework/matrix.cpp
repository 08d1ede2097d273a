// matrix.cpp — storage, shape checks and the element-wise operations of the Matrix type.
#include "framework/matrix.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "framework/parallel.hpp"

namespace mlp {

Matrix::Matrix(std::size_t rows, std::size_t cols, Scalar fill)
    : rows_(rows), cols_(cols), values_(rows * cols, fill) {}

Matrix Matrix::from_rows(std::initializer_list<std::initializer_list<Scalar>> rows) {
  const std::size_t cols = rows.size() == 0 ? 0 : rows.begin()->size();
  Matrix m(rows.size(), cols);
  std::size_t r = 0;
  for (const auto& row : rows) {
    if (row.size() != cols) {
      throw std::invalid_argument("Matrix::from_rows: row " + std::to_string(r) + " has " +
                                  std::to_string(row.size()) + " values, row 0 has " +
                                  std::to_string(cols));
    }
    std::size_t c = 0;
    for (Scalar value : row)
      m(r, c++) = value;
    ++r;
  }
  return m;
}

std::string Matrix::shape() const {
  return "(" + std::to_string(rows_) + " x " + std::to_string(cols_) + ")";
}

void Matrix::reshape(std::size_t rows, std::size_t cols) {
  rows_ = rows;
  cols_ = cols;
  values_.resize(rows * cols);
}

void Matrix::fill(Scalar value) {
  for (Scalar& v : values_)
    v = value;
}

void require_same_shape(const Matrix& a, const Matrix& b, const char* what) {
  if (a.rows() != b.rows() || a.cols() != b.cols()) {
    throw std::invalid_argument(std::string(what) + ": shapes " + a.shape() + " and " + b.shape() +
                                " do not match");
  }
}

// Like to = from, but a large matrix is copied by all threads, each taking a range of rows. The
// Linear layer keeps its copy of the input this way: split like the products, a thread mostly
// copies the rows it multiplies next, and finds them in its own cache then.
void copy(const Matrix& from, Matrix& to) {
  to.reshape(from.rows(), from.cols());
  const std::size_t width = from.cols();
  const std::size_t minimum_rows = std::max<std::size_t>(1, kMinimumElementsPerPart / (width + 1));
  for_each_range(from.rows(), minimum_rows, [&](std::size_t first, std::size_t end) {
    std::copy(from.row(first), from.row(first) + (end - first) * width, to.row(first));
  });
}

void add(const Matrix& a, const Matrix& b, Matrix& out) {
  require_same_shape(a, b, "add");
  out.reshape(a.rows(), a.cols());
  for (std::size_t i = 0; i < a.size(); ++i)
    out.data()[i] = a.data()[i] + b.data()[i];
}

void subtract(const Matrix& a, const Matrix& b, Matrix& out) {
  require_same_shape(a, b, "subtract");
  out.reshape(a.rows(), a.cols());
  for (std::size_t i = 0; i < a.size(); ++i)
    out.data()[i] = a.data()[i] - b.data()[i];
}

void multiply(const Matrix& a, const Matrix& b, Matrix& out) {
  require_same_shape(a, b, "multiply");
  out.reshape(a.rows(), a.cols());
  for (std::size_t i = 0; i < a.size(); ++i)
    out.data()[i] = a.data()[i] * b.data()[i];
}

void scale(Matrix& m, Scalar factor) {
  for (std::size_t i = 0; i < m.size(); ++i)
    m.data()[i] *= factor;
}

// The update of every training step (θ ← θ − η ∂L/∂θ), so it runs on all threads: split like the
// gradient products, each thread mostly updates rows it has just computed, still in its cache.
void add_scaled(Matrix& m, const Matrix& delta, Scalar factor) {
  require_same_shape(m, delta, "add_scaled");
  for_each_range(m.size(), kMinimumElementsPerPart, [&](std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i)
      m.data()[i] += factor * delta.data()[i];
  });
}

void add_row_to_each_row(Matrix& m, const Matrix& row) {
  if (row.rows() != 1 || row.cols() != m.cols()) {
    throw std::invalid_argument("add_row_to_each_row: row " + row.shape() +
                                " must be (1 x columns of " + m.shape() + ")");
  }
  for (std::size_t r = 0; r < m.rows(); ++r) {
    Scalar* out = m.row(r);
    for (std::size_t c = 0; c < m.cols(); ++c)
      out[c] += row.data()[c];
  }
}

void sum_over_rows(const Matrix& m, Matrix& out) {
  out.reshape(1, m.cols());
  out.fill(0);
  for (std::size_t r = 0; r < m.rows(); ++r) {
    const Scalar* in = m.row(r);
    for (std::size_t c = 0; c < m.cols(); ++c)
      out.data()[c] += in[c];
  }
}

void apply(const Matrix& m, const std::function<Scalar(Scalar)>& f, Matrix& out) {
  out.reshape(m.rows(), m.cols());
  for (std::size_t i = 0; i < m.size(); ++i)
    out.data()[i] = f(m.data()[i]);
}

Scalar sum(const Matrix& m) {
  Scalar total = 0;
  for (std::size_t i = 0; i < m.size(); ++i)
    total += m.data()[i];
  return total;
}

Scalar max_abs(const Matrix& m) {
  Scalar largest = 0;
  for (std::size_t i = 0; i < m.size(); ++i)
    largest = std::max(largest, std::fabs(m.data()[i]));
  return largest;
}

std::size_t argmax_row(const Matrix& m, std::size_t r) {
  if (r >= m.rows() || m.cols() == 0) {
    throw std::out_of_range("argmax_row: row " + std::to_string(r) + " of " + m.shape());
  }
  const Scalar* values = m.row(r);
  std::size_t best = 0;
  for (std::size_t c = 1; c < m.cols(); ++c) {
    if (values[c] > values[best]) best = c;
  }
  return best;
}

}  // namespace mlp
