// activations.cpp — the list of named activations, and looking names up in it.
#include <stdexcept>

#include "framework/activations.hpp"

namespace mlp {
namespace {

template <class LayerType>
std::unique_ptr<Layer> make() {
  return std::make_unique<LayerType>();
}

}  // namespace

// Xavier keeps the variance of a unit's output near that of its inputs for tanh and sigmoid; He
// doubles it for ReLU and softplus, which pass about half of what they get.
const std::vector<ActivationKind>& activation_registry() {
  static const std::vector<ActivationKind> registry = {
      {"tanh", make<Tanh>, Initialization::Xavier, true},
      {"sigmoid", make<Sigmoid>, Initialization::Xavier, true},
      {"relu", make<Relu>, Initialization::He, true},
      {"softplus", make<Softplus>, Initialization::He, false},  // the exercise's activation
  };
  return registry;
}

const ActivationKind& find_activation(const std::string& name) {
  for (const ActivationKind& kind : activation_registry())
    if (kind.name == name) return kind;
  throw std::invalid_argument("unknown activation '" + name + "' (expected " +
                              activation_name_list() + ")");
}

std::unique_ptr<Layer> make_activation(const std::string& name) {
  return find_activation(name).make_layer();
}

std::vector<std::string> activation_names() {
  std::vector<std::string> names;
  for (const ActivationKind& kind : activation_registry())
    names.push_back(kind.name);
  return names;
}

std::string activation_name_list() {
  const std::vector<std::string> names = activation_names();
  std::string list;
  for (std::size_t i = 0; i < names.size(); ++i)
    list += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  return list;
}

}  // namespace mlp
