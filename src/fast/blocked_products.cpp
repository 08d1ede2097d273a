// blocked_products.cpp — fast matrix products from plain loops: register tiles, packed panels,
// blocks of k that stay in the cache, and the output split over threads. Fast tier: speed support
// code, not needed to follow the lesson (lessons/speed.md explains it).
//
// The loop-ordered product of products.cpp does, for every multiply-add out[i][j] += a·b[k][j],
// a load of b, a load of out and a store of out. The processor can do one or two vector
// multiply-adds per cycle but not three memory operations per multiply-add as well, so the
// arithmetic waits. lessons/speed.md tells the whole story; in short the code below
//
//   * keeps a tile of the output, kTileRows x kTileCols numbers, in vector registers for the
//     whole sum over k (register_tile.hpp: 6 rows x 2 vectors with AVX2 or SSE, 8 rows x 2
//     vectors with AVX-512 or NEON), so the output is loaded and stored once per tile, not once
//     per k. Rows left at the bottom get short tiles of 4 rows, or fewer rows padded with zeros.
//   * reads B from a packed panel (packed_panels.hpp): the kTileCols columns of the tile copied,
//     row after row, into one contiguous buffer (zero-padded at the right edge). The kernel then
//     always reads whole vectors from consecutive addresses, whatever B's layout — for A·Bᵀ the
//     copy is where the transposition happens. A B' whose rows are already whole vectors is read
//     in place when the sum is short enough (reads_panel_in_place).
//   * packs at most kDepthBlock rows (values of k) at a time, 128 KB, which stays in the L2 cache
//     while every row tile of A walks over it. The lab's products (k ≤ 784) need just one block.
//   * splits the output into contiguous blocks, one per part, run by the thread pool: ranges of
//     whole panels of columns where there are enough of them, so that no two threads pack the
//     same panel, and ranges of whole row tiles otherwise or where B' is read in place — or, for
//     a B' that is a transposed matrix, panels packed once by all threads together and then
//     ranges of rows. Each output entry is computed by exactly one part, with the same tiles and
//     the same order of additions whatever the number of parts, so the result is bit-identical
//     for any thread count.
//
// All three products become one: out = A'·B' where A' and B' are views of the operands with
// strides, and a transposed matrix is the same memory with its two strides swapped.
//
// Without GCC/Clang vector extensions (another compiler, or MLP_NO_VECTOR_EXTENSIONS) the three
// functions are the reference tier's loop-ordered products (products.cpp): slower, and just as
// correct.
#include "fast/blocked_products.hpp"

#include "fast/packed_panels.hpp"
#include "fast/register_tile.hpp"
#include "framework/cache_line_allocator.hpp"
#include "framework/reference_kernels.hpp"

#ifdef MLP_NO_VECTOR_EXTENSIONS

namespace mlp {

void matmul_blocked(const Matrix& a, const Matrix& b, Matrix& out) {
  reference::matmul(a, b, out);
}
void matmul_a_bt_blocked(const Matrix& a, const Matrix& b, Matrix& out) {
  reference::matmul_a_bt(a, b, out);
}
void matmul_at_b_blocked(const Matrix& a, const Matrix& b, Matrix& out) {
  reference::matmul_at_b(a, b, out);
}

}  // namespace mlp

#else

#include <algorithm>
#include <vector>

#include "fast/parallel.hpp"

