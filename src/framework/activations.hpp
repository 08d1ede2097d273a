// activations.hpp — the non-linear functions α applied between Linear layers.
//
// Without them a stack of Linear layers would collapse into one: W2·(W1·x + b1) + b2 is again
// a linear function of x. An element-wise non-linearity α in between, z2 = W2·α(z1) + b2, is what
// lets a multi-layer perceptron bend its decision boundary around classes that no straight line
// separates.
//
// Each activation acts on every number on its own, so its backward pass is the chain rule for
// one variable:  ∂L/∂z = ∂L/∂a · α'(z),  with a = α(z).
// Every function below gives α and its derivative α'. The derivative receives both the input z
// and the output a, because for tanh and sigmoid it is cheapest written with a (already computed
// in forward), and for ReLU with z; its comment says which one it uses.
//
// (The logistic function is called "sigmoid" here: the lesson keeps σ for the softmax.)
#pragma once

#include <cmath>
#include <memory>
#include <string>
#include <vector>

#include "framework/initialization.hpp"
#include "framework/kernels.hpp"
#include "framework/layer.hpp"

namespace mlp {

struct TanhFunction {
  static constexpr const char* name = "Tanh";
  // α(z) = tanh z = (e^z − e^−z) / (e^z + e^−z), in (−1, 1)
  static Scalar value(Scalar z) { return std::tanh(z); }
  // α'(z) = 1 − tanh² z = 1 − a²                      uses the output a
  static Scalar derivative(Scalar /*z*/, Scalar a) { return 1 - a * a; }
};

struct SigmoidFunction {
  static constexpr const char* name = "Sigmoid";
  // sigmoid(z) = 1 / (1 + e^−z), in (0, 1)
  static Scalar value(Scalar z) { return 1 / (1 + std::exp(-z)); }
  // sigmoid'(z) = sigmoid(z) (1 − sigmoid(z)) = a (1 − a)      uses the output a
  static Scalar derivative(Scalar /*z*/, Scalar a) { return a * (1 - a); }
};

struct ReluFunction {
  static constexpr const char* name = "ReLU";
  // α(z) = max(0, z)
  static Scalar value(Scalar z) { return z > 0 ? z : 0; }
  // α'(z) = 1 if z > 0, else 0 (at z = 0 there is a kink; we take 0)    uses the input z
  static Scalar derivative(Scalar z, Scalar /*a*/) { return z > 0 ? 1 : 0; }
};

struct SoftplusFunction {
  static constexpr const char* name = "Softplus";
  // α(z) = log(1 + e^z), a smooth ReLU, in (0, ∞)                  (softplus.cpp)
  static Scalar value(Scalar z);
  // α'(z) = e^z / (1 + e^z) = 1 / (1 + e^−z), the logistic function   uses the input z
  static Scalar derivative(Scalar z, Scalar a);
};

// a = α(z) for every number of z, as a loop over Function::value. Tanh and the sigmoid, the
// activations of the MNIST lab, go through the kernels tanh_each and sigmoid_each instead
// (kernels.hpp): the same loop in the reference tier, vector instructions in the fast tier.
template <class Function>
void apply_each(const Matrix& z, Matrix& a) {
  a.reshape(z.rows(), z.cols());
  for (std::size_t i = 0; i < z.size(); ++i)
    a.data()[i] = Function::value(z.data()[i]);
}
template <>
inline void apply_each<TanhFunction>(const Matrix& z, Matrix& a) {
  tanh_each(z, a);
}
template <>
inline void apply_each<SigmoidFunction>(const Matrix& z, Matrix& a) {
  sigmoid_each(z, a);
}

// ∂L/∂z = ∂L/∂a ⊙ α'(z) for every number, as a loop over Function::derivative; tanh and the
// sigmoid go through the kernels tanh_backward_each and sigmoid_backward_each instead.
template <class Function>
void backward_each(const Matrix& z, const Matrix& a, const Matrix& grad_a, Matrix& grad_z) {
  grad_z.reshape(z.rows(), z.cols());
  for (std::size_t i = 0; i < z.size(); ++i) {
    const Scalar slope = Function::derivative(z.data()[i], a.data()[i]);
    grad_z.data()[i] = grad_a.data()[i] * slope;
  }
}
template <>
inline void backward_each<TanhFunction>(const Matrix& /*z*/, const Matrix& a, const Matrix& grad_a,
                                        Matrix& grad_z) {
  tanh_backward_each(a, grad_a, grad_z);
}
template <>
inline void backward_each<SigmoidFunction>(const Matrix& /*z*/, const Matrix& a,
                                           const Matrix& grad_a, Matrix& grad_z) {
  sigmoid_backward_each(a, grad_a, grad_z);
}

// An element-wise activation layer built from one of the functions above. To add your own
// (LeakyReLU, …) write a struct with name, value and derivative, and use Activation<YourFunction>
// — then prove its derivative right with gradient_check(layer, input), and list it in
// activation_registry.cpp so that the programs know it by name.
template <class Function>
class Activation : public Layer {
 public:
  std::string name() const override { return Function::name; }

  // Forward:  a = α(z), element by element.                        z, a: (B x width)
  const Matrix& forward(const Matrix& input) override {
    copy(input, input_);
    apply_each<Function>(input, output_);
    return output_;
  }

  // Backward: ∂L/∂z = ∂L/∂a ⊙ α'(z), element by element.
  const Matrix& backward(const Matrix& grad_output) override {
    static const std::string where = std::string(Function::name) + "::backward";  // built once
    require_same_shape(grad_output, output_, where.c_str());
    backward_each<Function>(input_, output_, grad_output, grad_input_);
    return grad_input_;
  }

 private:
  Matrix input_;       // z
  Matrix output_;      // a = α(z)
  Matrix grad_input_;  // ∂L/∂z
};

using Tanh = Activation<TanhFunction>;
using Sigmoid = Activation<SigmoidFunction>;
using Relu = Activation<ReluFunction>;
using Softplus = Activation<SoftplusFunction>;

// The activations the programs know by name (activations.cpp). A command line, a model file and
// build_perceptron all name an activation by a word such as "relu"; this list is the one place
// that ties each word to its layer and to the way the weights around it start, and everything
// that accepts a name looks it up here.
struct ActivationKind {
  std::string name;                        // "tanh", as written on command lines and in files
  std::unique_ptr<Layer> (*make_layer)();  // a new layer of this activation
  Initialization initialization;           // how build_perceptron draws the weights around it
  bool in_lab_experiment;                  // one of the activations the MNIST lab compares
};

// tanh, sigmoid, relu and softplus, in that order.
const std::vector<ActivationKind>& activation_registry();

// The entry of that name; throws std::invalid_argument("unknown activation 'swish' (expected
// tanh, sigmoid, relu or softplus)") for any other.
const ActivationKind& find_activation(const std::string& name);

// find_activation(name).make_layer()
std::unique_ptr<Layer> make_activation(const std::string& name);

// Every name, in the registry's order.
std::vector<std::string> activation_names();

// The names as a list for messages and help texts: "tanh, sigmoid, relu or softplus".
std::string activation_name_list();

}  // namespace mlp
