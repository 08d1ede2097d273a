// network.hpp — a stack of layers that runs forward and backward as one model f(x).
//
// Forward feeds each layer's output into the next. Backward is the chain rule from the other end:
// the gradient of the loss with respect to the last output goes into the last layer, whose
// input gradient goes into the layer before it, and so on down to the first layer. Afterwards
// every layer holds the gradients of its own parameters, which parameters() hands to the
// optimiser.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "framework/initialization.hpp"
#include "framework/layer.hpp"
#include "framework/random.hpp"

namespace mlp {

class Network {
 public:
  // Appends a layer and returns it, e.g. net.add<Linear>(2, 10, rng); net.add<Tanh>();
  template <class LayerType, class... Args>
  LayerType& add(Args&&... args) {
    auto layer = std::make_unique<LayerType>(std::forward<Args>(args)...);
    LayerType& added = *layer;
    add(std::move(layer));
    return added;
  }
  void add(std::unique_ptr<Layer> layer);

  const Matrix& forward(const Matrix& input);
  // Takes ∂L/∂(network output) and returns ∂L/∂(network input).
  const Matrix& backward(const Matrix& grad_output);
  // The backward pass of training, which needs only ∂L/∂θ: the first layer needs no
  // ∂L/∂(its input), because its input is the data, which is not trained.
  void backward_parameters_only(const Matrix& grad_output);

  // Every parameter of every layer, named "<index>:<layer> <parameter>", e.g. "0:Linear(2 -> 10)
  // weights".
  std::vector<Parameter> parameters();
  std::size_t parameter_count();

  std::size_t layer_count() const { return layers_.size(); }
  Layer& layer(std::size_t index) { return *layers_.at(index); }

  // A table of layer, output shape and parameter count for inputs of the given width; throws if
  // the widths of consecutive layers do not fit.
  std::string summary(std::size_t input_size);

 private:
  // Runs backward through every layer but the first; returns ∂L/∂(output of the first layer).
  const Matrix& backward_through_later_layers(const Matrix& grad_output);

  std::vector<std::unique_ptr<Layer>> layers_;
};

// The lesson's multi-layer perceptron: Linear layers of the given sizes (e.g. {784, 128, 10}),
// with the named activation of the registry in activations.hpp between consecutive Linear layers
// and none after the last one, whose raw scores go to SoftmaxCrossEntropy (or to a regression
// loss). The weights start the way the registry says for that activation (He for ReLU, Xavier for
// tanh).
Network build_perceptron(const std::vector<std::size_t>& sizes, const std::string& activation,
                         Rng& rng);

// The network's Linear layers, first to last: where its weights and biases are.
std::vector<Linear*> linear_layers(Network& network);

}  // namespace mlp
