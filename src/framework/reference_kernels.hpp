// reference_kernels.hpp — the reference tier's kernels under their own names, mlp::reference::….
//
// support code: how the tiers of kernels share the reference loops.
//
// These are the plain loops behind kernels.hpp in the reference tier. They keep names of their
// own so that every build has them: the tests and the benchmark compare the fast tier against
// them in one program, and the fast tier falls back to them where it has no vector code.
#pragma once

#include "framework/matrix.hpp"

namespace mlp::reference {

// products.cpp: the textbook triple loops (…_naive), the definition that the tests trust, and
// the same sums with the loops ordered so the innermost one walks contiguous memory.
void matmul_naive(const Matrix& a, const Matrix& b, Matrix& out);       // out = A·B
void matmul_a_bt_naive(const Matrix& a, const Matrix& b, Matrix& out);  // out = A·Bᵀ
void matmul_at_b_naive(const Matrix& a, const Matrix& b, Matrix& out);  // out = Aᵀ·B
void matmul(const Matrix& a, const Matrix& b, Matrix& out);
void matmul_a_bt(const Matrix& a, const Matrix& b, Matrix& out);
void matmul_at_b(const Matrix& a, const Matrix& b, Matrix& out);

// elementwise.cpp: one loop over the numbers of a matrix each.
void copy(const Matrix& from, Matrix& to);
void add_scaled(Matrix& m, const Matrix& delta, Scalar factor);
void tanh_each(const Matrix& z, Matrix& a);
void sigmoid_each(const Matrix& z, Matrix& a);
void tanh_backward_each(const Matrix& a, const Matrix& grad_a, Matrix& grad_z);
void sigmoid_backward_each(const Matrix& a, const Matrix& grad_a, Matrix& grad_z);
void exp_minus_row_max(const Matrix& z, Matrix& e);

}  // namespace mlp::reference
