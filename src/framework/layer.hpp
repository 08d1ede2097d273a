// layer.hpp — what every layer of the framework is: a forward pass and a backward pass.
//
// A network is a chain of layers, f = layer_n(… layer_2(layer_1(x))). Training needs the gradient
// of the loss with respect to every parameter, and the chain rule gets it by walking the chain
// backwards: each layer receives ∂L/∂(its output) and returns ∂L/∂(its input), computing the
// gradients of its own parameters on the way. So a layer only has to know its own derivative.
//
// Contract of every layer:
//   forward(x)   takes a minibatch x (B x inputs), remembers what backward will need, and returns
//                its output (B x outputs), held in the layer until the next forward call.
//   backward(g)  takes g = ∂L/∂output of the last forward call (same shape as that output),
//                stores ∂L/∂θ for each of its parameters θ (overwriting, not adding), and returns
//                ∂L/∂input.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "framework/matrix.hpp"

namespace mlp {

class Linear;

// A trainable matrix of a layer together with the gradient of the loss with respect to it.
struct Parameter {
  std::string name;  // "weights", "bias"
  Matrix* value;
  Matrix* gradient;
};

class Layer {
 public:
  virtual ~Layer() = default;
  // A short description such as "Linear(784 -> 128)" or "Tanh".
  virtual std::string name() const = 0;
  virtual const Matrix& forward(const Matrix& input) = 0;
  virtual const Matrix& backward(const Matrix& grad_output) = 0;
  // Like backward(), for a caller that does not need ∂L/∂input: the first layer of a network,
  // whose input is the data itself. A layer may skip that part of the work — a Linear layer skips
  // the product δ·W, a third of its backward pass. By default this runs backward() in full.
  virtual void backward_parameters_only(const Matrix& grad_output) { backward(grad_output); }
  // The layer's parameters; layers without parameters (activations) have none.
  virtual std::vector<Parameter> parameters() { return {}; }
  // Width of the output for a given input width; throws if the layer cannot take that width.
  virtual std::size_t output_size(std::size_t input_size) const { return input_size; }
  // This layer as a Linear layer, or nullptr when it is another kind: how code that wants the
  // weights of a network finds them without guessing at types.
  virtual Linear* as_linear() { return nullptr; }
};

}  // namespace mlp
