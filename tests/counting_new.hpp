// counting_new.hpp — replaces the global operator new so a test can watch the allocations its
// code makes: how many there were, and the largest single request.
//
// Every `new` and every standard container goes through operator new, or through its aligned
// form for memory aligned beyond the default, so replacing both (which C++ allows, once per
// program) sees them all. Include this header in exactly one source file of
// a test program.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

namespace allocation_log {
inline std::atomic<long> count{0};
inline std::atomic<std::size_t> largest{0};

inline void record(std::size_t size) {
  ++count;
  std::size_t seen = largest;
  while (size > seen && !largest.compare_exchange_weak(seen, size)) {
  }
}
}  // namespace allocation_log

void* operator new(std::size_t size) {
  allocation_log::record(size);
  if (void* memory = std::malloc(size == 0 ? 1 : size)) return memory;
  throw std::bad_alloc();
}
void operator delete(void* memory) noexcept {
  std::free(memory);
}
void operator delete(void* memory, std::size_t) noexcept {
  std::free(memory);
}

// The aligned forms, which a Matrix's storage goes through (cache_line_allocator.hpp). std::free
// must get the pointer std::malloc returned, so it is kept just before the aligned block.
void* operator new(std::size_t size, std::align_val_t alignment) {
  allocation_log::record(size);
  const std::size_t align = static_cast<std::size_t>(alignment);
  void* memory = std::malloc(size + align + sizeof(void*));
  if (!memory) throw std::bad_alloc();
  const std::uintptr_t start = reinterpret_cast<std::uintptr_t>(memory) + sizeof(void*);
  void** aligned = reinterpret_cast<void**>((start + align - 1) / align * align);
  aligned[-1] = memory;
  return aligned;
}
void operator delete(void* memory, std::align_val_t) noexcept {
  if (memory) std::free(static_cast<void**>(memory)[-1]);
}
void operator delete(void* memory, std::size_t, std::align_val_t) noexcept {
  if (memory) std::free(static_cast<void**>(memory)[-1]);
}
