// blocked_products.hpp — the fast tier's matrix products (speed support code).
//
// Same three products and the same shape rules as matmul, matmul_a_bt and matmul_at_b of
// kernels.hpp, computed in register tiles over packed panels and split over the threads of
// parallel.hpp (blocked_products.cpp explains how). Every output entry is computed by one thread
// in a fixed order, so the result is bit-identical for any thread count; it differs from the
// naive reference only by rounding, because the sums are added in a different order. Built
// without GCC/Clang vector extensions, they are the loop-ordered products of matrix.hpp.
#pragma once

#include "framework/matrix.hpp"

namespace mlp {

void matmul_blocked(const Matrix& a, const Matrix& b, Matrix& out);       // out = A·B
void matmul_a_bt_blocked(const Matrix& a, const Matrix& b, Matrix& out);  // out = A·Bᵀ
void matmul_at_b_blocked(const Matrix& a, const Matrix& b, Matrix& out);  // out = Aᵀ·B

}  // namespace mlp
