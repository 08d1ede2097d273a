// packed_panels.hpp — the operands as blocked_products.cpp sees them, and the copies it makes of
// them for the register tile: strided views, packed panels of B', the rows at the bottom edge,
// the corners of the output. Fast tier: speed support code, not needed to follow the lesson
// (lessons/speed.md explains packing).
#pragma once

#include "fast/register_tile.hpp"

#ifndef MLP_NO_VECTOR_EXTENSIONS

#include <cstddef>

#include "framework/matrix.hpp"

namespace mlp {

// Element (i, k) of a view is data[i * row_step + k * col_step]. Views of the operands are
// read-only (View); the view of the result is written (OutputView).
template <class Number>
struct StridedView {
  Number* data;
  std::size_t rows;
  std::size_t cols;
  std::size_t row_step;
  std::size_t col_step;
  Number* at(std::size_t i, std::size_t k) const { return data + i * row_step + k * col_step; }
};
using View = StridedView<const Scalar>;
using OutputView = StridedView<Scalar>;

template <class Number>
inline StridedView<Number> as_stored(Number* data, const Matrix& m) {
  return {data, m.rows(), m.cols(), m.cols(), 1};
}
template <class Number>
inline StridedView<Number> transposed(Number* data, const Matrix& m) {
  return {data, m.cols(), m.rows(), 1, m.cols()};
}

constexpr std::size_t kDepthBlock = 128 * 1024 / (kTileCols * sizeof(Scalar));

// Copies rows first_k … first_k + depth − 1 and columns first_col … first_col + cols − 1 of B'
// into panel, `width` numbers per row (the width of a tile), zero beyond the last column.
inline void pack_panel(const View& b, std::size_t first_k, std::size_t depth, std::size_t first_col,
                       std::size_t cols, std::size_t width, Scalar* panel) {
  for (std::size_t k = 0; k < depth; ++k) {
    const Scalar* source = b.at(first_k + k, first_col);
    Scalar* row = panel + k * width;
    if (cols == kTileCols && b.col_step == 1) {  // a whole row of the panel, consecutive in B'
      store(row, load(source));
      store(row + kLanes, load(source + kLanes));
      continue;
    }
    // A whole row of a transposed B' (the forward X·Wᵀ packs them): kTileCols numbers, col_step
    // apart, copied one by one. With the length a constant the compiler unrolls the loop; with the
    // variable `cols` of the general case below it did not, and at batch 32 the packing took 20 %
    // of the forward product (AVX2, g++ 12) instead of 9 %.
    if (cols == kTileCols) {
#pragma GCC unroll 32
      for (std::size_t j = 0; j < kTileCols; ++j)
        row[j] = source[j * b.col_step];
      continue;
    }
    for (std::size_t j = 0; j < cols; ++j)
      row[j] = source[j * b.col_step];
    for (std::size_t j = cols; j < width; ++j)
      row[j] = 0;
  }
}

// Whether the kernel reads a panel of B' where it is instead of packing it: when its rows are
// whole vectors of consecutive numbers (B' stored as it is, the panel not cut off at the right
// edge), and the `depth` rows, row_step apart, span at most kInPlaceSpan bytes. The copy then
// saves more than it costs to read rows far apart. Measured on the lab's layers with the B' of
// ∂L/∂W = δᵀ·X and ∂L/∂X = δ·W: at batch 32, 4 to 16 % faster (rows 3 KB apart, 32 or 128 of
// them); at batch 256 ∂L/∂W reads 256 rows spanning 800 KB, a new memory page at almost every
// step k, and ran 30 % slower in place, so it is packed.
constexpr std::size_t kInPlaceSpan = 512 * 1024;
inline bool reads_panel_in_place(const View& b, std::size_t depth, bool whole_panel) {
  return b.col_step == 1 && whole_panel && depth * b.row_step * sizeof(Scalar) <= kInPlaceSpan;
}

// Copies rows first_row … first_row + rows − 1 of A' (k first_k … first_k + depth − 1) into a
// block of kTileRows rows, kDepthBlock apart, with zero rows after them: the A side of a tile at
// the bottom edge of the output, which has fewer than kTileRows real rows.
inline void pack_edge_rows(const View& a, std::size_t first_row, std::size_t rows,
                           std::size_t first_k, std::size_t depth, Scalar* block) {
  for (std::size_t i = 0; i < kTileRows; ++i)
    for (std::size_t k = 0; k < depth; ++k)
      block[i * kDepthBlock + k] = i < rows ? *a.at(first_row + i, first_k + k) : 0;
}

// Copies the rows x cols corner of out at (first_row, first_col) into a tile buffer whose rows
// are `width` numbers apart, or back.
inline void load_corner(const OutputView& out, std::size_t first_row, std::size_t first_col,
                        std::size_t rows, std::size_t cols, std::size_t width, Scalar* tile) {
  for (std::size_t i = 0; i < rows; ++i)
    for (std::size_t j = 0; j < cols; ++j)
      tile[i * width + j] = *out.at(first_row + i, first_col + j);
}
inline void store_corner(const Scalar* tile, std::size_t width, std::size_t first_row,
                         std::size_t first_col, std::size_t rows, std::size_t cols,
                         const OutputView& out) {
  for (std::size_t i = 0; i < rows; ++i)
    for (std::size_t j = 0; j < cols; ++j)
      *out.at(first_row + i, first_col + j) = tile[i * width + j];
}

}  // namespace mlp

#endif  // MLP_NO_VECTOR_EXTENSIONS
