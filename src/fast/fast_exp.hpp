// fast_exp.hpp — the exponential function as plain arithmetic, and tanh and the logistic sigmoid
// built from it, so that a loop over a whole matrix becomes vector instructions (fast tier, speed
// support code; the reference tier uses std::tanh and std::exp).
//
// std::exp and std::tanh are calls into the C library, one number per call (std::tanh costs
// about 10 ns here), and the compiler cannot turn a loop of calls into vector instructions. The
// same function written as multiplications and additions is computed 16 floats at a time, to
// within a couple of units in the last place of the library's result.
//
// How e^y is computed, for y ≤ 0 (all that tanh, the sigmoid and the softmax's exp(z − max)
// need):
//   1. Split y = n·ln 2 + r, with n the whole number nearest to y / ln 2, so |r| ≤ ln 2 / 2.
//      ln 2 is used as a short "high" part, whose product with n is exact, plus the small rest,
//      so r keeps its precision.
//   2. Then e^y = 2^n · e^r. For such a small r the Taylor series converges fast:
//        e^r − 1 = r + r²/2! + r³/3! + … = r(1/1! + r(1/2! + r(1/3! + … + r/N!)))
//      and N = 8 terms (float) or 13 (double) leave an error below the last digit. Written the
//      second way (Horner's rule) it costs one multiply-add per term, with the 1/k! worked out
//      by the compiler, and each step waits for one operation of the step before, not two.
//   3. 2^n needs no arithmetic at all. A floating-point number is stored as a sign bit, exponent
//      bits and mantissa bits, worth 1.mantissa · 2^(exponent − bias); writing n + bias into the
//      exponent bits, with a zero mantissa, makes exactly 2^n.
// Keeping the two pieces apart also gives e^y − 1 = 2^n (e^r − 1) + (2^n − 1) without the
// cancellation that would wipe out the digits of e^y − 1 for y near 0.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <type_traits>

#include "framework/scalar.hpp"

namespace mlp {

// 1/0!, 1/1!, …, 1/13!, each computed in double (where k! is exact up to 18!) and rounded once.
struct InverseFactorials {
  Scalar of[14] = {};
  constexpr InverseFactorials() {
    double factorial = 1;
    for (int k = 0; k < 14; ++k) {
      factorial *= k > 1 ? k : 1;
      of[k] = static_cast<Scalar>(1 / factorial);
    }
  }
};
inline constexpr InverseFactorials kInverseFactorial{};

// e^y = scale · (1 + fraction), with scale = 2^n and fraction = e^r − 1.
struct ExpPieces {
  Scalar scale;
  Scalar fraction;
};

// The two pieces of e^y for y ≤ 0, or NaN. Below about −87 (float) or −708 (double) the result
// would drop out of the range of normal numbers, so y is raised to that bound: e^y is then at
// most 1e-38 (float), which tanh and the sigmoid cannot tell from 0. A NaN (the scores of a
// diverged network) gives a NaN, as std::exp does, so that the loss reports it.
inline ExpPieces exp_pieces(Scalar y) {
  using Bits = std::conditional_t<sizeof(Scalar) == 4, std::int32_t, std::int64_t>;
  constexpr int kMantissaBits = std::numeric_limits<Scalar>::digits - 1;        // 23 or 52
  constexpr int kExponentBias = std::numeric_limits<Scalar>::max_exponent - 1;  // 127 or 1023
  constexpr int kTerms = sizeof(Scalar) == 4 ? 8 : 13;
  constexpr Scalar kLn2High = Scalar(0.693145751953125);  // ln 2 to 15 bits: n·kLn2High is exact
  constexpr Scalar kLn2Low = Scalar(1.42860682030941723212e-6);  // ln 2 − kLn2High
  constexpr Scalar kLog2E = Scalar(1.44269504088896340736);      // 1 / ln 2
  constexpr Scalar kLowest = Scalar(1 - kExponentBias) * Scalar(0.6931);
  // y raised to kLowest twice: std::max keeps a NaN (it compares false), and the NaN then runs
  // through r into the result; the comparison written the other way round replaces a NaN by a
  // number, which keeps the conversion to an integer below defined.
  const Scalar raised = std::max(y, kLowest);
  const Scalar raised_number = y > kLowest ? y : kLowest;
  // y / ln 2 − ½ is negative, and converting a negative number to an integer rounds it up
  // (towards zero), so n is the whole number nearest to y / ln 2.
  const Bits n = static_cast<Bits>(raised_number * kLog2E - Scalar(0.5));
  const Scalar r = (raised - Scalar(n) * kLn2High) - Scalar(n) * kLn2Low;
  Scalar series = kInverseFactorial.of[kTerms];  // 1/1! + r(1/2! + r(…)), from the inside out
  for (int k = kTerms - 1; k >= 1; --k)
    series = kInverseFactorial.of[k] + series * r;
  const Bits exponent_bits = static_cast<Bits>(n + kExponentBias) << kMantissaBits;
  Scalar scale;
  std::memcpy(&scale, &exponent_bits, sizeof scale);
  return {scale, r * series};
}

// e^y for y ≤ 0.
inline Scalar exp_nonpositive(Scalar y) {
  const ExpPieces e = exp_pieces(y);
  return e.scale + e.scale * e.fraction;
}

// e^y − 1 for y ≤ 0, precise also when y is close to 0.
inline Scalar expm1_nonpositive(Scalar y) {
  const ExpPieces e = exp_pieces(y);
  return e.scale * e.fraction + (e.scale - 1);
}

// tanh z = (1 − e^(−2z)) / (1 + e^(−2z)) for z ≥ 0, and tanh is odd: tanh(−z) = −tanh z.
// With u = e^(−2|z|) − 1 that is −u / (2 + u), which keeps full precision for small |z|.
inline Scalar fast_tanh(Scalar z) {
  const Scalar u = expm1_nonpositive(-2 * std::fabs(z));
  return std::copysign(-u / (2 + u), z);
}

// σ(z) = 1 / (1 + e^(−z)). With e = e^(−|z|), that is 1 / (1 + e) for z ≥ 0 and e / (1 + e) for
// z < 0 (because σ(−z) = 1 − σ(z)); e ≤ 1 either way, so nothing overflows.
inline Scalar fast_sigmoid(Scalar z) {
  const Scalar e = exp_nonpositive(-std::fabs(z));
  return (z >= 0 ? 1 : e) / (1 + e);
}

}  // namespace mlp
