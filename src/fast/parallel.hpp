// parallel.hpp — how many threads the fast tier's kernels use, and when to use them (speed
// support code, not needed to follow the lesson).
//
// The products share one ThreadPool, started on first use with one thread per core
// (std::thread::hardware_concurrency()). Programs change that with set_thread_count(n), e.g.
// from a --threads option; 1 keeps everything on the calling thread. Threads only pay off for
// large jobs: waking a sleeping worker costs several microseconds, more than a small product
// takes (a single image through a layer, say), so split_count() gives each thread a minimum
// amount of work and small jobs stay on one thread.
#pragma once

#include <cstddef>

#include "fast/thread_pool.hpp"
#include "framework/kernels.hpp"

namespace mlp {

// set_thread_count(n) and thread_count() are declared in kernels.hpp. Call set_thread_count
// before the work starts, not while another thread is running products.

// The pool the products share, created on first use.
ThreadPool& shared_thread_pool();

// Into how many parts to split a job of `work` multiply-adds that can be cut into at most
// `pieces` pieces: one part per thread, but no part under kMinimumWorkPerPart. 2¹⁷ multiply-adds
// take about 2 µs with AVX-512 and 3 with AVX2, several times what handing a part to a waiting
// worker costs (0.35 µs here); the products of the lab's small layer at batch 256
// (256 x 128 x 10) are then shared too (lessons/speed.md, threads).
constexpr double kMinimumWorkPerPart = 1 << 17;
std::size_t split_count(double work, std::size_t pieces);

// Element-wise work (a few operations per number, limited by memory rather than arithmetic) is
// worth splitting from this many numbers per part.
constexpr std::size_t kMinimumElementsPerPart = 1 << 14;

// Calls body(first, end) for consecutive ranges that together cover 0 … count − 1, one range per
// part, in parallel when the ranges get at least `minimum_per_part` items each. For element-wise
// work, where every item is computed on its own, so any split gives the same result.
template <class Body>
void for_each_range(std::size_t count, std::size_t minimum_per_part, const Body& body) {
  const std::size_t parts =
      split_count(double(count) / double(minimum_per_part) * kMinimumWorkPerPart, count);
  shared_thread_pool().run(
      parts, [&](std::size_t part) { body(count * part / parts, count * (part + 1) / parts); });
}

}  // namespace mlp
