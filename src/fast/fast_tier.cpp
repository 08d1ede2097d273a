// fast_tier.cpp — links the kernels of kernels.hpp to the fast tier: blocked products, vectorised
// tanh, sigmoid and softmax numerators, element-wise loops split over the thread pool, and the
// prefetch hint.
//
// Speed support code: a learner following the lesson reads the reference tier instead
// (src/framework/reference_tier.cpp). lessons/speed.md explains what is done here and why.
#include <algorithm>

#include "fast/blocked_products.hpp"
#include "fast/fast_exp.hpp"
#include "fast/parallel.hpp"
#include "framework/activations.hpp"
#include "framework/kernels.hpp"

namespace mlp {

void matmul(const Matrix& a, const Matrix& b, Matrix& out) {
  matmul_blocked(a, b, out);
}
void matmul_a_bt(const Matrix& a, const Matrix& b, Matrix& out) {
  matmul_a_bt_blocked(a, b, out);
}
void matmul_at_b(const Matrix& a, const Matrix& b, Matrix& out) {
  matmul_at_b_blocked(a, b, out);
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

// The update of every training step, on all threads: split like the gradient products, each
// thread mostly updates rows it has just computed, still in its cache.
void add_scaled(Matrix& m, const Matrix& delta, Scalar factor) {
  require_same_shape(m, delta, "add_scaled");
  Scalar* values = m.data();
  const Scalar* deltas = delta.data();
  for_each_range(m.size(), kMinimumElementsPerPart, [&](std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i)
      values[i] += factor * deltas[i];
  });
}

// a = f(z) for every number, f computed by fast_exp.hpp's arithmetic, which the compiler turns
// into vector instructions; large matrices are split over the threads.
template <class Function>
void map_on_threads(const Matrix& z, Matrix& a, Function f) {
  a.reshape(z.rows(), z.cols());
  const Scalar* in = z.data();
  Scalar* out = a.data();
  for_each_range(z.size(), kMinimumElementsPerPart, [&](std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i)
      out[i] = f(in[i]);
  });
}

// (Lambdas rather than function pointers, so the compiler sees the arithmetic and vectorises it.)
void tanh_each(const Matrix& z, Matrix& a) {
  map_on_threads(z, a, [](Scalar value) { return fast_tanh(value); });
}
void sigmoid_each(const Matrix& z, Matrix& a) {
  map_on_threads(z, a, [](Scalar value) { return fast_sigmoid(value); });
}

// ∂L/∂z = ∂L/∂a · α'(z) for every number, the slope α'(z) written from the output a (`slope`),
// split over the threads like the forward map: each thread takes the numbers whose a it computed,
// and the rows of ∂L/∂a that the product before it (δ·W of the next layer, split by rows) wrote
// on the same thread.
template <class Slope>
void backward_on_threads(const Matrix& a, const Matrix& grad_a, Matrix& grad_z, const char* what,
                         Slope slope) {
  require_same_shape(grad_a, a, what);
  grad_z.reshape(a.rows(), a.cols());
  const Scalar* outputs = a.data();
  const Scalar* grads = grad_a.data();
  Scalar* out = grad_z.data();
  for_each_range(a.size(), kMinimumElementsPerPart, [&](std::size_t first, std::size_t end) {
    for (std::size_t i = first; i < end; ++i)
      out[i] = grads[i] * slope(outputs[i]);
  });
}

void tanh_backward_each(const Matrix& a, const Matrix& grad_a, Matrix& grad_z) {
  backward_on_threads(a, grad_a, grad_z, "tanh_backward_each",
                      [](Scalar value) { return TanhFunction::derivative(0, value); });
}
void sigmoid_backward_each(const Matrix& a, const Matrix& grad_a, Matrix& grad_z) {
  backward_on_threads(a, grad_a, grad_z, "sigmoid_backward_each",
                      [](Scalar value) { return SigmoidFunction::derivative(0, value); });
}

// Rows are shared over the threads. Each part first subtracts every row's largest number, row by
// row, and then takes e^y of its whole block at once, a loop of consecutive numbers that the
// compiler turns into vector instructions (a row of the lab has only 10 numbers).
void exp_minus_row_max(const Matrix& z, Matrix& e) {
  e.reshape(z.rows(), z.cols());
  const std::size_t width = z.cols();
  if (width == 0) return;
  const std::size_t minimum_rows = std::max<std::size_t>(1, kMinimumElementsPerPart / width);
  for_each_range(z.rows(), minimum_rows, [&](std::size_t first, std::size_t end) {
    for (std::size_t r = first; r < end; ++r) {
      const Scalar* in = z.row(r);
      Scalar* out = e.row(r);
      const Scalar largest = row_max(z, r);
      for (std::size_t c = 0; c < width; ++c)
        out[c] = in[c] - largest;
    }
    Scalar* block = e.row(first);
    for (std::size_t i = 0; i < (end - first) * width; ++i)
      block[i] = exp_nonpositive(block[i]);
  });
}

void for_each_part(std::size_t count, std::size_t numbers_per_item,
                   const std::function<void(std::size_t, std::size_t)>& body) {
  const std::size_t minimum_items = std::max<std::size_t>(
      1, kMinimumElementsPerPart / std::max<std::size_t>(1, numbers_per_item));
  for_each_range(count, minimum_items, body);
}

// One prefetch instruction per 64 bytes, the cache line of x86 and most ARM processors (Apple's
// are 128 bytes, where every second request is simply already on its way).
void prefetch(const void* address, std::size_t bytes) {
#if defined(__GNUC__) || defined(__clang__)
  constexpr std::size_t kCacheLine = 64;
  const char* start = static_cast<const char*>(address);
  for (std::size_t offset = 0; offset < bytes; offset += kCacheLine)
    __builtin_prefetch(start + offset);
#else
  (void)address;
  (void)bytes;
#endif
}

const char* kernel_tier() {
  return "fast";
}

}  // namespace mlp
