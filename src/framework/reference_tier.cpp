// reference_tier.cpp — links the kernels of kernels.hpp to the reference tier's plain loops.
//
// support code: how a program picks its tier of kernels.
//
// A program built with this file (instead of src/fast/fast_tier.cpp) computes every product and
// every element-wise kernel with the loops of products.cpp and elementwise.cpp, on one thread.
#include "framework/kernels.hpp"
#include "framework/reference_kernels.hpp"

namespace mlp {

void matmul(const Matrix& a, const Matrix& b, Matrix& out) {
  reference::matmul(a, b, out);
}
void matmul_a_bt(const Matrix& a, const Matrix& b, Matrix& out) {
  reference::matmul_a_bt(a, b, out);
}
void matmul_at_b(const Matrix& a, const Matrix& b, Matrix& out) {
  reference::matmul_at_b(a, b, out);
}
void copy(const Matrix& from, Matrix& to) {
  reference::copy(from, to);
}
void add_scaled(Matrix& m, const Matrix& delta, Scalar factor) {
  reference::add_scaled(m, delta, factor);
}
void tanh_each(const Matrix& z, Matrix& a) {
  reference::tanh_each(z, a);
}
void sigmoid_each(const Matrix& z, Matrix& a) {
  reference::sigmoid_each(z, a);
}
void tanh_backward_each(const Matrix& a, const Matrix& grad_a, Matrix& grad_z) {
  reference::tanh_backward_each(a, grad_a, grad_z);
}
void sigmoid_backward_each(const Matrix& a, const Matrix& grad_a, Matrix& grad_z) {
  reference::sigmoid_backward_each(a, grad_a, grad_z);
}
void exp_minus_row_max(const Matrix& z, Matrix& e) {
  reference::exp_minus_row_max(z, e);
}

void for_each_part(std::size_t count, std::size_t /*numbers_per_item*/,
                   const std::function<void(std::size_t, std::size_t)>& body) {
  body(0, count);
}

void prefetch(const void* /*address*/, std::size_t /*bytes*/) {}

// One thread, whatever is asked for.
void set_thread_count(std::size_t /*threads*/) {}
std::size_t thread_count() {
  return 1;
}

const char* kernel_tier() {
  return "reference";
}

}  // namespace mlp
