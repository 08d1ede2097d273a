// counting_new.hpp — replaces the global operator new so a test can watch the allocations its
// code makes: how many there were, and the largest single request.
//
// Every `new` and every standard container goes through operator new, so replacing it (which
// C++ allows, once per program) sees them all. Include this header in exactly one source file of
// a test program.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdlib>
#include <new>

namespace allocation_log {
inline std::atomic<long> count{0};
inline std::atomic<std::size_t> largest{0};
}  // namespace allocation_log

void* operator new(std::size_t size) {
  ++allocation_log::count;
  std::size_t seen = allocation_log::largest;
  while (size > seen && !allocation_log::largest.compare_exchange_weak(seen, size)) {
  }
  if (void* memory = std::malloc(size == 0 ? 1 : size)) return memory;
  throw std::bad_alloc();
}
void operator delete(void* memory) noexcept {
  std::free(memory);
}
void operator delete(void* memory, std::size_t) noexcept {
  std::free(memory);
}
