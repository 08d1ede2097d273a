// test_products.cpp — the products of kernels.hpp against the naive triple loops, and the same
// bits for any number of threads.
//
// Built with double (tight tolerances) and with float (the precision the lab trains in), each on
// both tiers: on the fast tier this tests the blocked kernels, on the reference tier the
// loop-ordered products.
// The shapes are chosen to hit every edge of the tiling: 1 x 1, primes, sizes just above and
// below a tile or a block of k (more than 4,096 values of k take two blocks on every processor),
// rows left over for short and edge tiles, empty matrices, and the shapes of the lab's layers.
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "check.hpp"
#include "framework/kernels.hpp"
#include "framework/random.hpp"
#include "framework/reference_kernels.hpp"
#include "random_matrix.hpp"

using mlp::Matrix;
using test_data::max_difference;
using test_data::random_matrix;

namespace {

using Product = void (*)(const Matrix&, const Matrix&, Matrix&);

struct ProductPair {
  const char* name;
  Product naive;
  Product tier;      // the product of the tier this test is linked with
  bool transpose_a;  // the product reads A as (k x n), not (n x k)
  bool transpose_b;  // the product reads B as (p x k), not (k x p)
};

const ProductPair kProducts[] = {
    {"A·B", mlp::reference::matmul_naive, mlp::matmul, false, false},
    {"A·Bᵀ", mlp::reference::matmul_a_bt_naive, mlp::matmul_a_bt, false, true},
    {"Aᵀ·B", mlp::reference::matmul_at_b_naive, mlp::matmul_at_b, true, false},
};

// The operands of an (n x k)·(k x p) product, stored the way `product` reads them.
struct Operands {
  Matrix a, b;
  Operands(const ProductPair& product, std::size_t n, std::size_t k, std::size_t p, mlp::Rng& rng)
      : a(product.transpose_a ? random_matrix(k, n, rng) : random_matrix(n, k, rng)),
        b(product.transpose_b ? random_matrix(p, k, rng) : random_matrix(k, p, rng)) {}
};

const bool kFastTier = std::string(mlp::kernel_tier()) == "fast";

bool same_bits(const Matrix& a, const Matrix& b) {
  return a.rows() == b.rows() && a.cols() == b.cols() &&
         std::memcmp(a.data(), b.data(), a.size() * sizeof(mlp::Scalar)) == 0;
}

// Entries are sums of k products of numbers in [−1, 1]; adding them in another order changes
// the result by a few roundings of numbers up to about √k, far below this bound, while a wrong
// or missing term would be off by the size of one product.
double tolerance(std::size_t k) {
  return 8.0 * double(k + 1) * std::numeric_limits<mlp::Scalar>::epsilon();
}

void test_against_naive() {
  mlp::set_thread_count(2);
  mlp::Rng rng(11);
  const std::size_t shapes[][3] = {{1, 1, 1},       {1, 7, 1},      {7, 13, 17},    {13, 1, 11},
                                   {8, 32, 32},     {9, 33, 31},    {17, 257, 65},  {16, 256, 33},
                                   {3, 600, 5},     {100, 3, 100},  {1, 784, 128},  {32, 784, 128},
                                   {256, 784, 128}, {32, 128, 10},  {256, 128, 10}, {31, 10, 784},
                                   {128, 32, 784},  {14, 4100, 19}, {19, 4100, 26}};
  for (const ProductPair& product : kProducts) {
    for (const auto& shape : shapes) {
      const std::size_t n = shape[0], k = shape[1], p = shape[2];
      const Operands operands(product, n, k, p, rng);
      Matrix fast, naive;
      product.tier(operands.a, operands.b, fast);
      product.naive(operands.a, operands.b, naive);
      CHECK_EQ(fast.shape(), naive.shape());
      const double difference = max_difference(fast, naive);
      if (difference > tolerance(k)) {
        std::printf("%s %zu x %zu x %zu: off by %g\n", product.name, n, k, p, difference);
      }
      CHECK(difference <= tolerance(k));
    }
  }
}

// Empty matrices: no rows, no columns, or an empty sum (k = 0), which is all zeros.
void test_empty_shapes() {
  mlp::Rng rng(12);
  const std::size_t shapes[][3] = {{0, 5, 3}, {4, 5, 0}, {0, 0, 0}, {4, 0, 3}};
  for (const ProductPair& product : kProducts) {
    for (const auto& shape : shapes) {
      const Operands operands(product, shape[0], shape[1], shape[2], rng);
      Matrix fast(2, 2, 9), naive;
      product.tier(operands.a, operands.b, fast);
      product.naive(operands.a, operands.b, naive);
      CHECK_EQ(fast.shape(), naive.shape());
      CHECK(max_difference(fast, naive) == 0);
    }
  }
}

// Every output entry is computed by one thread, always with the same tiles and the same order
// of additions, so the bytes must not depend on the thread count.
void test_same_bits_for_any_thread_count() {
  mlp::Rng rng(13);
  const std::size_t shapes[][3] = {{256, 784, 128}, {97, 300, 77}, {128, 256, 784}, {61, 61, 61}};
  for (const ProductPair& product : kProducts) {
    for (const auto& shape : shapes) {
      const Operands operands(product, shape[0], shape[1], shape[2], rng);
      Matrix reference, result;
      mlp::set_thread_count(1);
      product.tier(operands.a, operands.b, reference);
      for (std::size_t threads : {2, 3, 4}) {
        mlp::set_thread_count(threads);
        CHECK_EQ(mlp::thread_count(), kFastTier ? threads : 1);  // the reference tier has one
        product.tier(operands.a, operands.b, result);
        CHECK(same_bits(result, reference));
      }
    }
  }
  mlp::set_thread_count(0);
}

// An output buffer that held a larger matrix is reshaped and overwritten, not added to.
void test_output_is_overwritten() {
  mlp::Rng rng(14);
  for (const ProductPair& product : kProducts) {
    Matrix out = random_matrix(300, 300, rng);
    const Operands operands(product, 9, 300, 40, rng);
    Matrix naive;
    product.tier(operands.a, operands.b, out);
    product.naive(operands.a, operands.b, naive);
    CHECK(max_difference(out, naive) <= tolerance(300));
  }
}

void test_shape_errors() {
  const Matrix a(2, 3), b(4, 5);
  Matrix out;
  CHECK_THROWS_WITH(mlp::matmul(a, b, out), "matmul (A·B): shapes (2 x 3) and (4 x 5)");
  CHECK_THROWS_WITH(mlp::matmul_a_bt(a, b, out), "A·Bᵀ");
  CHECK_THROWS_WITH(mlp::matmul_at_b(a, b, out), "Aᵀ·B");
}

}  // namespace

int main() {
  test_against_naive();
  test_empty_shapes();
  test_same_bits_for_any_thread_count();
  test_output_is_overwritten();
  test_shape_errors();
  return check::summary();
}
