// sgd_step.cpp — one plain gradient-descent step on one parameter.
//
// lessons/exercises/sgd_step.cpp is the learner's copy of this file.
#include "framework/kernels.hpp"
#include "framework/sgd.hpp"

namespace mlp {

// θ ← θ − η·∂L/∂θ: add_scaled adds −η times the gradient to every number of θ.
void sgd_step(Matrix& theta, const Matrix& gradient, Scalar learning_rate) {
  add_scaled(theta, gradient, -learning_rate);
}

}  // namespace mlp
