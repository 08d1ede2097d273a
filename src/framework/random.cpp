// random.cpp — xoshiro256** seeded by splitmix64, and the distributions built on it.
//
// support code: reproducible randomness; the lessons only need to know that one seed gives one run.
#include "framework/random.hpp"

#include <cmath>
#include <stdexcept>

namespace mlp {
namespace {

// splitmix64: turns any 64-bit seed (even 0) into well-mixed state words.
std::uint64_t splitmix64(std::uint64_t& x) {
  x += 0x9E3779B97F4A7C15ull;
  std::uint64_t z = x;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::uint64_t rotate_left(std::uint64_t x, int k) {
  return (x << k) | (x >> (64 - k));
}

constexpr double kTwoPi = 6.283185307179586476925286766559;

}  // namespace

Rng::Rng(std::uint64_t seed) {
  for (std::uint64_t& word : state_)
    word = splitmix64(seed);
}

std::uint64_t Rng::next_u64() {
  const std::uint64_t result = rotate_left(state_[1] * 5, 7) * 9;
  const std::uint64_t t = state_[1] << 17;
  state_[2] ^= state_[0];
  state_[3] ^= state_[1];
  state_[1] ^= state_[2];
  state_[0] ^= state_[3];
  state_[2] ^= t;
  state_[3] = rotate_left(state_[3], 45);
  return result;
}

// 53 random bits scaled by 2^-53: every double of the form k / 2^53 is equally likely.
double Rng::uniform() {
  return static_cast<double>(next_u64() >> 11) * 0x1.0p-53;
}

double Rng::uniform(double low, double high) {
  return low + (high - low) * uniform();
}

// Rejection sampling: draw from the largest multiple of n that fits in 64 bits, so every
// remainder is equally likely.
std::uint64_t Rng::below(std::uint64_t n) {
  if (n == 0) throw std::invalid_argument("Rng::below: n must be positive");
  const std::uint64_t limit = UINT64_MAX - UINT64_MAX % n;
  std::uint64_t x = next_u64();
  while (x >= limit)
    x = next_u64();
  return x % n;
}

// Box–Muller: from two independent uniforms u1, u2, the pair
//   r·cos(2πu2), r·sin(2πu2)  with  r = sqrt(−2 ln u1)
// are two independent standard normal samples. We return one and keep the other for the next
// call. u1 is taken in (0, 1] so the logarithm is finite.
double Rng::normal() {
  if (has_spare_normal_) {
    has_spare_normal_ = false;
    return spare_normal_;
  }
  const double u1 = 1.0 - uniform();
  const double u2 = uniform();
  const double radius = std::sqrt(-2.0 * std::log(u1));
  spare_normal_ = radius * std::sin(kTwoPi * u2);
  has_spare_normal_ = true;
  return radius * std::cos(kTwoPi * u2);
}

// Fisher–Yates: walk from the back, swapping each position with a uniformly chosen earlier one
// (or itself). Every ordering comes out with the same probability.
void Rng::shuffle(std::vector<std::size_t>& values) {
  for (std::size_t i = values.size(); i > 1; --i) {
    const std::size_t j = static_cast<std::size_t>(below(i));
    std::swap(values[i - 1], values[j]);
  }
}

}  // namespace mlp
