// test_gradient_check.cpp — the checker itself: it must catch a wrong backward pass, say where,
// and refuse to pass when there is nothing to compare.
#include "check.hpp"
#include "framework/gradient_check.hpp"
#include "framework/linear.hpp"

using mlp::Matrix;

namespace {

// y = 3x element-wise, with a backward pass that forgets one entry: the checker must point at it.
class BrokenScale : public mlp::Layer {
 public:
  std::string name() const override { return "BrokenScale"; }
  const Matrix& forward(const Matrix& input) override {
    output_ = input;
    mlp::scale(output_, 3);
    return output_;
  }
  const Matrix& backward(const Matrix& grad_output) override {
    grad_input_ = grad_output;
    mlp::scale(grad_input_, 3);
    grad_input_(1, 2) = 0;  // the bug
    return grad_input_;
  }

 private:
  Matrix output_, grad_input_;
};

// A layer whose output does not depend on its input: every gradient is zero.
class Constant : public mlp::Layer {
 public:
  std::string name() const override { return "Constant"; }
  const Matrix& forward(const Matrix& input) override {
    output_ = Matrix(input.rows(), input.cols(), 1);
    return output_;
  }
  const Matrix& backward(const Matrix& grad_output) override {
    grad_input_ = Matrix(grad_output.rows(), grad_output.cols(), 0);
    return grad_input_;
  }

 private:
  Matrix output_, grad_input_;
};

void test_broken_backward_is_found() {
  BrokenScale layer;
  const mlp::GradientCheckReport report = mlp::gradient_check(layer, Matrix(2, 3, 0.5));
  const std::string text = report.str();
  std::cout << text;
  CHECK(!report.passed());
  CHECK_EQ(report.comparisons.size(), 1u);
  CHECK_EQ(report.comparisons[0].component, std::string("BrokenScale"));
  CHECK_EQ(report.comparisons[0].quantity, std::string("input"));
  CHECK_EQ(report.comparisons[0].worst_row, 1u);
  CHECK_EQ(report.comparisons[0].worst_col, 2u);
  CHECK_EQ(report.comparisons[0].analytic, 0.0);
  CHECK(report.comparisons[0].numeric != 0.0);
  CHECK(text.find("BrokenScale") != std::string::npos);
  CHECK(text.find("(1, 2)") != std::string::npos);
  CHECK(text.find("FAILED") != std::string::npos);
}

void test_all_zero_fails() {
  Constant layer;
  const mlp::GradientCheckReport report = mlp::gradient_check(layer, Matrix(2, 2, 0.5));
  CHECK(!report.passed());
  CHECK(report.comparisons[0].all_zero);
  CHECK(report.str().find("all gradients are zero") != std::string::npos);
  CHECK(!mlp::GradientCheckReport{}.passed());
}

// A wrong parameter gradient inside a network is reported with its layer and parameter.
void test_wrong_parameter_gradient_in_network() {
  mlp::Rng rng(3);
  mlp::Network network = mlp::build_perceptron({3, 4, 2}, "tanh", rng);
  Matrix x(2, 3, 0.3);
  x(1, 0) = -0.7;
  const Matrix y = Matrix::from_rows({{1, 0}, {0, 1}});

  class ScaledGradientLoss : public mlp::SquaredError {
   public:
    void gradient(const Matrix& f, const Matrix& t, Matrix& grad) const override {
      mlp::SquaredError::gradient(f, t, grad);
      mlp::scale(grad, 1.01);  // a 1% error, as a forgotten factor would make
    }
  };
  const mlp::GradientCheckReport report = mlp::gradient_check(network, ScaledGradientLoss(), x, y);
  std::cout << report.str();
  CHECK(!report.passed());
  CHECK(report.worst_relative_error() > 1e-3);
  CHECK(report.str().find("0:Linear(3 -> 4)") != std::string::npos);
}

}  // namespace

int main() {
  test_broken_backward_is_found();
  test_all_zero_fails();
  test_wrong_parameter_gradient_in_network();
  return check::summary();
}
