// check.hpp — the tiny assertion helper every test program uses (no test framework needed).
//
// Each CHECK prints a line naming the file, the line and the failed expression, and counts the
// result; a test's main ends with `return check::summary();`, which prints "N passed, N failed"
// and returns a non-zero exit code when anything failed, so CTest sees the failure (or with
// `return check::summary_skipped(reason);` when a part could not run on this machine).
#pragma once

#include <cmath>
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>

namespace check {

inline int& passed() {
  static int count = 0;
  return count;
}
inline int& failed() {
  static int count = 0;
  return count;
}

inline void record(bool ok, const char* file, int line, const std::string& what) {
  if (ok) {
    ++passed();
    return;
  }
  ++failed();
  std::cout << file << ":" << line << ": FAILED: " << what << std::endl;
}

inline int summary() {
  std::cout << passed() << " passed, " << failed() << " failed" << std::endl;
  return failed() == 0 ? 0 : 1;
}

// The exit code by which a test tells CTest it was skipped (SKIP_RETURN_CODE in CMakeLists.txt).
constexpr int kSkipped = 77;

// For a test that ran what it could but left out a part needing something this machine lacks
// (a POSIX shell, an outside program): prints the summary and `reason`, and returns kSkipped, so
// CTest lists the test as skipped rather than passed. A failed check still fails the test.
inline int summary_skipped(const std::string& reason) {
  if (summary() != 0) return 1;
  std::cout << "skipped: " << reason << std::endl;
  return kSkipped;
}

}  // namespace check

#define CHECK(cond) check::record(static_cast<bool>(cond), __FILE__, __LINE__, #cond)

#define CHECK_EQ(a, b)                                                     \
  do {                                                                     \
    const auto check_a_ = (a);                                             \
    const auto check_b_ = (b);                                             \
    check::record(check_a_ == check_b_, __FILE__, __LINE__, #a " == " #b); \
  } while (0)

#define CHECK_NEAR(a, b, tol)                                                         \
  do {                                                                                \
    const double check_a_ = static_cast<double>(a);                                   \
    const double check_b_ = static_cast<double>(b);                                   \
    check::record(std::fabs(check_a_ - check_b_) <= (tol), __FILE__, __LINE__,        \
                  std::string(#a " ≈ " #b ": ") + std::to_string(check_a_) + " vs " + \
                      std::to_string(check_b_));                                      \
  } while (0)

#define CHECK_THROWS(expr)                                                            \
  do {                                                                                \
    bool check_threw_ = false;                                                        \
    try {                                                                             \
      (void)(expr);                                                                   \
    } catch (const std::exception&) {                                                 \
      check_threw_ = true;                                                            \
    }                                                                                 \
    check::record(check_threw_, __FILE__, __LINE__, "expected an exception: " #expr); \
  } while (0)

#define CHECK_THROWS_WITH(expr, substring)                                                 \
  do {                                                                                     \
    std::string check_message_ = "(no exception)";                                         \
    try {                                                                                  \
      (void)(expr);                                                                        \
    } catch (const std::exception& error) {                                                \
      check_message_ = error.what();                                                       \
    }                                                                                      \
    check::record(check_message_.find(substring) != std::string::npos, __FILE__, __LINE__, \
                  std::string("expected an error containing \"") + (substring) +           \
                      "\" from " #expr ", got: " + check_message_);                        \
  } while (0)
