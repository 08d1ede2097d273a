// elementwise.cpp — the reference tier's element-wise kernels: one plain loop each.
#include <cmath>

#include "framework/activations.hpp"
#include "framework/reference_kernels.hpp"

namespace mlp::reference {

void copy(const Matrix& from, Matrix& to) {
  to = from;
}

// θ ← θ + factor · g for every number; with factor = −η this is the gradient-descent step.
void add_scaled(Matrix& m, const Matrix& delta, Scalar factor) {
  require_same_shape(m, delta, "add_scaled");
  for (std::size_t i = 0; i < m.size(); ++i)
    m.data()[i] += factor * delta.data()[i];
}

void tanh_each(const Matrix& z, Matrix& a) {
  a.reshape(z.rows(), z.cols());
  for (std::size_t i = 0; i < z.size(); ++i)
    a.data()[i] = TanhFunction::value(z.data()[i]);
}

void sigmoid_each(const Matrix& z, Matrix& a) {
  a.reshape(z.rows(), z.cols());
  for (std::size_t i = 0; i < z.size(); ++i)
    a.data()[i] = SigmoidFunction::value(z.data()[i]);
}

// ∂L/∂z = ∂L/∂a · α'(z), with α'(z) from the output a alone: TanhFunction::derivative and
// SigmoidFunction::derivative do not use z.
void tanh_backward_each(const Matrix& a, const Matrix& grad_a, Matrix& grad_z) {
  require_same_shape(grad_a, a, "tanh_backward_each");
  grad_z.reshape(a.rows(), a.cols());
  for (std::size_t i = 0; i < a.size(); ++i)
    grad_z.data()[i] = grad_a.data()[i] * TanhFunction::derivative(0, a.data()[i]);
}

void sigmoid_backward_each(const Matrix& a, const Matrix& grad_a, Matrix& grad_z) {
  require_same_shape(grad_a, a, "sigmoid_backward_each");
  grad_z.reshape(a.rows(), a.cols());
  for (std::size_t i = 0; i < a.size(); ++i)
    grad_z.data()[i] = grad_a.data()[i] * SigmoidFunction::derivative(0, a.data()[i]);
}

// Subtracting the row's largest number first changes no softmax (the factor exp(−m) cancels
// between numerator and denominator) and keeps every exponent ≤ 0.
void exp_minus_row_max(const Matrix& z, Matrix& e) {
  e.reshape(z.rows(), z.cols());
  if (z.cols() == 0) return;
  for (std::size_t r = 0; r < z.rows(); ++r) {
    const Scalar* in = z.row(r);
    Scalar* out = e.row(r);
    const Scalar largest = row_max(z, r);
    for (std::size_t c = 0; c < z.cols(); ++c)
      out[c] = std::exp(in[c] - largest);
  }
}

}  // namespace mlp::reference
