// test_backward_parameters.cpp — backward_parameters_only, the training shortcut that skips
// ∂L/∂(network input), must leave exactly the parameter gradients that backward leaves.
#include <cstring>
#include <vector>

#include "check.hpp"
#include "framework/linear.hpp"
#include "framework/losses.hpp"
#include "framework/network.hpp"

using mlp::Matrix;

namespace {

Matrix random_matrix(std::size_t rows, std::size_t cols, mlp::Rng& rng) {
  Matrix m(rows, cols);
  for (std::size_t i = 0; i < m.size(); ++i)
    m.data()[i] = static_cast<mlp::Scalar>(rng.normal());
  return m;
}

bool same_bits(const Matrix& a, const Matrix& b) {
  return a.rows() == b.rows() && a.cols() == b.cols() &&
         std::memcmp(a.data(), b.data(), a.size() * sizeof(mlp::Scalar)) == 0;
}

std::vector<Matrix> gradients_of(mlp::Network& network) {
  std::vector<Matrix> gradients;
  for (const mlp::Parameter& p : network.parameters())
    gradients.push_back(*p.gradient);
  return gradients;
}

void test_same_parameter_gradients() {
  for (const char* activation : {"tanh", "relu"}) {
    mlp::Rng rng(21);
    mlp::Network network = mlp::build_perceptron({30, 17, 9, 3}, activation, rng);
    const Matrix inputs = random_matrix(11, 30, rng);
    Matrix targets(11, 3, 0);
    for (std::size_t r = 0; r < 11; ++r)
      targets(r, r % 3) = 1;
    mlp::SoftmaxCrossEntropy loss;
    Matrix grad_output;
    loss.gradient(network.forward(inputs), targets, grad_output);

    const Matrix grad_input = network.backward(grad_output);
    CHECK_EQ(grad_input.shape(), inputs.shape());
    const std::vector<Matrix> full = gradients_of(network);

    for (const mlp::Parameter& p : network.parameters())
      p.gradient->fill(7);  // so that a gradient left unwritten would show
    network.backward_parameters_only(grad_output);
    const std::vector<Matrix> shortcut = gradients_of(network);

    CHECK_EQ(shortcut.size(), full.size());
    for (std::size_t i = 0; i < full.size(); ++i)
      CHECK(same_bits(shortcut[i], full[i]));
  }
}

void test_layer_and_errors() {
  mlp::Rng rng(22);
  mlp::Linear layer(4, 3, rng);
  const Matrix x = random_matrix(5, 4, rng), delta = random_matrix(5, 3, rng);
  layer.forward(x);
  layer.backward(delta);
  const Matrix weights_gradient = layer.grad_weights, bias_gradient = layer.grad_bias;
  layer.grad_weights.fill(7);
  layer.backward_parameters_only(delta);
  CHECK(same_bits(layer.grad_weights, weights_gradient));
  CHECK(same_bits(layer.grad_bias, bias_gradient));
  CHECK_THROWS_WITH(layer.backward_parameters_only(Matrix(5, 4)), "does not match");

  mlp::Network empty;
  CHECK_THROWS_WITH(empty.backward_parameters_only(Matrix(1, 1)), "no layers");
}

}  // namespace

int main() {
  test_same_parameter_gradients();
  test_layer_and_errors();
  return check::summary();
}
