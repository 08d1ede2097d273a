// fuzz_checks.hpp — what every fuzz target demands of a parser besides "no crash".
//
// A fuzz target feeds a parser arbitrary bytes. Refusing them is fine, but only in the way the
// parser documents: an exception of the promised type whose message is one line and starts with
// the name the parser was given. Anything else — another exception type (it escapes the target
// and aborts), a message a learner could not act on, a result that breaks the parser's own
// promises — is reported by stopping the program, which the fuzzer records as a finding.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#include <vector>

namespace fuzz {

// The name every target passes to its parser; error messages must start with it.
inline const std::string kInputName = "fuzz-input";

inline std::vector<std::uint8_t> as_bytes(const std::uint8_t* data, std::size_t size) {
  return std::vector<std::uint8_t>(data, data + size);
}

// Stops the program with a message: the fuzzer saves the input that led here.
[[noreturn]] inline void violated(const std::string& promise) {
  std::fprintf(stderr, "fuzz check failed: %s\n", promise.c_str());
  std::abort();
}

inline void require(bool condition, const char* promise) {
  if (!condition) violated(promise);
}

// An error message must be a single line; with `prefix`, it must also start with it.
inline void require_clear_message(const std::exception& error, const std::string& prefix) {
  const std::string message = error.what();
  if (message.empty() || message.find('\n') != std::string::npos) {
    violated("the error message is empty or longer than one line: " + message);
  }
  if (message.compare(0, prefix.size(), prefix) != 0) {
    violated("the error message does not start with '" + prefix + "': " + message);
  }
}

}  // namespace fuzz