namespace mlp {
namespace {

// Where the tiles of a block of rows change: full tiles of kTileRows rows up to short_row, short
// tiles of kShortTileRows up to edge_row, and the rows left after that (fewer than
// kShortTileRows) in one edge tile. With 6-row tiles, 2 rows left over become two short tiles
// with the 6 rows before them: 8 = 4 + 4.
struct RowCuts {
  std::size_t short_row;
  std::size_t edge_row;
};
RowCuts cut_rows(std::size_t first_row, std::size_t end_row) {
  std::size_t full = (end_row - first_row) / kTileRows;
  std::size_t left = (end_row - first_row) % kTileRows;
  if (left > 0 && left + kTileRows == 2 * kShortTileRows && full > 0) {
    --full;
    left += kTileRows;
  }
  const std::size_t short_row = first_row + full * kTileRows;
  return {short_row, short_row + left / kShortTileRows * kShortTileRows};
}

// The block of out = A'·B' in rows first_row … end_row − 1 and columns first_col … end_col − 1;
// first_row is a multiple of kTileRows and first_col of kTileCols. A tile that sticks out of out
// at the right edge, the edge tile at the bottom (packed with zero rows to a full tile), or an
// output stored transposed, is computed in a local tile and then copied to its place. The panels
// of B' are packed here, one at a time, unless they are read in place (reads_panel_in_place) or
// `packed` holds them all already (see blocked_product). Tiles are kVectors vectors wide.
template <std::size_t kVectors>
void multiply_block(const View& a, const View& b, std::size_t first_row, std::size_t end_row,
                    std::size_t first_col, std::size_t end_col, const OutputView& out,
                    const Scalar* packed) {
  constexpr std::size_t width = kVectors * kLanes;
  // Buffers on the stack, so nothing is allocated: the 128 KB panel and at most 256 KB of edge
  // rows (NEON, double), below the 512 KB or more a thread gets with glibc or macOS.
  alignas(64) Scalar panel[kDepthBlock * kTileCols];
  alignas(64) Scalar edge_rows[kTileRows * kDepthBlock];
  alignas(64) Scalar tile[kTileRows * kTileCols] = {};
  const RowCuts cuts = cut_rows(first_row, end_row);
  for (std::size_t k0 = 0; k0 < a.cols; k0 += kDepthBlock) {
    const std::size_t depth = std::min(kDepthBlock, a.cols - k0);
    const bool start = k0 == 0;
    // The A side of the edge tile is the same for every panel: packed once per block of k.
    if (cuts.edge_row < end_row)
      pack_edge_rows(a, cuts.edge_row, end_row - cuts.edge_row, k0, depth, edge_rows);
    for (std::size_t j0 = first_col; j0 < end_col; j0 += width) {
      const std::size_t cols = std::min(width, end_col - j0);
      const bool in_place = !packed && reads_panel_in_place(b, depth, cols == width);
      const Scalar* panel_rows = packed     ? packed + j0 / width * depth * width
                                 : in_place ? b.at(k0, j0)
                                            : panel;
      const std::size_t panel_step = in_place ? b.row_step : width;
      if (!packed && !in_place) pack_panel(b, k0, depth, j0, cols, width, panel);
      // A tile of tile_rows rows of A' (from a_rows on) times the panel, into `to`, whose rows
      // are to_step apart.
      const auto update = [&](std::size_t tile_rows, const Scalar* a_rows, std::size_t row_step,
                              std::size_t col_step, Scalar* to, std::size_t to_step) {
        if (tile_rows == kShortTileRows)
          update_tile<kShortTileRows, kVectors>(a_rows, row_step, col_step, depth, panel_rows,
                                                panel_step, start, to, to_step);
        else
          update_tile<kTileRows, kVectors>(a_rows, row_step, col_step, depth, panel_rows,
                                           panel_step, start, to, to_step);
      };
      std::size_t rows = 0;
      for (std::size_t i0 = first_row; i0 < end_row; i0 += rows) {
        const bool edge = i0 >= cuts.edge_row;
        rows = i0 < cuts.short_row ? kTileRows : edge ? end_row - i0 : kShortTileRows;
        const std::size_t tile_rows = edge ? kTileRows : rows;
        if (!edge && cols == width && out.col_step == 1) {
          update(tile_rows, a.at(i0, k0), a.row_step, a.col_step, out.at(i0, j0), out.row_step);
          continue;
        }
        if (!start) load_corner(out, i0, j0, rows, cols, width, tile);
        if (edge)
          update(tile_rows, edge_rows, kDepthBlock, 1, tile, width);
        else
          update(tile_rows, a.at(i0, k0), a.row_step, a.col_step, tile, width);
        store_corner(tile, width, i0, j0, rows, cols, out);
      }
    }
  }
}

// One part's block of out: with tiles one vector wide when every row of the output fits one
// vector, two vectors wide otherwise.
void multiply_part(const View& a, const View& b, std::size_t first_row, std::size_t end_row,
                   std::size_t first_col, std::size_t end_col, const OutputView& out,
                   const Scalar* packed) {
  if (b.cols <= kLanes)
    multiply_block<1>(a, b, first_row, end_row, first_col, end_col, out, packed);
  else
    multiply_block<2>(a, b, first_row, end_row, first_col, end_col, out, packed);
}

// Every panel of B' packed one after the other, for a product whose k fits one block: the
// buffer of the calling thread, which keeps its size from one call to the next. It starts at a
// cache line, like the panel on the stack (alignas) and every Matrix (cache_line_allocator.hpp):
// with a plain std::vector's 16-byte alignment every 64-byte AVX-512 load from the panel
// straddled two cache lines, and the forward product at batch 256 on two threads took 199 µs
// instead of 183.
Scalar* all_panels_buffer(std::size_t panels, std::size_t depth) {
  thread_local std::vector<Scalar, CacheLineAllocator<Scalar>> buffer;
  if (buffer.size() < panels * depth * kTileCols) buffer.resize(panels * depth * kTileCols);
  return buffer.data();
}

// When B' is a transposed matrix (the weights of the forward X·Wᵀ), packing is a transposition,
// scattered reads, and the rows of A are the minibatch, which each thread has just gathered (and
// copied) half of into its own cache. Then it pays to pack every panel once, the threads sharing
// the panels out, and to split the rows: each thread multiplies the rows it already holds, and
// only the packed panels travel between the caches. Measured on the lab's first layer at batch
// 256 with two threads: 2.4 ms less per epoch of 0.14 s than splitting the columns. Only where
// every part has a panel to pack (with fewer panels the others would wait for the packing; at
// batch 32 that made the forward product 30 % slower), and where B' has no more columns than A'
// has rows: the panels are then the smaller operand, and a minibatch smaller than the others
// (the last of an epoch) never needs a larger buffer.
bool share_packed_panels(const View& a, const View& b, std::size_t parts, std::size_t panels,
                         std::size_t row_tiles) {
  return parts > 1 && b.col_step != 1 && a.cols <= kDepthBlock && panels >= parts &&
         row_tiles >= parts && b.cols <= a.rows && b.cols > kLanes;
}

// out = A'·B', split into one block per part. Every part packs the panels of B' for the columns
// it computes, so when there are enough panels to go round the columns are split, in ranges of
// whole panels, and no panel is packed twice; otherwise (an output of few columns, such as the
// 10 classes of the lab's last layer) the rows are split, in ranges of whole tiles. The rows are
// split too where B' is read in place, with nothing to pack: each part then writes whole rows,
// the ranges the update θ ← θ − η·∂L/∂θ splits the weights into, and ∂L/∂W at batch 32 on two
// threads ran at 234 instead of 174 GFLOP/s (AVX-512) — as long as every part gets a whole tile of
// rows: the 10 rows of the small layer's ∂L/∂W, a tile of 8 rows and one of 2, would make two parts
// of very different sizes, so there the columns are split. A transposed B' is packed once by all
// parts and the rows split (share_packed_panels above). Small products (is_small below), empty
// ones included, never come here.
void blocked_product(const View& a, const View& b, const OutputView& out) {
  const std::size_t row_tiles = (a.rows + kTileRows - 1) / kTileRows;
  const std::size_t panels = (b.cols + kTileCols - 1) / kTileCols;
  const double work = double(a.rows) * double(b.cols) * double(a.cols);
  const std::size_t parts = split_count(work, std::max(row_tiles, panels));
  const bool in_place = reads_panel_in_place(b, std::min(a.cols, kDepthBlock), true);
  const bool split_columns = panels >= parts && !(in_place && a.rows / kTileRows >= parts);
  const auto first_row_of = [&](std::size_t part) { return row_tiles * part / parts * kTileRows; };
  const auto end_row_of = [&](std::size_t part) {
    return std::min(a.rows, first_row_of(part + 1));
  };
  if (share_packed_panels(a, b, parts, panels, row_tiles)) {
    Scalar* packed = all_panels_buffer(panels, a.cols);
    shared_thread_pool().run(parts, [&](std::size_t part) {
      for (std::size_t p = panels * part / parts; p < panels * (part + 1) / parts; ++p) {
        const std::size_t first_col = p * kTileCols;
        pack_panel(b, 0, a.cols, first_col, std::min(kTileCols, b.cols - first_col), kTileCols,
                   packed + p * a.cols * kTileCols);
      }
    });
    shared_thread_pool().run(parts, [&](std::size_t part) {
      multiply_block<2>(a, b, first_row_of(part), end_row_of(part), 0, b.cols, out, packed);
    });
    return;
  }
  shared_thread_pool().run(parts, [&](std::size_t part) {
    if (split_columns) {
      const std::size_t first_col = panels * part / parts * kTileCols;
      const std::size_t end_col = std::min(b.cols, panels * (part + 1) / parts * kTileCols);
      multiply_part(a, b, 0, a.rows, first_col, end_col, out, nullptr);
    } else {
      multiply_part(a, b, first_row_of(part), end_row_of(part), 0, b.cols, out, nullptr);
    }
  });
}

// A product with fewer output rows than a tile (one image at a time, say) would waste most of
// every register tile; with fewer values of k than a tile has rows, loading and storing the tile
// would cost more than the few multiply-adds in between. Such small products run on the calling
// thread without tiles: A·B and Aᵀ·B as the reference tier's loop-ordered versions (products.cpp),
// whose inner loop already runs along rows in vectors, and A·Bᵀ as one dot() per entry.
bool is_small(std::size_t output_rows, std::size_t depth) {
  return output_rows < kTileRows || depth < kTileRows;
}

// Σ_k x[k]·y[k], for a small A·Bᵀ. A single running sum would make every multiply-add wait for
// the one before; four vectors of partial sums keep the vector units busy, and are added up
// pairwise at the end: the four vectors into one, then its halves, down to one lane.
Scalar dot(const Scalar* x, const Scalar* y, std::size_t count) {
  Vec sum0 = {}, sum1 = {}, sum2 = {}, sum3 = {};
  std::size_t k = 0;
  for (; k + 4 * kLanes <= count; k += 4 * kLanes) {
    sum0 += load(x + k) * load(y + k);
    sum1 += load(x + k + kLanes) * load(y + k + kLanes);
    sum2 += load(x + k + 2 * kLanes) * load(y + k + 2 * kLanes);
    sum3 += load(x + k + 3 * kLanes) * load(y + k + 3 * kLanes);
  }
  Vec sum = (sum0 + sum2) + (sum1 + sum3);
  for (std::size_t width = kLanes / 2; width > 0; width /= 2)
    for (std::size_t lane = 0; lane < width; ++lane)
      sum[lane] += sum[lane + width];
  Scalar total = sum[0];
  for (; k < count; ++k)
    total += x[k] * y[k];
  return total;
}

}  // namespace

void matmul_blocked(const Matrix& a, const Matrix& b, Matrix& out) {
  require_product_fits(a.cols(), b.rows(), "matmul (A·B)", a, b);
  if (is_small(a.rows(), a.cols())) return reference::matmul(a, b, out);
  out.reshape(a.rows(), b.cols());
  blocked_product(as_stored(a.data(), a), as_stored(b.data(), b), as_stored(out.data(), out));
}

// For A·Bᵀ the panels hold B' = Bᵀ, so packing them is a transposition, which for a minibatch of
// 32 examples against 128 x 784 weights takes a quarter as long as the product itself. When A has
// fewer rows than B, the transposed product outᵀ = B·Aᵀ packs the smaller A instead, and writes
// its tiles transposed. Each entry is still the same sum in the same order (a·b = b·a exactly).
void matmul_a_bt_blocked(const Matrix& a, const Matrix& b, Matrix& out) {
  require_product_fits(a.cols(), b.cols(), "matmul_a_bt (A·Bᵀ)", a, b);
  out.reshape(a.rows(), b.rows());
  if (is_small(a.rows(), a.cols())) {
    for (std::size_t i = 0; i < a.rows(); ++i)
      for (std::size_t j = 0; j < b.rows(); ++j)
        out(i, j) = dot(a.row(i), b.row(j), a.cols());
  } else if (a.rows() >= kTileCols && a.rows() < b.rows()) {
    blocked_product(as_stored(b.data(), b), transposed(a.data(), a), transposed(out.data(), out));
  } else {
    blocked_product(as_stored(a.data(), a), transposed(b.data(), b), as_stored(out.data(), out));
  }
}

void matmul_at_b_blocked(const Matrix& a, const Matrix& b, Matrix& out) {
  require_product_fits(a.rows(), b.rows(), "matmul_at_b (Aᵀ·B)", a, b);
  if (is_small(a.cols(), a.rows())) return reference::matmul_at_b(a, b, out);
  out.reshape(a.cols(), b.cols());
  blocked_product(transposed(a.data(), a), as_stored(b.data(), b), as_stored(out.data(), out));
}

}  // namespace mlp

#endif  // MLP_NO_VECTOR_EXTENSIONS
