// softplus.cpp — exercise (lessons 3 and 4): a new activation, α(z) = log(1 + e^z).
//
// Softplus is a smooth ReLU: about 0 for very negative z, about z for large z. The framework
// already lists it in its registry (src/framework/activations.cpp) as "softplus", so once these
// two functions are right, `./build/mnist_lab --activation softplus` trains with it.
// `make exercises` checks the values and the derivative. The solution is
// src/framework/softplus.cpp.
#include <cmath>

#include "exercise.hpp"
#include "framework/activations.hpp"

namespace mlp {

Scalar SoftplusFunction::value(Scalar z) {
  // TODO α(z) = log(1 + e^z), without overflow for large z (try z = 800).
  // Hint: for z > 0, log(1 + e^z) = z + log(1 + e^−z); std::log1p(u) is log(1 + u).
  exercise_not_done("softplus", z);
}

Scalar SoftplusFunction::derivative(Scalar z, Scalar a) {
  // TODO α'(z), from the input z or the output a = α(z).
  // Hint: differentiate log(1 + e^z); the answer is a function lesson 3 has met.
  exercise_not_done("softplus", z, a);
}

}  // namespace mlp
