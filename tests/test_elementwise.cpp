// test_elementwise.cpp — the element-wise kernels of kernels.hpp against the formulas they compute,
// worked out in double with the C library.
//
// Built with double and with float, each on both tiers: on the fast tier this tests fast_exp.hpp's
// arithmetic (tanh and the sigmoid from a power of two and a short series) and the loops shared
// over the threads; on the reference tier the plain loops over std::tanh and std::exp.
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "check.hpp"
#include "framework/kernels.hpp"
#include "framework/random.hpp"
#include "random_matrix.hpp"

using mlp::Matrix;
using mlp::Scalar;

namespace {

constexpr double kEpsilon = std::numeric_limits<Scalar>::epsilon();

// Results below this size are compared absolutely. A sigmoid of −100 is 4·10⁻⁴⁴, under the
// smallest normal float; the fast tier raises exponents below about −87 (float) or −708 (double)
// to that bound, so it gives 10⁻³⁸ (or 10⁻³⁰⁸) where the C library gives 0, a difference no
// training step can tell.
constexpr double kTiny = sizeof(Scalar) == 4 ? 1e-30 : 1e-280;

// Every z from −20 to 20 in steps of 1/1024, powers of ten from 10⁻⁴⁰ to 10³⁰ with both signs,
// zeros of both signs and the infinities: the middle where tanh bends, the small |z| where
// e^z − 1 loses its digits unless it is computed with care, and the far ends where e^z leaves the
// range of the numbers.
Matrix test_inputs() {
  std::vector<double> values;
  for (int i = -20 * 1024; i <= 20 * 1024; ++i)
    values.push_back(i / 1024.0);
  for (int power = -40; power <= 30; ++power) {
    values.push_back(std::pow(10.0, power));
    values.push_back(-std::pow(10.0, power));
  }
  const double infinity = std::numeric_limits<double>::infinity();
  for (double special : {0.0, -0.0, infinity, -infinity})
    values.push_back(special);
  Matrix z(1, values.size());
  for (std::size_t i = 0; i < values.size(); ++i)
    z.data()[i] = static_cast<Scalar>(values[i]);
  return z;
}

// The largest error of f(z) against exact(z), in units of the Scalar's epsilon, relative to the
// exact value (or to kTiny, whichever is larger).
template <class Exact>
double worst_error_in_epsilons(const Matrix& z, const Matrix& f, Exact exact) {
  double worst = 0;
  for (std::size_t i = 0; i < z.size(); ++i) {
    const double expected = exact(double(z.data()[i]));
    const double error = std::fabs(double(f.data()[i]) - expected);
    worst = std::max(worst, error / std::max(std::fabs(expected), kTiny) / kEpsilon);
  }
  return worst;
}

// Both tiers are within a few roundings of the exact value: the C library to about one, the
// fast tier's series to about two (measured: 1.5 in float, 2.2 in double). A wrong coefficient
// or a lost sign would be off by far more.
void test_tanh_and_sigmoid() {
  const Matrix z = test_inputs();
  Matrix a;
  mlp::tanh_each(z, a);
  CHECK_EQ(a.cols(), z.cols());
  const double tanh_error = worst_error_in_epsilons(z, a, [](double v) { return std::tanh(v); });
  CHECK(tanh_error <= 3);
  mlp::sigmoid_each(z, a);
  const double sigmoid_error =
      worst_error_in_epsilons(z, a, [](double v) { return 1 / (1 + std::exp(-v)); });
  CHECK(sigmoid_error <= 3);
  std::printf("%s tier: tanh within %.2f, sigmoid within %.2f epsilons\n", mlp::kernel_tier(),
              tanh_error, sigmoid_error);
}

// tanh is odd and the sigmoid is symmetric about ½: both tiers keep that exactly, so a network
// started from symmetric weights stays symmetric.
void test_symmetry() {
  const Matrix z = test_inputs();
  Matrix minus_z(z.rows(), z.cols()), a, a_of_minus, s, s_of_minus;
  for (std::size_t i = 0; i < z.size(); ++i)
    minus_z.data()[i] = -z.data()[i];
  mlp::tanh_each(z, a);
  mlp::tanh_each(minus_z, a_of_minus);
  mlp::sigmoid_each(z, s);
  mlp::sigmoid_each(minus_z, s_of_minus);
  std::size_t asymmetric = 0;
  for (std::size_t i = 0; i < z.size(); ++i) {
    if (a_of_minus.data()[i] != -a.data()[i]) ++asymmetric;
    if (std::fabs(double(s.data()[i]) + double(s_of_minus.data()[i]) - 1) > kEpsilon) ++asymmetric;
  }
  CHECK_EQ(asymmetric, std::size_t{0});
}

// m ← m + factor·delta, for a matrix large enough to be shared over the threads of the fast tier:
// each entry is one multiply-add, correct to a rounding or two.
// exp(z − row maximum), for rows of a few to many numbers, far apart in size: the largest of every
// row comes out as exactly 1, everything else within a few roundings of the C library.
void test_exp_minus_row_max() {
  mlp::Rng rng(4);
  for (std::size_t width : {1, 3, 10, 37}) {
    Matrix z = test_data::random_matrix(70, width, rng);
    for (std::size_t i = 0; i < z.size(); ++i)
      z.data()[i] *= Scalar(i % 3 == 0 ? 100 : 5);
    Matrix e;
    mlp::exp_minus_row_max(z, e);
    CHECK_EQ(e.rows(), z.rows());
    CHECK_EQ(e.cols(), width);
    double worst = 0;
    std::size_t rows_without_a_one = 0;
    for (std::size_t r = 0; r < z.rows(); ++r) {
      Scalar largest = z(r, 0);
      for (std::size_t c = 0; c < width; ++c)
        largest = std::max(largest, z(r, c));
      bool has_one = false;
      for (std::size_t c = 0; c < width; ++c) {
        // z − m rounded as the kernels round it, in Scalar: in float a difference of 200 is only
        // known to 10⁻⁵, which moves its exponential by far more than the exp itself may.
        const Scalar shifted = z(r, c) - largest;
        const double expected = std::exp(double(shifted));
        worst = std::max(worst, std::fabs(e(r, c) - expected) / std::max(expected, kTiny));
        has_one = has_one || e(r, c) == 1;
      }
      if (!has_one) ++rows_without_a_one;
    }
    CHECK(worst <= 3 * kEpsilon);
    CHECK_EQ(rows_without_a_one, std::size_t{0});
  }
  Matrix empty(4, 0), e;
  mlp::exp_minus_row_max(empty, e);
  CHECK_EQ(e.rows(), std::size_t{4});
  CHECK_EQ(e.size(), std::size_t{0});
}

// A NaN, the output of a diverged network, stays NaN in every kernel: a loss computed from it is
// NaN too, and the trainer stops with a clear message instead of training on made-up numbers.
void test_nan_stays_nan() {
  const Scalar nan = std::numeric_limits<Scalar>::quiet_NaN();
  const Matrix z = Matrix::from_rows({{nan, 1, -2}, {0.5, nan, 3}});
  Matrix a;
  std::size_t numbers = 0;
  mlp::tanh_each(z, a);
  numbers += std::isnan(a(0, 0)) + std::isnan(a(1, 1));
  mlp::sigmoid_each(z, a);
  numbers += std::isnan(a(0, 0)) + std::isnan(a(1, 1));
  mlp::exp_minus_row_max(z, a);
  numbers += std::isnan(a(0, 0)) + std::isnan(a(1, 1));
  CHECK_EQ(numbers, std::size_t{6});
}

void test_add_scaled() {
  mlp::Rng rng(5);
  const Matrix start = test_data::random_matrix(300, 301, rng);
  const Matrix delta = test_data::random_matrix(300, 301, rng);
  Matrix m = start;
  const Scalar factor = Scalar(-0.1);
  mlp::add_scaled(m, delta, factor);
  double worst = 0;
  for (std::size_t i = 0; i < m.size(); ++i) {
    const double expected = double(start.data()[i]) + double(factor) * double(delta.data()[i]);
    worst = std::max(worst, std::fabs(double(m.data()[i]) - expected));
  }
  CHECK(worst <= 2 * kEpsilon);
  Matrix wrong_shape(301, 300);
  CHECK_THROWS_WITH(mlp::add_scaled(m, wrong_shape, factor), "(300 x 301)");
}

// The backward kernels of tanh and the sigmoid, from outputs a in (−1, 1) and gradients ∂L/∂a:
// ∂L/∂a · (1 − a²) and ∂L/∂a · a (1 − a), each within a few roundings of the product in double
// (both slopes are at most 1 in size), for a matrix large enough to be shared over the threads;
// and the two shapes named when ∂L/∂a does not fit a.
void test_backward_kernels() {
  mlp::Rng rng(7);
  const Matrix a = test_data::random_matrix(300, 130, rng);
  const Matrix grad_a = test_data::random_matrix(300, 130, rng);
  Matrix tanh_grad(2, 2), sigmoid_grad;
  mlp::tanh_backward_each(a, grad_a, tanh_grad);
  mlp::sigmoid_backward_each(a, grad_a, sigmoid_grad);
  CHECK_EQ(tanh_grad.shape(), a.shape());
  CHECK_EQ(sigmoid_grad.shape(), a.shape());
  double worst = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const double out = a.data()[i], grad = grad_a.data()[i];
    worst = std::max(worst, std::fabs(tanh_grad.data()[i] - grad * (1 - out * out)));
    worst = std::max(worst, std::fabs(sigmoid_grad.data()[i] - grad * out * (1 - out)));
  }
  CHECK(worst <= 3 * kEpsilon);
  const Matrix wrong_shape(130, 300);
  CHECK_THROWS_WITH(mlp::tanh_backward_each(a, wrong_shape, tanh_grad),
                    "tanh_backward_each: shapes (130 x 300) and (300 x 130) do not match");
  CHECK_THROWS_WITH(mlp::sigmoid_backward_each(a, wrong_shape, sigmoid_grad),
                    "sigmoid_backward_each: shapes (130 x 300) and (300 x 130)");
}

void test_copy() {
  mlp::Rng rng(6);
  const Matrix from = test_data::random_matrix(257, 129, rng);
  Matrix to(3, 3);
  mlp::copy(from, to);
  CHECK_EQ(to.rows(), from.rows());
  CHECK_EQ(to.cols(), from.cols());
  CHECK_EQ(test_data::max_difference(from, to), 0.0);
}

}  // namespace

int main() {
  test_tanh_and_sigmoid();
  test_symmetry();
  test_exp_minus_row_max();
  test_nan_stays_nan();
  test_add_scaled();
  test_backward_kernels();
  test_copy();
  return check::summary();
}
