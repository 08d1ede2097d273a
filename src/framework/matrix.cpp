// matrix.cpp — storage, shape checks and the row-wise operations of the Matrix type.
#include "framework/matrix.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

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

void require_product_fits(std::size_t left, std::size_t right, const char* what, const Matrix& a,
                          const Matrix& b) {
  if (left != right) {
    throw std::invalid_argument(std::string(what) + ": shapes " + a.shape() + " and " + b.shape() +
                                " do not fit");
  }
}

void require_same_shape(const Matrix& a, const Matrix& b, const char* what) {
  if (a.rows() != b.rows() || a.cols() != b.cols()) {
    throw std::invalid_argument(std::string(what) + ": shapes " + a.shape() + " and " + b.shape() +
                                " do not match");
  }
}

void scale(Matrix& m, Scalar factor) {
  for (std::size_t i = 0; i < m.size(); ++i)
    m.data()[i] *= factor;
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

Scalar max_abs(const Matrix& m) {
  Scalar largest = 0;
  for (std::size_t i = 0; i < m.size(); ++i)
    largest = std::max(largest, std::fabs(m.data()[i]));
  return largest;
}

namespace {

const Scalar* nonempty_row(const Matrix& m, std::size_t r, const char* what) {
  if (r >= m.rows() || m.cols() == 0) {
    throw std::out_of_range(std::string(what) + ": row " + std::to_string(r) + " of " + m.shape());
  }
  return m.row(r);
}

}  // namespace

// Both loops keep the best value so far in a variable, which compilers turn into a max or a
// conditional move. Comparing with values[best] instead, clang++ compiles a jump for every
// number, and the processor guesses wrong whenever a row's largest score moves.
Scalar row_max(const Matrix& m, std::size_t r) {
  const Scalar* values = nonempty_row(m, r, "row_max");
  Scalar largest = values[0];
  for (std::size_t c = 1; c < m.cols(); ++c)
    largest = std::max(largest, values[c]);
  return largest;
}

std::size_t argmax_row(const Matrix& m, std::size_t r) {
  const Scalar* values = nonempty_row(m, r, "argmax_row");
  std::size_t best = 0;
  Scalar best_value = values[0];
  for (std::size_t c = 1; c < m.cols(); ++c) {
    if (values[c] > best_value) {
      best = c;
      best_value = values[c];
    }
  }
  return best;
}

}  // namespace mlp
