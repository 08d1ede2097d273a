// lesson_text.hpp — how the lesson programs print numbers: formatted lines and small matrices.
//
// support code: printing numbers for the lesson pages.
//
// The lesson programs print every number they compute, so a learner can follow a calculation by
// hand. This is the one place that decides how that text is made.
#pragma once

#include <string>

#include "framework/matrix.hpp"

namespace mlp {

// GCC and Clang can check the format string against the arguments, as for printf (MinGW names
// its standard printf rules __MINGW_PRINTF_FORMAT); other compilers, MSVC among them, skip it.
#if defined(__MINGW32__)
#define MLP_PRINTF_CHECK __attribute__((format(__MINGW_PRINTF_FORMAT, 1, 2)))
#elif defined(__GNUC__)
#define MLP_PRINTF_CHECK __attribute__((format(printf, 1, 2)))
#else
#define MLP_PRINTF_CHECK
#endif

// printf-style formatting into a std::string of whatever length the result needs, e.g.
// format_text("loss %.4f after epoch %zu\n", loss, epoch).
std::string format_text(const char* format, ...) MLP_PRINTF_CHECK;

// One bracketed row per line, the columns aligned, `decimals` digits after the point, every line
// indented by `indent` spaces, e.g. for a 2 x 2 matrix with 2 decimals:
//   [    0.50   -1.25 ]
//   [    2.00    0.00 ]
std::string matrix_text(const Matrix& m, int decimals = 4, int indent = 2);

}  // namespace mlp
