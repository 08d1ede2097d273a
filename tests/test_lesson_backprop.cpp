// test_lesson_backprop.cpp — lesson 3's trace, built in double precision: the forward values
// follow the formulas, the backward values are the chain rule, and the gradient check passes.
#include <cmath>
#include <sstream>

#include "check.hpp"
#include "lessons/lesson_backprop.hpp"

int main() {
  const mlp::BackpropTrace t = mlp::trace_backprop(1);
  // z1 = W1·x + b1 and a1 = tanh(z1), entry by entry.
  for (std::size_t j = 0; j < 3; ++j) {
    const double z = t.w1(j, 0) * t.x(0, 0) + t.w1(j, 1) * t.x(0, 1) + t.b1(0, j);
    CHECK_NEAR(t.z1(0, j), z, 1e-12);
    CHECK_NEAR(t.a1(0, j), std::tanh(z), 1e-12);
  }
  CHECK_NEAR(t.p(0, 0) + t.p(0, 1), 1.0, 1e-12);
  CHECK_NEAR(t.loss, -std::log(t.p(0, 1)), 1e-12);  // the target is class 1
  // ∂L/∂z2 = p − y, ∂L/∂b = ∂L/∂z, ∂L/∂W2 = (∂L/∂z2)ᵀ·a1, ∂L/∂z1 = ∂L/∂a1 ⊙ (1 − a1²).
  for (std::size_t k = 0; k < 2; ++k) {
    CHECK_NEAR(t.grad_z2(0, k), t.p(0, k) - t.y(0, k), 1e-12);
    CHECK_NEAR(t.grad_b2(0, k), t.grad_z2(0, k), 1e-12);
    for (std::size_t j = 0; j < 3; ++j)
      CHECK_NEAR(t.grad_w2(k, j), t.grad_z2(0, k) * t.a1(0, j), 1e-12);
  }
  for (std::size_t j = 0; j < 3; ++j) {
    const double a = t.a1(0, j);
    CHECK_NEAR(t.grad_z1(0, j), t.grad_a1(0, j) * (1 - a * a), 1e-12);
    CHECK_NEAR(t.grad_b1(0, j), t.grad_z1(0, j), 1e-12);
  }
  CHECK(t.check.passed());
  CHECK(t.check.worst_relative_error() < 1e-7);
  CHECK_EQ(t.check.comparisons.size(), 5u);  // W1, b1, W2, b2 and the input

  // The one-call check passes LeakyReLU and catches the derivative that forgets the leak.
  const mlp::ActivationChecks activations = mlp::check_leaky_relu();
  CHECK(activations.right.passed());
  CHECK(!activations.wrong.passed());

  // The program prints it all and draws nothing.
  std::ostringstream out;
  CHECK(mlp::backprop_lesson({1, "unused"}, out).empty());
  CHECK(out.str().find("dL/dW1 = (dL/dz1)^T x") != std::string::npos);
  CHECK(out.str().find("every gradient agrees") != std::string::npos);
  return check::summary();
}
