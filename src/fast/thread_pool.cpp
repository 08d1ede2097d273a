// thread_pool.cpp — workers that sleep on a condition variable until a job is posted (fast tier,
// speed support code).
//
// Every shared member changes only under the mutex state_. A worker remembers the number of the
// last job it saw and waits until job_number_ changes (or the pool stops). Parts are taken one
// at a time under the lock but run with the lock released, so threads work in parallel and meet
// only to pick up the next part number.
#include "fast/thread_pool.hpp"

#include <stdexcept>

namespace mlp {

ThreadPool::ThreadPool(std::size_t threads) {
  if (threads == 0) throw std::invalid_argument("ThreadPool: needs at least one thread");
  workers_.reserve(threads - 1);
  try {
    for (std::size_t i = 1; i < threads; ++i)
      workers_.emplace_back([this] { work_until_stopped(); });
  } catch (...) {  // the system refused a thread: stop the ones already started
    stop();
    throw;
  }
  // Returns once every worker is asleep, so that the first job wakes each of them onto an idle
  // core. A new thread starts on the core of the thread that created it (on Linux here, 30 times
  // out of 30), and one that spins from its first moment on stays there, sharing that core with
  // its creator, until the system's load balancing moves it many milliseconds later: a pool's
  // first products at 784→128, batch 256, on two threads ran at 115–190 GFLOP/s instead of 260.
  std::unique_lock<std::mutex> lock(state_);
  worker_asleep_.wait(lock, [&] { return workers_asleep_ == workers_.size(); });
}

ThreadPool::~ThreadPool() {
  stop();
}

void ThreadPool::stop() {
  {
    std::lock_guard<std::mutex> lock(state_);
    stopping_ = true;
  }
  job_posted_.notify_all();
  for (std::thread& worker : workers_)
    worker.join();
}

// Waits, with the lock held on entry and on return, until done() is true: first spinning for up
// to kSpinTime with the lock released, then asleep on the condition variable `wake`.
template <class Condition>
void ThreadPool::wait_until(std::unique_lock<std::mutex>& lock, std::condition_variable& wake,
                            const Condition& done) {
  lock.unlock();
  const auto give_up = std::chrono::steady_clock::now() + kSpinTime;
  while (!done() && std::chrono::steady_clock::now() < give_up) {
  }
  lock.lock();
  wake.wait(lock, done);
}

// The first wait is asleep, never spinning (see the constructor); the later ones spin first.
void ThreadPool::work_until_stopped() {
  std::uint64_t last_job = 0;
  const auto job_or_stop = [&] { return stopping_ || job_number_ != last_job; };
  std::unique_lock<std::mutex> lock(state_);
  ++workers_asleep_;
  worker_asleep_.notify_one();
  job_posted_.wait(lock, job_or_stop);
  while (!stopping_) {
    last_job = job_number_;
    take_parts(lock);
    wait_until(lock, job_posted_, job_or_stop);
  }
}

// Runs parts of the current job until none is left. Called with the lock held; releases it while
// a part runs.
void ThreadPool::take_parts(std::unique_lock<std::mutex>& lock) {
  while (next_part_ < parts_) {
    const std::size_t part = next_part_++;
    lock.unlock();
    std::exception_ptr error;
    try {
      call_(task_, part);
    } catch (...) {
      error = std::current_exception();
    }
    lock.lock();
    if (error && !error_) error_ = error;
    if (++finished_parts_ == parts_) job_finished_.notify_all();
  }
}

void ThreadPool::run_job(std::size_t parts, TaskCall call, const void* task) {
  if (parts <= 1 || workers_.empty() || busy_.exchange(true)) {
    for (std::size_t part = 0; part < parts; ++part)
      call(task, part);
    return;
  }
  std::unique_lock<std::mutex> lock(state_);
  call_ = call;
  task_ = task;
  parts_ = parts;
  next_part_ = 0;
  finished_parts_ = 0;
  error_ = nullptr;
  ++job_number_;
  job_posted_.notify_all();
  take_parts(lock);
  wait_until(lock, job_finished_, [&] { return finished_parts_ == parts; });
  busy_ = false;
  if (error_) std::rethrow_exception(error_);
}

}  // namespace mlp
