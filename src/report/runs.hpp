// runs.hpp — cutting a row of cells into runs of equal values.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
//
// Pictures made of cells (the pixels of a digit, the cells of a decision-region grid) would need
// one rectangle per cell. Most neighbours are equal, though: a 28-pixel row of a digit is mostly
// white with one or two strokes of ink. Drawing each run of equal cells as ONE rectangle keeps
// the files several times smaller and looks exactly the same.
#pragma once

#include <cstddef>

namespace mlp {

// Calls visit(first, length, value) for each maximal run of equal values in row[0, length),
// from left to right.
template <typename Value, typename Visit>
void for_each_run(const Value* row, std::size_t length, Visit visit) {
  std::size_t first = 0;
  while (first < length) {
    std::size_t end = first + 1;
    while (end < length && row[end] == row[first])
      ++end;
    visit(first, end - first, row[first]);
    first = end;
  }
}

}  // namespace mlp
