// sgd_step.cpp — exercise (lesson 2): one step of gradient descent on one parameter.
//
// `make exercises` runs it on a parameter whose result it knows. The solution is
// src/framework/sgd_step.cpp.
#include "exercise.hpp"
#include "framework/kernels.hpp"
#include "framework/sgd.hpp"

namespace mlp {

void sgd_step(Matrix& theta, const Matrix& gradient, Scalar learning_rate) {
  // TODO θ ← θ − η·∂L/∂θ, for every number of θ.
  // Hint: framework/kernels.hpp has m ← m + factor · delta in one call.
  exercise_not_done("sgd-step", theta, gradient, learning_rate);
}

}  // namespace mlp
