// random_matrix.hpp — test helper: matrices of random numbers, and how far apart two matrices are.
//
// Products and networks are checked on random inputs rather than on a few hand-picked ones, so
// that every entry takes part and no lucky zero hides a wrong index. The numbers come from
// mlp::Rng with a fixed seed, so a failing check fails the same way every run.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>

#include "framework/matrix.hpp"
#include "framework/random.hpp"

namespace test_data {

// A rows x cols matrix with every entry uniform in [-1, 1).
inline mlp::Matrix random_matrix(std::size_t rows, std::size_t cols, mlp::Rng& rng) {
  mlp::Matrix m(rows, cols);
  for (std::size_t i = 0; i < m.size(); ++i)
    m.data()[i] = static_cast<mlp::Scalar>(rng.uniform(-1, 1));
  return m;
}

// The largest |a - b| over all entries, computed in double (0 for empty matrices). The two
// matrices must have the same number of entries.
inline double max_difference(const mlp::Matrix& a, const mlp::Matrix& b) {
  double worst = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    worst = std::max(worst, std::fabs(double(a.data()[i]) - double(b.data()[i])));
  return worst;
}

}  // namespace test_data
