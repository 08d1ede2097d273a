// momentum_step.cpp — exercise (lesson 2): one step of gradient descent with momentum.
//
// The velocity v starts at 0 and is kept between steps. `make exercises` runs three steps and
// compares θ and v after each. The solution is src/framework/momentum_step.cpp.
#include "exercise.hpp"
#include "framework/kernels.hpp"
#include "framework/sgd.hpp"

namespace mlp {

void momentum_step(Matrix& theta, Matrix& velocity, const Matrix& gradient, Scalar learning_rate,
                   Scalar momentum) {
  // TODO v ← μ·v + ∂L/∂θ, then θ ← θ − η·v.
  // Hint: first shrink v by μ (framework/matrix.hpp), then two calls to add_scaled.
  exercise_not_done("momentum-step", theta, velocity, gradient, learning_rate, momentum);
}

}  // namespace mlp
