// test_losses.cpp — loss values by hand, softmax stability, every loss gradient-checked, and the
// two softmax + cross-entropy paths against each other.
#include <cmath>

#include "check.hpp"
#include "framework/gradient_check.hpp"
#include "framework/kernels.hpp"
#include "framework/losses.hpp"
#include "framework/softmax.hpp"

using mlp::Matrix;

namespace {

void test_values_by_hand() {
  const Matrix f = Matrix::from_rows({{1, 2}, {3, 5}});
  const Matrix y = Matrix::from_rows({{0, 2}, {4, 1}});
  CHECK_NEAR(mlp::AbsoluteError().value(f, y), (1 + 0 + 1 + 4) / 2.0, 1e-12);
  CHECK_NEAR(mlp::SquaredError().value(f, y), (1 + 0 + 1 + 16) / 2.0, 1e-12);

  const Matrix p = Matrix::from_rows({{0.25, 0.75}, {0.5, 0.5}});
  const Matrix labels = Matrix::from_rows({{0, 1}, {1, 0}});
  CHECK_NEAR(mlp::CrossEntropy().value(p, labels), -(std::log(0.75) + std::log(0.5)) / 2, 1e-12);

  // Scores (0, ln 3) give probabilities (1/4, 3/4).
  const Matrix z = Matrix::from_rows({{0, std::log(3.0)}});
  CHECK_NEAR(mlp::SoftmaxCrossEntropy().value(z, Matrix::from_rows({{0, 1}})), -std::log(0.75),
             1e-12);
  CHECK_NEAR(mlp::accuracy(Matrix::from_rows({{0.1, 0.9}, {0.2, 0.8}}), labels), 0.5, 1e-12);
  CHECK_NEAR(mlp::accuracy(Matrix::from_rows({{0.1, 0.9}, {0.8, 0.2}}), labels), 1.0, 1e-12);
}

void test_outlier_effect() {
  // One prediction far off: the squared error grows with the square of the distance.
  const Matrix y = Matrix::from_rows({{0}, {0}, {0}, {0}});
  const Matrix f = Matrix::from_rows({{1}, {1}, {1}, {10}});
  CHECK_NEAR(mlp::AbsoluteError().value(f, y), 13 / 4.0, 1e-12);
  CHECK_NEAR(mlp::SquaredError().value(f, y), 103 / 4.0, 1e-12);
}

void test_softmax_is_stable() {
  const Matrix z = Matrix::from_rows({{1000, 1001, 1002}, {-1000, -1000, -1000}});
  Matrix p;
  mlp::softmax(z, p);
  for (std::size_t r = 0; r < 2; ++r) {
    double total = 0;
    for (std::size_t c = 0; c < 3; ++c) {
      CHECK(std::isfinite(p(r, c)));
      total += p(r, c);
    }
    CHECK_NEAR(total, 1, 1e-12);
  }
  CHECK_NEAR(p(1, 0), 1.0 / 3, 1e-12);
  CHECK_NEAR(p(0, 2), 1 / (1 + std::exp(-1.0) + std::exp(-2.0)), 1e-12);
  const double loss =
      mlp::SoftmaxCrossEntropy().value(z, Matrix::from_rows({{1, 0, 0}, {0, 1, 0}}));
  CHECK(std::isfinite(loss));
  mlp::exp_minus_row_max(z, p);
  CHECK_NEAR(mlp::log_sum_exp(z, p, 0), 1002 + std::log(1 + std::exp(-1.0) + std::exp(-2.0)), 1e-9);
}

void test_shape_errors() {
  const Matrix a(2, 3), b(3, 2);
  CHECK_THROWS_WITH(mlp::SquaredError().value(a, b), "squared error: shapes (2 x 3) and (3 x 2)");
  Matrix grad;
  CHECK_THROWS_WITH(mlp::AbsoluteError().gradient(a, b, grad), "(3 x 2)");
  CHECK_THROWS_WITH(mlp::SoftmaxCrossEntropy().value(Matrix(0, 3), Matrix(0, 3)), "empty");
  CHECK_THROWS_WITH(mlp::one_hot({0, 3}, 3), "label 3 at row 1");
}

// Predictions away from the targets, so the absolute error's kink at f = y is never crossed.
void test_gradients() {
  const Matrix f = Matrix::from_rows({{0.3, -1.2, 2.0}, {1.5, 0.1, -0.7}});
  const Matrix y = Matrix::from_rows({{1.0, 0.5, -0.5}, {-1.0, 2.0, 0.4}});
  const Matrix labels = Matrix::from_rows({{0, 0, 1}, {1, 0, 0}});
  const Matrix p = Matrix::from_rows({{0.2, 0.3, 0.5}, {0.6, 0.3, 0.1}});
  const mlp::AbsoluteError absolute;
  const mlp::SquaredError squared;
  const mlp::CrossEntropy cross_entropy;
  const mlp::SoftmaxCrossEntropy softmax_cross_entropy;
  const mlp::GradientCheckReport reports[] = {
      mlp::gradient_check(absolute, f, y), mlp::gradient_check(squared, f, y),
      mlp::gradient_check(cross_entropy, p, labels),
      mlp::gradient_check(softmax_cross_entropy, f, labels)};
  for (const auto& report : reports) {
    std::cout << report.str();
    CHECK(report.passed());
  }
}

// The fused gradient (p − y) / B must equal Softmax::backward applied to the cross-entropy
// gradient on the probabilities.
void test_two_softmax_paths_agree() {
  const Matrix z = Matrix::from_rows({{0.3, -1.2, 2.0, 0.0}, {1.5, 0.1, -0.7, 3.0}});
  const Matrix y = Matrix::from_rows({{0, 0, 1, 0}, {0, 1, 0, 0}});
  Matrix fused;
  mlp::SoftmaxCrossEntropy().gradient(z, y, fused);

  mlp::Softmax softmax_layer;
  const Matrix& p = softmax_layer.forward(z);
  Matrix grad_p;
  mlp::CrossEntropy().gradient(p, y, grad_p);
  const Matrix& two_step = softmax_layer.backward(grad_p);
  for (std::size_t i = 0; i < fused.size(); ++i) {
    CHECK_NEAR(fused.data()[i], two_step.data()[i], 1e-14);
  }
  CHECK_NEAR(mlp::SoftmaxCrossEntropy().value(z, y), mlp::CrossEntropy().value(p, y), 1e-14);
}

}  // namespace

int main() {
  test_values_by_hand();
  test_outlier_effect();
  test_softmax_is_stable();
  test_shape_errors();
  test_gradients();
  test_two_softmax_paths_agree();
  return check::summary();
}
