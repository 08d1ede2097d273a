// momentum_step.cpp — one gradient-descent step with momentum on one parameter.
//
// lessons/exercises/momentum_step.cpp is the learner's copy of this file.
#include "framework/kernels.hpp"
#include "framework/sgd.hpp"

namespace mlp {

// v ← μ·v + ∂L/∂θ, then θ ← θ − η·v: the velocity v remembers the past gradients, each one
// weighed μ times less per step it is older.
void momentum_step(Matrix& theta, Matrix& velocity, const Matrix& gradient, Scalar learning_rate,
                   Scalar momentum) {
  scale(velocity, momentum);
  add_scaled(velocity, gradient, 1);
  add_scaled(theta, velocity, -learning_rate);
}

}  // namespace mlp
