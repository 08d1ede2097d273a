// lesson_backprop.cpp — lesson 3: backpropagation by hand, checked by finite differences (see
// lessons/3-backpropagation.md). Built against the double-precision framework.
#include "lessons/lesson_backprop.hpp"

#include <initializer_list>
#include <ostream>

#include "framework/activations.hpp"
#include "framework/linear.hpp"
#include "framework/losses.hpp"
#include "framework/network.hpp"
#include "framework/softmax.hpp"
#include "lessons/leaky_relu.hpp"
#include "lessons/lesson_text.hpp"

namespace mlp {
namespace {

// One matrix of the trace and the formula that made it, e.g. {"a1 = tanh(z1)", t.a1}.
struct NamedMatrix {
  const char* name;
  const Matrix& value;
};

// A heading, then each matrix under its name and shape.
void show_section(std::ostream& out, const std::string& heading,
                  std::initializer_list<NamedMatrix> matrices) {
  out << "== " << heading << " ==\n";
  for (const NamedMatrix& m : matrices)
    out << m.name << "  " << m.value.shape() << "\n" << matrix_text(m.value, 6);
}

void print_trace(const BackpropTrace& t, std::ostream& out) {
  show_section(out, "The example and the parameters",
               {
                   {"x", t.x},
                   {"y (one-hot target: class 1)", t.y},
                   {"W1", t.w1},
                   {"b1", t.b1},
                   {"W2", t.w2},
                   {"b2", t.b2},
               });
  out << "\n";
  show_section(out, "Forward",
               {
                   {"z1 = W1 x + b1", t.z1},
                   {"a1 = tanh(z1)", t.a1},
                   {"z2 = W2 a1 + b2", t.z2},
                   {"p = softmax(z2)", t.p},
               });
  out << format_text("L = -sum y log p = %.6f\n", t.loss) << "\n";
  show_section(out, "Backward (the chain rule, last step first)",
               {
                   {"dL/dp = -y / p", t.grad_p},
                   {"dL/dz2 = p - y", t.grad_z2},
                   {"dL/dW2 = (dL/dz2)^T a1", t.grad_w2},
                   {"dL/db2 = dL/dz2", t.grad_b2},
                   {"dL/da1 = dL/dz2 W2", t.grad_a1},
                   {"dL/dz1 = dL/da1 * (1 - a1^2)", t.grad_z1},
                   {"dL/dW1 = (dL/dz1)^T x", t.grad_w1},
                   {"dL/db1 = dL/dz1", t.grad_b1},
                   {"dL/dx = dL/dz1 W1", t.grad_x},
               });
  out << "\n== Gradient check: backward() against central differences ==\n" << t.check.str();
  out << (t.check.passed() ? "every gradient agrees\n" : "SOME GRADIENTS DISAGREE\n");
}

}  // namespace

BackpropTrace trace_backprop(std::uint64_t seed) {
  Rng rng(seed);
  Network network;
  Linear& first = network.add<Linear>(2, 3, rng);
  Tanh& activation = network.add<Tanh>();
  Linear& second = network.add<Linear>(3, 2, rng);
  Softmax& softmax_layer = network.add<Softmax>();
  const CrossEntropy loss;

  BackpropTrace t;
  t.x = Matrix::from_rows({{0.5, -1.0}});
  t.y = Matrix::from_rows({{0.0, 1.0}});
  // The biases start at 0; give them values so that they show up in the sums.
  first.bias = Matrix::from_rows({{0.1, -0.2, 0.05}});
  second.bias = Matrix::from_rows({{0.0, 0.1}});
  t.w1 = first.weights;
  t.b1 = first.bias;
  t.w2 = second.weights;
  t.b2 = second.bias;

  // Forward, one layer at a time, keeping every intermediate value.
  t.z1 = first.forward(t.x);
  t.a1 = activation.forward(t.z1);
  t.z2 = second.forward(t.a1);
  t.p = softmax_layer.forward(t.z2);
  t.loss = loss.value(t.p, t.y);

  // Backward: each layer turns ∂L/∂(its output) into ∂L/∂(its input).
  loss.gradient(t.p, t.y, t.grad_p);
  t.grad_z2 = softmax_layer.backward(t.grad_p);
  t.grad_a1 = second.backward(t.grad_z2);
  t.grad_w2 = second.grad_weights;
  t.grad_b2 = second.grad_bias;
  t.grad_z1 = activation.backward(t.grad_a1);
  t.grad_x = first.backward(t.grad_z1);
  t.grad_w1 = first.grad_weights;
  t.grad_b1 = first.grad_bias;

  t.check = gradient_check(network, loss, t.x, t.y);
  return t;
}

ActivationChecks check_leaky_relu() {
  // Inputs on both sides of the kink at 0, and far enough from it that z ± h stays on one side.
  const Matrix input = Matrix::from_rows({{-1.5, 0.3, 2.0}, {0.7, -0.2, -3.0}});
  LeakyRelu right;
  Activation<LeakyReluWithWrongDerivative> wrong;
  return {gradient_check(right, input), gradient_check(wrong, input)};
}

std::vector<std::string> backprop_lesson(const LessonOptions& options, std::ostream& out) {
  print_trace(trace_backprop(options.seed), out);
  const ActivationChecks checks = check_leaky_relu();
  out << "\n== A new activation layer, checked with one call ==\n"
      << checks.right.str() << checks.wrong.str();
  return {};
}

const LessonProgram lesson_backprop_program = {
    "lesson_backprop",
    "Runs one forward and one backward pass of a 2 -> 3 tanh -> 2 softmax network on one\n"
    "example, printing every intermediate value and gradient, then checks every gradient\n"
    "against central finite differences.",
    backprop_lesson};

}  // namespace mlp
