// activations.cpp — choosing an activation layer by its name (for command-line programs).
#include "framework/activations.hpp"

#include <stdexcept>

namespace mlp {

std::unique_ptr<Layer> make_activation(const std::string& name) {
  if (name == "tanh") return std::make_unique<Tanh>();
  if (name == "sigmoid") return std::make_unique<Sigmoid>();
  if (name == "relu") return std::make_unique<Relu>();
  throw std::invalid_argument("unknown activation '" + name + "' (expected tanh, sigmoid or relu)");
}

}  // namespace mlp
