// platform.cpp — support code: the operating system's calls behind platform.hpp, one branch per
// kind of system. The only file of the programs that includes system headers.
#include "platform/platform.hpp"

#if defined(_WIN32)
#include <io.h>
#elif defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#include <unistd.h>
#endif

#include <cstdio>

namespace mlp {

bool standard_output_is_terminal() {
#if defined(_WIN32)
  return _isatty(_fileno(stdout)) != 0;
#elif defined(__unix__) || defined(__APPLE__)
  return isatty(STDOUT_FILENO) != 0;
#else
  return false;
#endif
}

std::optional<std::size_t> peak_memory_bytes() {
#if defined(__unix__) || defined(__APPLE__)
  rusage usage{};
  if (getrusage(RUSAGE_SELF, &usage) != 0) return std::nullopt;
  const auto largest = static_cast<std::size_t>(usage.ru_maxrss);
#if defined(__APPLE__)
  return largest;  // macOS counts ru_maxrss in bytes
#else
  return largest * 1024;  // Linux and the BSDs count it in kilobytes
#endif
#else
  return std::nullopt;
#endif
}

}  // namespace mlp
