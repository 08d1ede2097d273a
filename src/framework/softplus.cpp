// softplus.cpp — the Softplus activation α(z) = log(1 + e^z) and its derivative.
//
// lessons/exercises/softplus.cpp is the learner's copy of this file.
#include <cmath>

#include "framework/activations.hpp"

namespace mlp {

// log(1 + e^z) overflows e^z for large z, so for z > 0 we use the same number written as
// z + log(1 + e^−z); log1p(u) = log(1 + u) stays exact for tiny u.
Scalar SoftplusFunction::value(Scalar z) {
  return z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
}

// d/dz log(1 + e^z) = e^z / (1 + e^z) = 1 / (1 + e^−z).
Scalar SoftplusFunction::derivative(Scalar z, Scalar /*a*/) {
  return 1 / (1 + std::exp(-z));
}

}  // namespace mlp
