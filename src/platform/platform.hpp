// platform.hpp — support code: the two questions the programs ask that standard C++ cannot
// answer, behind one function each. Nothing here is part of the neural-network lessons.
//
// Everything else the programs need from the system goes through the standard library:
// files and folders through std::filesystem, Ctrl-C through std::signal, time through
// std::chrono, threads through std::thread. Only these two need the operating system's own calls,
// and platform.cpp is the one file that includes its headers.
#pragma once

#include <cstddef>
#include <optional>

namespace mlp {

// Whether standard output goes to a terminal (a console window), not to a file or a pipe; the
// lab's progress bar draws only then. Asks isatty on POSIX systems (Linux, macOS, the BSDs, WSL)
// and _isatty on Windows; elsewhere it answers false, so no bar is drawn.
bool standard_output_is_terminal();

// The most memory this process has held in RAM at once so far (its peak resident set), in bytes.
// Asks getrusage on POSIX systems (Linux, macOS, the BSDs, WSL); on Windows and elsewhere it is not
// available and the answer is empty.
std::optional<std::size_t> peak_memory_bytes();

}  // namespace mlp
