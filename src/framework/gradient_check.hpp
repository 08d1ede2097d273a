// gradient_check.hpp — proving a backward pass right by comparing it with finite differences.
//
// A backward pass is easy to get subtly wrong, and a wrong gradient often still trains a little,
// so the mistake hides. The derivative's definition gives an independent answer: nudge one number
// θ_i by a small h each way and see how the loss moves,
//   ∂L/∂θ_i ≈ (L(θ + h·e_i) − L(θ − h·e_i)) / (2h)            (central difference)
// whose error shrinks like h², against h for the one-sided version. We compare this numeric
// gradient n with the analytic one a from backward() by the relative error
//   |a − n| / max(|a|, |n|, floor)
// where the floor keeps entries that are (almost) zero in both from dividing noise by noise.
//
// In double precision a correct backward pass agrees to ~1e-9 or better, a wrong one is off by
// far more than 1e-7 somewhere. In float the rounding noise of the loss, ~1e-7 of its size,
// divided by h swamps such a comparison, which is why the tests build the framework with double.
//
// One call checks anything: a layer, a loss, or a whole network with its loss.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "framework/layer.hpp"
#include "framework/losses.hpp"
#include "framework/network.hpp"

namespace mlp {

// The defaults depend on the precision the framework was built with. In double, rounding makes
// the loss wrong by ~1e-16 of its size, so the central difference carries noise of ~1e-16 / h
// plus a truncation error of ~h²: h = 1e-5 balances the two at ~1e-11, and a floor of 1e-3
// treats absolute differences below tolerance × floor = 1e-10 as that noise. A wrong gradient is
// still caught wherever it is off by more than that, however small the entry itself. In float
// everything is ~1e9 times coarser, so only a rough check is possible.
struct GradientCheckOptions {
  static constexpr bool kDouble = sizeof(Scalar) >= sizeof(double);
  double step = kDouble ? 1e-5 : 1e-2;       // h
  double tolerance = kDouble ? 1e-7 : 1e-2;  // largest relative error that passes
  double floor = kDouble ? 1e-3 : 1e-2;      // smallest denominator of the relative error
  std::uint64_t seed = 1;                    // for the random output weights of a layer check
};

// The comparison for one matrix: a parameter of a layer, or an input.
struct GradientComparison {
  std::string component;  // e.g. "Linear(3 -> 4)" or "softmax cross-entropy"
  std::string quantity;   // e.g. "weights", "bias", "input"
  std::string shape;
  std::size_t worst_row = 0;  // where the relative error is largest
  std::size_t worst_col = 0;
  double analytic = 0;  // both gradients at that entry
  double numeric = 0;
  double relative_error = 0;
  bool all_zero = false;  // every analytic and numeric entry was 0: nothing was tested
  bool passed = false;
};

struct GradientCheckReport {
  GradientCheckOptions options;
  std::vector<GradientComparison> comparisons;

  // True when every comparison passed. A comparison whose gradients are all zero fails: it
  // would pass with any backward pass, so it proves nothing.
  bool passed() const;
  double worst_relative_error() const;
  // A table with one line per comparison, marking each as ok or FAILED.
  std::string str() const;
};

// A layer on its own: the loss is L = Σ output ⊙ R for a fixed random R, so ∂L/∂output = R and
// every output entry matters. Checks ∂L/∂input and the gradient of every parameter.
GradientCheckReport gradient_check(Layer& layer, const Matrix& input,
                                   const GradientCheckOptions& options = {});

// A loss on its own: checks ∂L/∂prediction.
GradientCheckReport gradient_check(const Loss& loss, const Matrix& prediction, const Matrix& target,
                                   const GradientCheckOptions& options = {});

// A whole network with its loss: checks every parameter of every layer and ∂L/∂input.
GradientCheckReport gradient_check(Network& network, const Loss& loss, const Matrix& inputs,
                                   const Matrix& targets, const GradientCheckOptions& options = {});

}  // namespace mlp
