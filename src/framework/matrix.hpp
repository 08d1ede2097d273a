// matrix.hpp — the hand-written matrix type that every other file builds on.
//
// A Matrix is a rows x cols table of Scalars stored row by row ("row-major"): element (r, c)
// lives at data()[r * cols + c]. A minibatch of B examples with D features each is a B x D
// matrix, one example per row. Every operation checks the shapes it is given and throws
// std::invalid_argument with both shapes in the message when they do not fit.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <vector>

#include "framework/cache_line_allocator.hpp"
#include "framework/scalar.hpp"

namespace mlp {

class Matrix {
 public:
  Matrix() = default;
  Matrix(std::size_t rows, std::size_t cols, Scalar fill = 0);
  // Matrix::from_rows({{1, 2}, {3, 4}}) — handy in tests and small examples.
  static Matrix from_rows(std::initializer_list<std::initializer_list<Scalar>> rows);

  std::size_t rows() const { return rows_; }
  std::size_t cols() const { return cols_; }
  std::size_t size() const { return values_.size(); }
  std::string shape() const;  // "(rows x cols)"

  Scalar& operator()(std::size_t r, std::size_t c) { return values_[r * cols_ + c]; }
  Scalar operator()(std::size_t r, std::size_t c) const { return values_[r * cols_ + c]; }
  Scalar* data() { return values_.data(); }
  const Scalar* data() const { return values_.data(); }
  Scalar* row(std::size_t r) { return values_.data() + r * cols_; }
  const Scalar* row(std::size_t r) const { return values_.data() + r * cols_; }

  // Changes the shape, keeping the storage when it is large enough, so buffers that are reshaped
  // every minibatch stop allocating after the first one. The contents are unspecified afterwards.
  void reshape(std::size_t rows, std::size_t cols);
  void fill(Scalar value);

 private:
  std::size_t rows_ = 0;
  std::size_t cols_ = 0;
  std::vector<Scalar, CacheLineAllocator<Scalar>> values_;  // from a cache line's start
};

// Throws std::invalid_argument("<what>: shapes (a) and (b) do not match") unless a and b have the
// same shape.
void require_same_shape(const Matrix& a, const Matrix& b, const char* what);

// Row-wise and scaling operations. Each writes into `out`, reshaping it as needed, so a
// caller can reuse one buffer from minibatch to minibatch. The matrix products and the few loops
// that training spends its time in are in kernels.hpp.
void scale(Matrix& m, Scalar factor);                    // m = factor * m
void add_row_to_each_row(Matrix& m, const Matrix& row);  // m[r][c] += row[0][c] (a bias)
void sum_over_rows(const Matrix& m, Matrix& out);        // out[0][c] = Σ_r m[r][c]

Scalar max_abs(const Matrix& m);
// The largest value in row r, and its index (the predicted class when a row holds class scores).
// Both throw std::out_of_range for a row that does not exist or has no values.
Scalar row_max(const Matrix& m, std::size_t r);
std::size_t argmax_row(const Matrix& m, std::size_t r);

// Throws std::invalid_argument("<what>: shapes (a) and (b) do not fit") unless the inner sizes
// of a product, left and right, are equal.
void require_product_fits(std::size_t left, std::size_t right, const char* what, const Matrix& a,
                          const Matrix& b);

}  // namespace mlp
