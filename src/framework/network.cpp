// network.cpp — running a stack of layers forward and backward, and building perceptrons.
#include "framework/network.hpp"

#include <cstdio>
#include <stdexcept>

#include "framework/activations.hpp"
#include "framework/linear.hpp"

namespace mlp {

void Network::add(std::unique_ptr<Layer> layer) {
  if (!layer) throw std::invalid_argument("Network::add: null layer");
  layers_.push_back(std::move(layer));
}

// f(x) = layer_n(… layer_2(layer_1(x)))
const Matrix& Network::forward(const Matrix& input) {
  if (layers_.empty()) throw std::logic_error("Network::forward: the network has no layers");
  const Matrix* signal = &input;
  for (auto& layer : layers_)
    signal = &layer->forward(*signal);
  return *signal;
}

// ∂L/∂x by the chain rule, last layer first.
const Matrix& Network::backward(const Matrix& grad_output) {
  const Matrix& grad = backward_through_later_layers(grad_output);
  return layers_.front()->backward(grad);
}

void Network::backward_parameters_only(const Matrix& grad_output) {
  const Matrix& grad = backward_through_later_layers(grad_output);
  layers_.front()->backward_parameters_only(grad);
}

const Matrix& Network::backward_through_later_layers(const Matrix& grad_output) {
  if (layers_.empty()) throw std::logic_error("Network::backward: the network has no layers");
  const Matrix* grad = &grad_output;
  for (std::size_t i = layers_.size() - 1; i > 0; --i)
    grad = &layers_[i]->backward(*grad);
  return *grad;
}

std::vector<Parameter> Network::parameters() {
  std::vector<Parameter> all;
  for (std::size_t i = 0; i < layers_.size(); ++i) {
    for (Parameter p : layers_[i]->parameters()) {
      p.name = std::to_string(i) + ":" + layers_[i]->name() + " " + p.name;
      all.push_back(p);
    }
  }
  return all;
}

std::size_t Network::parameter_count() {
  std::size_t count = 0;
  for (const Parameter& p : parameters())
    count += p.value->size();
  return count;
}

std::string Network::summary(std::size_t input_size) {
  std::string table = "layer                     output shape   parameters\n";
  std::size_t width = input_size;
  std::size_t total = 0;
  char line[128];
  for (auto& layer : layers_) {
    width = layer->output_size(width);
    std::size_t count = 0;
    for (const Parameter& p : layer->parameters())
      count += p.value->size();
    total += count;
    std::snprintf(line, sizeof line, "%-25s (B x %zu)%*s%zu\n", layer->name().c_str(), width,
                  static_cast<int>(9 - std::to_string(width).size()), "", count);
    table += line;
  }
  std::snprintf(line, sizeof line, "total parameters: %zu\n", total);
  return table + line;
}

Network build_perceptron(const std::vector<std::size_t>& sizes, const std::string& activation,
                         Rng& rng) {
  if (sizes.size() < 2) {
    throw std::invalid_argument("a perceptron needs at least an input and an output size");
  }
  const ActivationKind& kind = find_activation(activation);  // throws before any layer is built
  Network network;
  for (std::size_t i = 0; i + 1 < sizes.size(); ++i) {
    network.add<Linear>(sizes[i], sizes[i + 1], rng, kind.initialization);
    if (i + 2 < sizes.size()) network.add(kind.make_layer());
  }
  return network;
}

std::vector<Linear*> linear_layers(Network& network) {
  std::vector<Linear*> linears;
  for (std::size_t i = 0; i < network.layer_count(); ++i)
    if (Linear* linear = network.layer(i).as_linear()) linears.push_back(linear);
  return linears;
}

}  // namespace mlp
