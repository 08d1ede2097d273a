// initialization.cpp — the random starting weights: small uniform, Xavier/Glorot and He.
#include "framework/initialization.hpp"

#include <cmath>
#include <stdexcept>

namespace mlp {

void initialize_weights(Matrix& weights, Initialization scheme, Rng& rng) {
  const double fan_out = static_cast<double>(weights.rows());
  const double fan_in = static_cast<double>(weights.cols());
  for (std::size_t i = 0; i < weights.size(); ++i) {
    double value = 0.0;
    switch (scheme) {
      case Initialization::SmallRandom:
        value = rng.uniform(-0.01, 0.01);
        break;
      case Initialization::Xavier:
        value = rng.normal(0.0, std::sqrt(2.0 / (fan_in + fan_out)));
        break;
      case Initialization::He:
        value = rng.normal(0.0, std::sqrt(2.0 / fan_in));
        break;
    }
    weights.data()[i] = static_cast<Scalar>(value);
  }
}

Initialization parse_initialization(const std::string& name) {
  if (name == "small") return Initialization::SmallRandom;
  if (name == "xavier") return Initialization::Xavier;
  if (name == "he") return Initialization::He;
  throw std::invalid_argument("unknown initialization '" + name +
                              "' (expected small, xavier or he)");
}

std::string initialization_name(Initialization scheme) {
  switch (scheme) {
    case Initialization::SmallRandom:
      return "small";
    case Initialization::Xavier:
      return "xavier";
    case Initialization::He:
      return "he";
  }
  return "?";
}

}  // namespace mlp
