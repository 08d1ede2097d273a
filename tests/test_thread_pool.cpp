// test_thread_pool.cpp — the thread pool runs every part exactly once, passes exceptions on,
// survives nested and concurrent use; the splitting rules of parallel.hpp; and the matrix
// operations that run on all threads.
#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include "check.hpp"
#include "fast/parallel.hpp"
#include "fast/thread_pool.hpp"
#include "framework/matrix.hpp"

namespace {

// Runs a job of `parts` parts and checks that each ran exactly once.
bool each_part_once(mlp::ThreadPool& pool, std::size_t parts) {
  std::vector<std::atomic<int>> runs(parts);
  pool.run(parts, [&](std::size_t part) { ++runs[part]; });
  for (const auto& count : runs) {
    if (count != 1) return false;
  }
  return true;
}

void test_every_part_runs_once() {
  for (std::size_t threads : {1, 2, 3, 4}) {
    mlp::ThreadPool pool(threads);
    CHECK_EQ(pool.size(), threads);
    for (std::size_t parts : {0, 1, 2, 3, 7, 100})
      CHECK(each_part_once(pool, parts));
  }
  CHECK_THROWS_WITH(mlp::ThreadPool(0), "at least one thread");
}

// Many short jobs in a row: a lost wake-up or a race on the job counters would hang or miscount.
void test_many_jobs_in_a_row() {
  mlp::ThreadPool pool(3);
  std::atomic<long> total{0};
  for (int job = 0; job < 5000; ++job)
    pool.run(3, [&](std::size_t part) { total += long(part) + 1; });
  CHECK_EQ(total.load(), 5000L * 6);
}

void test_exceptions_reach_the_caller() {
  mlp::ThreadPool pool(2);
  CHECK_THROWS_WITH(pool.run(8,
                             [](std::size_t part) {
                               if (part == 5) throw std::runtime_error("part 5 failed");
                             }),
                    "part 5 failed");
  CHECK(each_part_once(pool, 8));  // still usable afterwards
}

// A task that itself runs a job, and two threads using one pool at once: the job that cannot
// have the workers runs on its own thread instead of waiting.
void test_nested_and_concurrent_jobs() {
  mlp::ThreadPool pool(2);
  std::atomic<int> inner{0};
  pool.run(2, [&](std::size_t) { pool.run(3, [&](std::size_t) { ++inner; }); });
  CHECK_EQ(inner.load(), 6);

  std::atomic<int> total{0};
  auto many_jobs = [&] {
    for (int job = 0; job < 500; ++job)
      pool.run(4, [&](std::size_t) { ++total; });
  };
  std::thread other(many_jobs);
  many_jobs();
  other.join();
  CHECK_EQ(total.load(), 2 * 500 * 4);
}

void test_thread_count_setting() {
  mlp::set_thread_count(3);
  CHECK_EQ(mlp::thread_count(), 3u);
  CHECK_EQ(mlp::shared_thread_pool().size(), 3u);
  mlp::set_thread_count(1);
  CHECK_EQ(mlp::shared_thread_pool().size(), 1u);
  mlp::set_thread_count(0);  // one per core
  CHECK(mlp::thread_count() >= 1);
}

void test_splitting_rules() {
  mlp::set_thread_count(4);
  CHECK_EQ(mlp::split_count(1000, 100), 1u);                          // too small to share
  CHECK_EQ(mlp::split_count(2 * mlp::kMinimumWorkPerPart, 100), 2u);  // two parts' worth
  CHECK_EQ(mlp::split_count(1e9, 100), 4u);                           // one per thread
  CHECK_EQ(mlp::split_count(1e9, 3), 3u);                             // no more than pieces
  CHECK_EQ(mlp::split_count(0, 0), 1u);
  for (std::size_t count : {0, 1, 1000, 100000}) {
    std::vector<std::atomic<int>> seen(count);
    mlp::for_each_range(count, 1000, [&](std::size_t first, std::size_t end) {
      for (std::size_t i = first; i < end; ++i)
        ++seen[i];
    });
    bool once = true;
    for (const auto& s : seen)
      once = once && s == 1;
    CHECK(once);
  }
  mlp::set_thread_count(0);
}

// Whether compute(out) gives the same bytes on 3 threads as on 1, into an output of `shape`.
template <class Compute>
bool same_on_threads(const mlp::Matrix& shape, const Compute& compute) {
  mlp::Matrix on_threads(2, 2, 5), on_one(2, 2, 5);
  mlp::set_thread_count(3);
  compute(on_threads);
  mlp::set_thread_count(1);
  compute(on_one);
  mlp::set_thread_count(3);
  bool equal = on_threads.shape() == shape.shape() && on_one.shape() == shape.shape();
  for (std::size_t i = 0; equal && i < shape.size(); ++i)
    equal = on_threads.data()[i] == on_one.data()[i];
  return equal;
}

// add_scaled, tanh_each and tanh_backward_each split large matrices over the threads; every entry
// must come out as if computed on one thread.
void test_parallel_matrix_operations() {
  for (std::size_t rows : {0, 1, 7, 300}) {
    mlp::Matrix from(rows, 784), outputs, sum(rows, 784, 1);
    for (std::size_t i = 0; i < from.size(); ++i)
      from.data()[i] = static_cast<mlp::Scalar>(i % 1000) / 8;
    CHECK(same_on_threads(from, [&](mlp::Matrix& out) { mlp::tanh_each(from, out); }));
    mlp::tanh_each(from, outputs);
    CHECK(same_on_threads(from,
                          [&](mlp::Matrix& out) { mlp::tanh_backward_each(outputs, from, out); }));
    mlp::add_scaled(sum, from, 2);
    bool added = true;
    for (std::size_t i = 0; i < from.size(); ++i)
      added = added && sum.data()[i] == 1 + 2 * from.data()[i];
    CHECK(added);
  }
  mlp::set_thread_count(0);
}

}  // namespace

int main() {
  test_every_part_runs_once();
  test_many_jobs_in_a_row();
  test_exceptions_reach_the_caller();
  test_nested_and_concurrent_jobs();
  test_thread_count_setting();
  test_splitting_rules();
  test_parallel_matrix_operations();
  return check::summary();
}
