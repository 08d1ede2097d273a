// thread_pool.hpp — a small pool of worker threads, started once and reused for every job (fast
// tier, speed support code: the reference tier the lessons read runs on one thread).
//
// Starting a std::thread costs tens of microseconds, about as long as a whole matrix product of
// one minibatch, so the pool starts its workers once and keeps them waiting on a condition
// variable. A job is "call task(part) for part = 0 … parts − 1": run() hands the parts out, one
// at a time, to whichever thread asks first (the calling thread works too) and returns when every
// part has finished.
//
// Waking a sleeping thread takes the operating system from a few to tens of microseconds, so a
// thread that has to wait first spins for a while (kSpinTime), checking again and again in a
// loop, and only then goes to sleep. Jobs that follow each other closely, like the products of a
// training step, then never wait for a wake-up; an idle pool still sleeps. Only a new worker's
// first wait is asleep from the start, so that its first job wakes it onto an idle core
// (thread_pool.cpp says why).
//
// Which thread runs a part changes from run to run, so a task must make its result depend only
// on the part number, never on the thread — that is how the products stay bit-identical for any
// number of threads.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace mlp {

class ThreadPool {
 public:
  static constexpr std::chrono::microseconds kSpinTime{200};

  // A pool of `threads` threads in all: threads − 1 workers plus the thread that calls run().
  // ThreadPool(1) starts no worker and runs every job on the caller.
  explicit ThreadPool(std::size_t threads);
  ~ThreadPool();  // stops and joins the workers
  ThreadPool(const ThreadPool&) = delete;
  ThreadPool& operator=(const ThreadPool&) = delete;

  std::size_t size() const { return workers_.size() + 1; }

  // Calls task(part) for every part in 0 … parts − 1 and returns when all calls have finished.
  // The task is passed by reference, so starting a job allocates nothing. If a call throws, the
  // first exception is rethrown here after the others have finished. If another thread's job is
  // still running (or a task itself calls run), this job runs entirely on the calling thread.
  template <class Task>
  void run(std::size_t parts, const Task& task) {
    run_job(parts, &call_task<Task>, &task);
  }

 private:
  using TaskCall = void (*)(const void* task, std::size_t part);

  template <class Task>
  static void call_task(const void* task, std::size_t part) {
    (*static_cast<const Task*>(task))(part);
  }

  void run_job(std::size_t parts, TaskCall call, const void* task);
  void stop();
  void work_until_stopped();
  void take_parts(std::unique_lock<std::mutex>& lock);
  template <class Condition>
  void wait_until(std::unique_lock<std::mutex>& lock, std::condition_variable& wake,
                  const Condition& done);

  std::vector<std::thread> workers_;
  std::atomic<bool> busy_{false};  // true while the workers serve some thread's job
  std::mutex state_;               // guards every change of the members below
  std::condition_variable job_posted_;
  std::condition_variable job_finished_;
  std::condition_variable worker_asleep_;  // a new worker waits for its first job
  std::size_t workers_asleep_ = 0;         // how many new workers have started waiting
  TaskCall call_ = nullptr;
  const void* task_ = nullptr;
  std::size_t parts_ = 0;
  std::size_t next_part_ = 0;
  std::exception_ptr error_;
  // Atomic as well, because spinning threads read them without taking the lock.
  std::atomic<std::size_t> finished_parts_{0};
  std::atomic<std::uint64_t> job_number_{0};  // counts jobs, so a worker can tell a new one
  std::atomic<bool> stopping_{false};
};

}  // namespace mlp
