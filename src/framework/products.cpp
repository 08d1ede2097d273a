// products.cpp — the three matrix products a fully connected layer needs (reference tier).
//
// For a Linear layer with input x (B x n), weights W (m x n) and output z (B x m):
//   forward            z  = x · Wᵀ     (A·Bᵀ)
//   gradient of W   ∂L/∂W = δᵀ · x     (Aᵀ·B)   where δ = ∂L/∂z is (B x m)
//   gradient of x   ∂L/∂x = δ · W      (A·B)
//
// Each product is written twice. The naive version is the definition, out[i][j] = Σ_k a·b, one
// output element at a time; the tests trust it. The version the layers use in the reference tier
// (kernels.hpp) computes exactly the same sums but orders its loops so that the innermost loop
// runs along a row of memory: the processor then streams through consecutive addresses and the
// compiler can turn that loop into vector instructions that handle 8 or 16 floats at once.
//
// The fast tier's products (src/fast/blocked_products.cpp) are several times faster again;
// lessons/speed.md explains why and measures it.
#include "framework/reference_kernels.hpp"

namespace mlp::reference {

// out (n x p) = A (n x k) · B (k x p)
void matmul_naive(const Matrix& a, const Matrix& b, Matrix& out) {
  require_product_fits(a.cols(), b.rows(), "matmul (A·B)", a, b);
  out.reshape(a.rows(), b.cols());
  for (std::size_t i = 0; i < a.rows(); ++i) {
    for (std::size_t j = 0; j < b.cols(); ++j) {
      Scalar total = 0;
      for (std::size_t k = 0; k < a.cols(); ++k)
        total += a(i, k) * b(k, j);
      out(i, j) = total;
    }
  }
}

// Loop order i-k-j: for each row i of A and each k, add a[i][k] times row k of B to row i of the
// output. The inner loop reads row k of B and writes row i of out, both contiguous.
void matmul(const Matrix& a, const Matrix& b, Matrix& out) {
  require_product_fits(a.cols(), b.rows(), "matmul (A·B)", a, b);
  out.reshape(a.rows(), b.cols());
  out.fill(0);
  const std::size_t p = b.cols();
  for (std::size_t i = 0; i < a.rows(); ++i) {
    Scalar* out_row = out.row(i);
    for (std::size_t k = 0; k < a.cols(); ++k) {
      const Scalar a_ik = a(i, k);
      const Scalar* b_row = b.row(k);
      for (std::size_t j = 0; j < p; ++j)
        out_row[j] += a_ik * b_row[j];
    }
  }
}

// out (n x m) = A (n x k) · Bᵀ, with B stored as (m x k)
void matmul_a_bt_naive(const Matrix& a, const Matrix& b, Matrix& out) {
  require_product_fits(a.cols(), b.cols(), "matmul_a_bt (A·Bᵀ)", a, b);
  out.reshape(a.rows(), b.rows());
  for (std::size_t i = 0; i < a.rows(); ++i) {
    for (std::size_t j = 0; j < b.rows(); ++j) {
      Scalar total = 0;
      for (std::size_t k = 0; k < a.cols(); ++k)
        total += a(i, k) * b(j, k);
      out(i, j) = total;
    }
  }
}

// Here the naive order already reads memory well: out[i][j] is the dot product of row i of A with
// row j of B, and both rows are contiguous. The compiler still adds the products one at a time,
// because it may not reorder a floating-point sum on its own; the fast tier's kernels keep many
// partial sums in flight to get past that (lessons/speed.md).
void matmul_a_bt(const Matrix& a, const Matrix& b, Matrix& out) {
  require_product_fits(a.cols(), b.cols(), "matmul_a_bt (A·Bᵀ)", a, b);
  out.reshape(a.rows(), b.rows());
  const std::size_t k_size = a.cols();
  for (std::size_t i = 0; i < a.rows(); ++i) {
    const Scalar* a_row = a.row(i);
    for (std::size_t j = 0; j < b.rows(); ++j) {
      const Scalar* b_row = b.row(j);
      Scalar total = 0;
      for (std::size_t k = 0; k < k_size; ++k)
        total += a_row[k] * b_row[k];
      out(i, j) = total;
    }
  }
}

// out (n x p) = Aᵀ · B, with A stored as (k x n) and B as (k x p)
void matmul_at_b_naive(const Matrix& a, const Matrix& b, Matrix& out) {
  require_product_fits(a.rows(), b.rows(), "matmul_at_b (Aᵀ·B)", a, b);
  out.reshape(a.cols(), b.cols());
  for (std::size_t i = 0; i < a.cols(); ++i) {
    for (std::size_t j = 0; j < b.cols(); ++j) {
      Scalar total = 0;
      for (std::size_t k = 0; k < a.rows(); ++k)
        total += a(k, i) * b(k, j);
      out(i, j) = total;
    }
  }
}

// Loop order k-i-j: row k of A and row k of B together add the outer product a[k]ᵀ·b[k] to the
// output; the inner loop runs along row i of out and row k of B.
void matmul_at_b(const Matrix& a, const Matrix& b, Matrix& out) {
  require_product_fits(a.rows(), b.rows(), "matmul_at_b (Aᵀ·B)", a, b);
  out.reshape(a.cols(), b.cols());
  out.fill(0);
  const std::size_t p = b.cols();
  for (std::size_t k = 0; k < a.rows(); ++k) {
    const Scalar* a_row = a.row(k);
    const Scalar* b_row = b.row(k);
    for (std::size_t i = 0; i < a.cols(); ++i) {
      const Scalar a_ki = a_row[i];
      Scalar* out_row = out.row(i);
      for (std::size_t j = 0; j < p; ++j)
        out_row[j] += a_ki * b_row[j];
    }
  }
}

}  // namespace mlp::reference
