// initialization.hpp — how the weights of a layer get their first, random values.
//
// Gradient descent needs a starting point, and it must be random: if every weight of a layer
// started equal, every unit would compute the same thing, receive the same gradient, and stay a
// copy of its neighbours forever. Random values break that symmetry.
//
// How large the values are matters too. A unit sums fan_in inputs, so with weights of variance v
// its output has variance about fan_in · v times that of its inputs. Too large and tanh/sigmoid
// saturate (their derivative is ~0, so nothing learns); too small and the signal, and the
// gradient flowing back, shrink layer after layer. Choosing v ∝ 1 / fan_in keeps the variance
// roughly constant through the network:
//   the lesson's start                  standard deviation 1/√fan_in, so v = 1 / fan_in
//   Xavier/Glorot (for tanh, sigmoid):  v = 2 / (fan_in + fan_out)
//   He            (for ReLU, which zeroes half its inputs):  v = 2 / fan_in
// Every scheme leaves the biases at 0.
#pragma once

#include "framework/matrix.hpp"
#include "framework/random.hpp"

namespace mlp {

enum class Initialization {
  Lesson,       // the lesson's starting point: normal, standard deviation 1/√fan_in
  Xavier,       // normal, variance 2 / (fan_in + fan_out)
  He,           // normal, variance 2 / fan_in
  TinyUniform,  // an experiment: every weight uniform in [−0.01, 0.01], near zero
};

// Fills weights (fan_out x fan_in) with random values of the chosen scheme.
void initialize_weights(Matrix& weights, Initialization scheme, Rng& rng);

}  // namespace mlp
