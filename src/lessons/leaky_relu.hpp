// leaky_relu.hpp — a new activation written outside the framework, the way a learner adds one.
//
// ReLU passes nothing back for negative inputs (its derivative is 0 there), so a unit whose input
// stays negative stops learning for good. LeakyReLU lets a little through:
//   α(z) = z       for z > 0          α'(z) = 1      for z > 0
//   α(z) = 0.01·z  otherwise          α'(z) = 0.01   otherwise
// All the framework asks of an activation is a struct with a name, the value and the derivative;
// Activation<LeakyReluFunction> then is a layer like Tanh or Relu.
//
// The second struct has the mistake that is easiest to make: the derivative forgets the leak and
// says 1 everywhere. Such a network still trains, just worse, so nothing looks wrong; the
// gradient check of lesson 3 finds it at once.
#pragma once

#include "framework/activations.hpp"

namespace mlp {

struct LeakyReluFunction {
  static constexpr const char* name = "LeakyReLU";
  static Scalar value(Scalar z) { return z > 0 ? z : Scalar(0.01) * z; }
  static Scalar derivative(Scalar z, Scalar /*a*/) { return z > 0 ? 1 : Scalar(0.01); }
};

struct LeakyReluWithWrongDerivative {
  static constexpr const char* name = "LeakyReLU (wrong derivative)";
  static Scalar value(Scalar z) { return z > 0 ? z : Scalar(0.01) * z; }
  static Scalar derivative(Scalar /*z*/, Scalar /*a*/) { return 1; }  // forgets the 0.01
};

using LeakyRelu = Activation<LeakyReluFunction>;

}  // namespace mlp
