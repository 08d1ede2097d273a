// random.hpp — a small random number generator of our own, so that one seed gives the same
// numbers on every compiler, standard library and platform.
//
// support code: reproducible randomness; the lessons only need to know that one seed gives one run.
//
// Why not <random>? Its engines are portable, but its distributions (uniform_real_distribution,
// normal_distribution, shuffle) are not: each standard library computes them its own way, so the
// same seed trains a different network on Linux and on macOS. Here every step is spelled out.
//
// The engine is xoshiro256** (Blackman and Vigna): 256 bits of state, fast, and good enough for
// machine learning. The seed is spread into the state with splitmix64, as its authors suggest.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace mlp {

class Rng {
 public:
  explicit Rng(std::uint64_t seed);

  std::uint64_t next_u64();
  // A uniform double in [0, 1), built from the top 53 bits of next_u64().
  double uniform();
  // A uniform double in [low, high).
  double uniform(double low, double high);
  // A uniform integer in [0, n), without the bias of next_u64() % n. n must be positive.
  std::uint64_t below(std::uint64_t n);
  // A standard normal sample (mean 0, variance 1) by the Box–Muller transform.
  double normal();
  double normal(double mean, double stddev) { return mean + stddev * normal(); }
  // Puts the values in a uniformly random order (Fisher–Yates).
  void shuffle(std::vector<std::size_t>& values);

 private:
  std::uint64_t state_[4];
  bool has_spare_normal_ = false;
  double spare_normal_ = 0.0;
};

}  // namespace mlp
