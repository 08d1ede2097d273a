// posix_shell.hpp — test helper: running commands in a POSIX shell (sh), for the few tests that
// drive outside programs (gzip, python3, timeout) or the lab program itself through std::system.
//
// std::system is standard C++, but the command language is the system's: sh on Linux and macOS,
// cmd.exe on Windows, where quoting, redirection and the programs themselves differ. So a test
// asks posix_shell() first and reports itself skipped (check::summary_skipped) where there is
// none, instead of failing for a reason that has nothing to do with the code under test.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

namespace test_shell {

// Whether std::system runs a POSIX shell here.
inline bool posix_shell() {
#if defined(_WIN32)
  return false;  // cmd.exe
#else
  return std::system(nullptr) != 0;
#endif
}

// Whether the shell finds `program` (a name such as "gzip").
inline bool has_program(const std::string& program) {
  return posix_shell() &&
         std::system(("command -v '" + program + "' > /dev/null 2>&1").c_str()) == 0;
}

// Runs `command` in the shell and returns its exit status as the shell reports it in $?: the
// program's exit code, or 128 + N when signal N ended it. The status goes through the file
// `status_file`, since the value std::system returns is encoded in a system-specific way.
inline int exit_status(const std::string& command, const std::filesystem::path& status_file) {
  std::error_code ignored;
  std::filesystem::remove(status_file, ignored);  // so an old status is never read back
  if (std::system((command + "; echo $? > '" + status_file.string() + "'").c_str()) == -1)
    return -1;  // no shell could be started
  int status = -1;
  std::ifstream(status_file) >> status;
  return status;
}

}  // namespace test_shell
