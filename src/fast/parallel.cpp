// parallel.cpp — the shared thread pool behind set_thread_count() (fast tier, speed support code).
#include "fast/parallel.hpp"

#include <algorithm>
#include <memory>
#include <mutex>
#include <thread>

namespace mlp {
namespace {

std::mutex pool_mutex;
std::size_t requested_threads = 0;  // 0: one per core
std::unique_ptr<ThreadPool> pool;

std::size_t resolve(std::size_t threads) {
  if (threads != 0) return threads;
  return std::max<std::size_t>(1, std::thread::hardware_concurrency());
}

}  // namespace

void set_thread_count(std::size_t threads) {
  std::lock_guard<std::mutex> lock(pool_mutex);
  requested_threads = threads;
  if (pool && pool->size() != resolve(threads)) pool.reset();  // the next product starts a new one
}

std::size_t thread_count() {
  std::lock_guard<std::mutex> lock(pool_mutex);
  return pool ? pool->size() : resolve(requested_threads);
}

ThreadPool& shared_thread_pool() {
  std::lock_guard<std::mutex> lock(pool_mutex);
  if (!pool) pool = std::make_unique<ThreadPool>(resolve(requested_threads));
  return *pool;
}

std::size_t split_count(double work, std::size_t pieces) {
  const double worth = std::max(1.0, work / kMinimumWorkPerPart);
  const std::size_t parts = std::min<std::size_t>(thread_count(), pieces);
  return std::max<std::size_t>(1, std::min(parts, static_cast<std::size_t>(worth)));
}

}  // namespace mlp
