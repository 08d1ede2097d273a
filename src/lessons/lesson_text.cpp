// lesson_text.cpp — formatted lines and small matrices as text.
//
// support code: printing numbers for the lesson pages.
#include "lessons/lesson_text.hpp"

#include <cstdarg>
#include <cstdio>
#include <vector>

namespace mlp {

std::string format_text(const char* format, ...) {
  std::va_list arguments;
  va_start(arguments, format);
  std::va_list copy;
  va_copy(copy, arguments);
  const int length = std::vsnprintf(nullptr, 0, format, copy);  // first measure, …
  va_end(copy);
  std::vector<char> text(length > 0 ? std::size_t(length) + 1 : 1, '\0');
  if (length > 0) std::vsnprintf(text.data(), text.size(), format, arguments);  // … then write
  va_end(arguments);
  return std::string(text.data());
}

std::string matrix_text(const Matrix& m, int decimals, int indent) {
  const int width = decimals + 5;  // sign, up to 3 digits before the point, the point itself
  std::string text;
  for (std::size_t r = 0; r < m.rows(); ++r) {
    text += std::string(static_cast<std::size_t>(indent), ' ') + "[";
    for (std::size_t c = 0; c < m.cols(); ++c)
      text += format_text(" %*.*f", width, decimals, double(m(r, c)));
    text += " ]\n";
  }
  return text;
}

}  // namespace mlp
