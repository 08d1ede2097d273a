// kernels.hpp — the few number-crunching loops that one training step spends its time in.
//
// The layers, the losses and the optimiser describe *what* to compute; these functions do the
// bulk of the arithmetic. There are two versions of every function, with the same name and the
// same result up to rounding, and the build links exactly one of them:
//
//   * the reference tier (this folder): plain loops over scalars on one thread, written to be
//     read next to the lesson. The loops are in products.cpp and elementwise.cpp, under the
//     names mlp::reference::…; reference_tier.cpp hands them out under the names below.
//   * the fast tier (src/fast/, never needed to follow the lesson): register-blocked products,
//     vectorised tanh, sigmoid and exp, and a thread pool. lessons/speed.md explains it.
//
// The programs of the lessons use the reference tier; the MNIST lab and the benchmark use the fast
// tier (mnist_lab_reference is the lab on the reference tier). Every test of the framework runs on
// both.
#pragma once

#include <cstddef>
#include <functional>

#include "framework/matrix.hpp"

namespace mlp {

// The three matrix products of a Linear layer with input X (B x n), weights W (m x n) and
// δ = ∂L/∂Z (B x m). Each checks that the inner sizes agree and reshapes `out` to fit.
void matmul(const Matrix& a, const Matrix& b, Matrix& out);  // out = A·B   (∂L/∂X = δ·W)
void matmul_a_bt(const Matrix& a, const Matrix& b, Matrix& out);  // out = A·Bᵀ  (Z = X·Wᵀ)
void matmul_at_b(const Matrix& a, const Matrix& b, Matrix& out);  // out = Aᵀ·B  (∂L/∂W = δᵀ·X)

// to = from, reshaping `to`: how a layer keeps its input for the backward pass.
void copy(const Matrix& from, Matrix& to);

// m ← m + factor · delta, element by element: the gradient-descent update θ ← θ − η·∂L/∂θ is
// add_scaled(θ, ∂L/∂θ, −η). Throws if the shapes differ.
void add_scaled(Matrix& m, const Matrix& delta, Scalar factor);

// a = tanh(z) and a = sigmoid(z) = 1 / (1 + e^−z), element by element; `a` is reshaped to z.
void tanh_each(const Matrix& z, Matrix& a);
void sigmoid_each(const Matrix& z, Matrix& a);

// The backward passes of those two, from their output a: ∂L/∂z = ∂L/∂a ⊙ (1 − a²) for tanh and
// ∂L/∂a ⊙ a (1 − a) for the sigmoid, element by element. `grad_z` is reshaped to a; throws if
// grad_a and a differ in shape.
void tanh_backward_each(const Matrix& a, const Matrix& grad_a, Matrix& grad_z);
void sigmoid_backward_each(const Matrix& a, const Matrix& grad_a, Matrix& grad_z);

// e_ij = exp(z_ij − m_i), where m_i is the largest number of row i: the numerators of the
// softmax (softmax.cpp). No exponent is positive, so nothing overflows: every e_ij is in (0, 1],
// and the largest of each row is exactly 1. `e` is reshaped to z (it may be z itself).
void exp_minus_row_max(const Matrix& z, Matrix& e);

// Calls body(first, end) for consecutive ranges that together cover 0 … count − 1, for work whose
// items are computed each on its own (turning the images of a minibatch into numbers, say), of
// about `numbers_per_item` numbers each: one range in the reference tier, one range per thread
// in the fast tier when there is enough work to share.
void for_each_part(std::size_t count, std::size_t numbers_per_item,
                   const std::function<void(std::size_t first, std::size_t end)>& body);

// A hint that the `bytes` bytes at `address` are needed soon, so that the processor can start
// fetching them from memory while it works on something else. It changes no result: the reference
// tier ignores it; the fast tier asks for each cache line with the compiler's prefetch
// instruction (GCC and Clang).
void prefetch(const void* address, std::size_t bytes);

// How many threads the kernels may use; 0 means one per core. The reference tier always uses
// one, whatever is asked; the fast tier starts with one per core.
void set_thread_count(std::size_t threads);
std::size_t thread_count();

// "reference" or "fast": which tier this program was linked with.
const char* kernel_tier();

}  // namespace mlp
