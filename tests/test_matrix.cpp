// test_matrix.cpp — every matrix operation against a hand computation or the naive reference,
// and every shape check.
#include "check.hpp"
#include "framework/kernels.hpp"
#include "framework/matrix.hpp"
#include "framework/random.hpp"
#include "framework/reference_kernels.hpp"
#include "random_matrix.hpp"

using mlp::Matrix;
using test_data::max_difference;
using test_data::random_matrix;

namespace {

void test_construction_and_access() {
  Matrix m = Matrix::from_rows({{1, 2, 3}, {4, 5, 6}});
  CHECK_EQ(m.rows(), 2u);
  CHECK_EQ(m.cols(), 3u);
  CHECK_EQ(m(1, 2), 6);
  CHECK_EQ(m.row(1)[0], 4);
  CHECK_EQ(m.shape(), std::string("(2 x 3)"));
  CHECK_THROWS_WITH(Matrix::from_rows({{1, 2}, {3}}), "row 1 has 1 values");
  m.reshape(3, 2);
  CHECK_EQ(m.size(), 6u);
  m.fill(7);
  CHECK_EQ(m(2, 1), 7);
}

void test_elementwise() {
  const Matrix a = Matrix::from_rows({{1, -2}, {3, 4}});
  const Matrix b = Matrix::from_rows({{5, 6}, {-7, 8}});
  Matrix c = a;
  mlp::scale(c, 2);
  CHECK_EQ(c(0, 1), -4);
  mlp::add_scaled(c, b, 0.5);
  CHECK_EQ(c(1, 1), 12);
  CHECK_EQ(mlp::max_abs(b), 8);
  CHECK_EQ(mlp::argmax_row(b, 0), 1u);
  CHECK_EQ(mlp::argmax_row(b, 1), 1u);

  const Matrix wrong(3, 2);
  CHECK_THROWS_WITH(mlp::add_scaled(c, wrong, 1), "shapes (2 x 2) and (3 x 2) do not match");
  CHECK_THROWS(mlp::argmax_row(a, 2));
}

// The largest value of a row wherever it stands, the first of equal largest values for the index,
// and an error for a row that is not there or has no values.
void test_row_max_and_argmax() {
  const Matrix m = Matrix::from_rows({{9, -1, 3, 2}, {-5, -2, -8, -3}, {1, 4, 4, 0}, {0, 1, 2, 7}});
  const mlp::Scalar largest[] = {9, -2, 4, 7};
  const std::size_t where[] = {0, 1, 1, 3};
  for (std::size_t r = 0; r < m.rows(); ++r) {
    CHECK_EQ(mlp::row_max(m, r), largest[r]);
    CHECK_EQ(mlp::argmax_row(m, r), where[r]);
  }
  CHECK_THROWS_WITH(mlp::row_max(m, 4), "row_max: row 4 of (4 x 4)");
  CHECK_THROWS_WITH(mlp::argmax_row(Matrix(2, 0), 0), "argmax_row: row 0 of (2 x 0)");
}

void test_row_operations() {
  Matrix m = Matrix::from_rows({{1, 2, 3}, {4, 5, 6}});
  mlp::add_row_to_each_row(m, Matrix::from_rows({{10, 20, 30}}));
  CHECK_EQ(m(0, 0), 11);
  CHECK_EQ(m(1, 2), 36);
  Matrix sums;
  mlp::sum_over_rows(m, sums);
  CHECK_EQ(sums.rows(), 1u);
  CHECK_EQ(sums(0, 1), 47);
  CHECK_THROWS_WITH(mlp::add_row_to_each_row(m, Matrix(1, 2)), "(1 x 2)");
  CHECK_THROWS_WITH(mlp::add_row_to_each_row(m, Matrix(2, 3)), "(2 x 3)");
}

void test_products_by_hand() {
  const Matrix a = Matrix::from_rows({{1, 2}, {3, 4}, {5, 6}});  // 3 x 2
  const Matrix b = Matrix::from_rows({{1, 0, 2}, {0, 1, 3}});    // 2 x 3
  Matrix out;
  mlp::matmul(a, b, out);
  CHECK_EQ(out.shape(), std::string("(3 x 3)"));
  CHECK_EQ(out(2, 2), 28);  // 5·2 + 6·3
  mlp::matmul_a_bt(a, a, out);
  CHECK_EQ(out(1, 2), 39);  // 3·5 + 4·6
  mlp::matmul_at_b(a, a, out);
  CHECK_EQ(out(0, 1), 44);  // 1·2 + 3·4 + 5·6
}

// The tier's products (loop-ordered or blocked) against the naive triple loops on many shapes,
// including 1 x 1, primes and long thin ones.
void test_products_against_naive() {
  mlp::Rng rng(7);
  const std::size_t sizes[][3] = {{1, 1, 1},   {1, 7, 1},    {3, 5, 7},    {13, 1, 11},
                                  {17, 31, 2}, {32, 64, 16}, {33, 65, 17}, {5, 100, 3}};
  for (const auto& s : sizes) {
    const std::size_t n = s[0], k = s[1], p = s[2];
    Matrix fast, naive;
    const Matrix a = random_matrix(n, k, rng), b = random_matrix(k, p, rng);
    mlp::matmul(a, b, fast);
    mlp::reference::matmul_naive(a, b, naive);
    CHECK(max_difference(fast, naive) < 1e-12);

    const Matrix bt = random_matrix(p, k, rng);
    mlp::matmul_a_bt(a, bt, fast);
    mlp::reference::matmul_a_bt_naive(a, bt, naive);
    CHECK(max_difference(fast, naive) < 1e-12);

    const Matrix at = random_matrix(k, n, rng);
    mlp::matmul_at_b(at, b, fast);
    mlp::reference::matmul_at_b_naive(at, b, naive);
    CHECK(max_difference(fast, naive) < 1e-12);
    CHECK_EQ(fast.shape(), naive.shape());
  }
}

void test_product_shape_errors() {
  const Matrix a(2, 3), b(4, 5);
  Matrix out;
  CHECK_THROWS_WITH(mlp::matmul(a, b, out), "matmul (A·B): shapes (2 x 3) and (4 x 5)");
  CHECK_THROWS_WITH(mlp::reference::matmul_naive(a, b, out), "(4 x 5)");
  CHECK_THROWS_WITH(mlp::matmul_a_bt(a, b, out), "A·Bᵀ");
  CHECK_THROWS_WITH(mlp::reference::matmul_a_bt_naive(a, b, out), "A·Bᵀ");
  CHECK_THROWS_WITH(mlp::matmul_at_b(a, b, out), "Aᵀ·B");
  CHECK_THROWS_WITH(mlp::reference::matmul_at_b_naive(a, b, out), "Aᵀ·B");
}

}  // namespace

int main() {
  test_construction_and_access();
  test_elementwise();
  test_row_max_and_argmax();
  test_row_operations();
  test_products_by_hand();
  test_products_against_naive();
  test_product_shape_errors();
  return check::summary();
}
