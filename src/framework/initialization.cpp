// initialization.cpp — the random starting weights: the lesson's, Xavier/Glorot, He, tiny uniform.
#include "framework/initialization.hpp"

#include <cmath>

namespace mlp {

void initialize_weights(Matrix& weights, Initialization scheme, Rng& rng) {
  const double fan_out = static_cast<double>(weights.rows());
  const double fan_in = static_cast<double>(weights.cols());
  for (std::size_t i = 0; i < weights.size(); ++i) {
    double value = 0.0;
    switch (scheme) {
      case Initialization::Lesson:
        value = rng.normal(0.0, 1.0 / std::sqrt(fan_in));
        break;
      case Initialization::Xavier:
        value = rng.normal(0.0, std::sqrt(2.0 / (fan_in + fan_out)));
        break;
      case Initialization::He:
        value = rng.normal(0.0, std::sqrt(2.0 / fan_in));
        break;
      case Initialization::TinyUniform:
        value = rng.uniform(-0.01, 0.01);
        break;
    }
    weights.data()[i] = static_cast<Scalar>(value);
  }
}

}  // namespace mlp
