// lesson_backprop.hpp — lesson 3: one forward and one backward pass of a two-layer network on a
// single example, with every intermediate value kept, then the gradient check of every parameter.
//
// The network is the lesson's
//   z1 = W1·x + b1,   a1 = α(z1) = tanh(z1),   z2 = W2·a1 + b2,   p = σ(z2) = softmax(z2)
//   L = −Σ_j y_j log p_j   (cross-entropy)
// with 2 inputs, 3 hidden units and 2 classes. Going backwards, the chain rule gives
//   ∂L/∂p  = −y / p                      CrossEntropy::gradient
//   ∂L/∂z2 = p − y                       Softmax::backward (the Jacobian of softmax times ∂L/∂p)
//   ∂L/∂W2 = (∂L/∂z2)ᵀ·a1,  ∂L/∂b2 = ∂L/∂z2,  ∂L/∂a1 = ∂L/∂z2·W2      Linear::backward
//   ∂L/∂z1 = ∂L/∂a1 ⊙ (1 − a1²)          Activation<TanhFunction>::backward
//   ∂L/∂W1 = (∂L/∂z1)ᵀ·x,   ∂L/∂b1 = ∂L/∂z1,   ∂L/∂x = ∂L/∂z1·W1        Linear::backward
// (row-vector form: the example is a 1 x 2 row, as in a minibatch of one).
//
// The program is built against the double-precision framework (mlp_double), so the finite
// differences of the gradient check agree with backward() to about 1e-9.
//
// Run it with ./build/lesson_backprop; lessons/3-backpropagation.md walks through its output.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "framework/gradient_check.hpp"
#include "framework/matrix.hpp"
#include "lessons/lesson_program.hpp"

namespace mlp {

struct BackpropTrace {
  // the example and the parameters
  Matrix x, y;  // (1 x 2) each; y is one-hot
  Matrix w1, b1, w2, b2;
  // forward
  Matrix z1, a1, z2, p;
  double loss = 0;
  // backward, in the order the chain rule produces them
  Matrix grad_p, grad_z2, grad_w2, grad_b2, grad_a1, grad_z1, grad_w1, grad_b1, grad_x;
  // finite differences against backward() for W1, b1, W2, b2 and x
  GradientCheckReport check;
};

// The trace for the example x = (0.5, −1.0) of class 1, with weights drawn from `seed`.
BackpropTrace trace_backprop(std::uint64_t seed);

// The one-call gradient check of a new activation layer (lessons/leaky_relu.hpp) on a few inputs,
// for the right derivative and for a wrong one.
struct ActivationChecks {
  GradientCheckReport right;
  GradientCheckReport wrong;
};
ActivationChecks check_leaky_relu();

// The lesson program's body: prints the trace and the checks (it draws no pictures).
std::vector<std::string> backprop_lesson(const LessonOptions& options, std::ostream& out);

// The program: its name, its description for --help, and its body (lesson_main.cpp runs it).
extern const LessonProgram lesson_backprop_program;

}  // namespace mlp
