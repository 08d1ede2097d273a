// linear.hpp — the fully connected (Linear) layer: z = W·x + b for every example of a minibatch.
//
// The lesson writes one example as a column vector: z = W·x + b, with W of shape
// (outputs x inputs). A minibatch stores examples as rows of X (B x inputs), so all B of them at
// once are
//   Z = X·Wᵀ + b          Z: (B x outputs), b (1 x outputs) added to every row.
#pragma once

#include "framework/initialization.hpp"
#include "framework/layer.hpp"
#include "framework/random.hpp"

namespace mlp {

class Linear : public Layer {
 public:
  Linear(std::size_t inputs, std::size_t outputs, Rng& rng,
         Initialization scheme = Initialization::Xavier);

  std::string name() const override;
  const Matrix& forward(const Matrix& input) override;
  const Matrix& backward(const Matrix& grad_output) override;
  void backward_parameters_only(const Matrix& grad_output) override;
  std::vector<Parameter> parameters() override;
  std::size_t output_size(std::size_t input_size) const override;
  Linear* as_linear() override { return this; }

  std::size_t inputs() const { return weights.cols(); }
  std::size_t outputs() const { return weights.rows(); }

  Matrix weights;       // W: (outputs x inputs)
  Matrix bias;          // b: (1 x outputs), starts at 0
  Matrix grad_weights;  // ∂L/∂W, same shape as W
  Matrix grad_bias;     // ∂L/∂b, same shape as b

 private:
  Matrix input_;       // X of the last forward call, needed for ∂L/∂W
  Matrix output_;      // Z
  Matrix grad_input_;  // ∂L/∂X
};

}  // namespace mlp
