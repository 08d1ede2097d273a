// register_tile.hpp — the innermost kernel of blocked_products.cpp: a tile of the output kept in
// vector registers while it sums over k, written with GCC/Clang vector extensions. Fast tier:
// speed support code, not needed to follow the lesson.
//
// Why it is written with explicit vectors. An earlier kernel kept the tile in a plain array,
// `Scalar sums[rows][cols]`, with loops of fixed length, and left it to the compiler to turn that
// into vector registers. clang++ 14 did (31–35 GFLOP/s on one AMD Zen 1 core, all of OpenBLAS's
// SGEMM there), but g++ 12 for AVX2 processors (-march=x86-64-v3, haswell, znver1–3) chose 16-byte
// vectors instead of 32-byte ones: the 6 x 16 float tile then needed 24 of the 16 vector
// registers, spilled to the stack, and the loop held about 96 `vfmadd…ps xmm` against 4 on `ymm`.
// It ran at 1.8 GFLOP/s, six times slower than the plain loop-ordered product (11 GFLOP/s). So
// here the vector width is fixed by the type Vec, not by the vectoriser's cost model, and every
// accumulator is a named local variable: no optimisation pass has to discover that an array can
// live in registers, and 12 (or 16) vectors fit in the 16 (or 32) registers with room to spare.
//
// With g++ 12 and clang++ 14 the loop over k below becomes 12 `vfmadd…ps` on ymm registers
// (AVX2: -march=x86-64-v3, haswell, znver1, znver3), 16 on zmm (AVX-512: native on an Intel Xeon,
// skylake-avx512), 16 `fmla` on q registers (aarch64 NEON), or 12 `mulps` and 12 `addps` (SSE
// only: x86-64-v2), each with no access to the stack. Measured on one core of that Xeon, shared
// with other work, at batch 256, alongside OpenBLAS 0.3.21's SGEMM: with g++ at
// -march=x86-64-v3 the array version ran at 2.2–2.3 GFLOP/s and the loop-ordered ∂L/∂W and ∂L/∂X
// at 20; this kernel runs at 80–89, OpenBLAS's AVX2 kernel at 79–83. At -march=native (AVX-512)
// this kernel runs at 150–167 GFLOP/s, OpenBLAS's AVX-512 kernel at 140–155. clang++ 14 does
// as well.
//
// A compiler without vector extensions (or a build with MLP_NO_VECTOR_EXTENSIONS, CMake option
// MLP_VECTOR_EXTENSIONS=OFF) gets none of this: blocked_products.cpp then uses the plain loops.
#pragma once

#if !defined(MLP_NO_VECTOR_EXTENSIONS) && !defined(__GNUC__) && !defined(__clang__)
#define MLP_NO_VECTOR_EXTENSIONS
#endif

#ifndef MLP_NO_VECTOR_EXTENSIONS

#include <cstddef>
#include <cstring>

#include "framework/scalar.hpp"

namespace mlp {

// The widest vectors of the processor we compile for, and how many vector registers it has.
#if defined(__AVX512F__)
constexpr std::size_t kVectorBytes = 64, kVectorRegisters = 32;
#elif defined(__AVX__)
constexpr std::size_t kVectorBytes = 32, kVectorRegisters = 16;
#elif defined(__aarch64__)
constexpr std::size_t kVectorBytes = 16, kVectorRegisters = 32;  // NEON
#else
constexpr std::size_t kVectorBytes = 16, kVectorRegisters = 16;  // SSE2, or plain code elsewhere
#endif

// One vector of kLanes numbers: + and * work lane by lane, and a Scalar on one side of an
// operation stands for kLanes copies of itself.
typedef Scalar Vec __attribute__((vector_size(kVectorBytes)));
constexpr std::size_t kLanes = kVectorBytes / sizeof(Scalar);

// The tile is kTileRows x 2 vectors. With 16 registers: 12 accumulators (6 rows), 2 for the row
// of B, 1 for the broadcast A(i, k) and 1 spare (SSE has no fused multiply-add, so a·b needs a
// register of its own before it is added). With 32 registers: 16 accumulators (8 rows). An output
// whose rows fit one vector (the 10 classes of the lab's last layer with AVX-512) gets tiles one
// vector wide instead, kVectors = 1 below: in a tile of 2 vectors only 10 of its 32 columns would
// be used.
//
// Rows that do not fill a whole tile at the bottom of the output get a short tile of
// kShortTileRows rows where they can: the lab's 128 outputs are 21 tiles of 6 rows and 2 rows
// left over, which a full tile would compute as 6 rows, 4 of them zero — 3 % of the work of the
// whole product wasted. As 20 tiles of 6 and 2 of 4 nothing is. A short tile two vectors wide
// still has 8 independent sums, enough to hide the 4-cycle latency of a multiply-add on two units.
constexpr std::size_t kTileRows = kVectorRegisters >= 32 ? 8 : 6;
constexpr std::size_t kShortTileRows = 4;
constexpr std::size_t kTileCols = 2 * kLanes;
static_assert(kTileRows == 6 || kTileRows == 8,
              "update_tile names the accumulators of 4, 6 or 8 rows");

// Vectors read from and written to any address: memcpy of a constant size is one unaligned
// vector load or store.
inline Vec load(const Scalar* from) {
  Vec v;
  std::memcpy(&v, from, sizeof v);
  return v;
}
inline void store(Scalar* to, Vec v) {
  std::memcpy(to, &v, sizeof v);
}

// One row of the tile at one step k: left += a_ik·b_left and right += a_ik·b_right, where a_ik
// stands for kLanes copies of itself (a broadcast); a tile one vector wide has no right half.
template <std::size_t kVectors>
inline void add_row(Scalar a_ik, Vec b_left, Vec b_right, Vec& left, Vec& right) {
  left += a_ik * b_left;
  if constexpr (kVectors == 2) right += a_ik * b_right;
}

// tile += A'·panel over `depth` values of k, where A'(i, k) is a[i * a_row_step + k * a_col_step]
// for the kRows rows of the tile (kTileRows or kShortTileRows), row k of the panel is the
// kVectors·kLanes numbers from panel + k * panel_step on, and the tile is kRows x kVectors·kLanes
// numbers, rows tile_step apart, starting from 0 when `start`.
//
// Row i of the tile is the pair (left_i, right_i). Each step k loads the two vectors of the
// panel's row k and, for every row i, broadcasts A'(i, k) and does two multiply-adds: with
// 6 rows, 12 multiply-adds for 8 loads, and no store until the sum is complete. A tile one
// vector wide loads one vector and does one multiply-add per row; its right_i stay unused, as do
// the rows past kRows.
template <std::size_t kRows, std::size_t kVectors>
inline void update_tile(const Scalar* a, std::size_t a_row_step, std::size_t a_col_step,
                        std::size_t depth, const Scalar* panel, std::size_t panel_step, bool start,
                        Scalar* tile, std::size_t tile_step) {
  static_assert(kVectors == 1 || kVectors == 2, "a tile is one or two vectors wide");
  static_assert(kRows == kShortTileRows || kRows == kTileRows, "a tile has 4, 6 or 8 rows");
  const auto initial = [&](std::size_t i, std::size_t half) {
    return start || i >= kRows || half >= kVectors ? Vec{}
                                                   : load(tile + i * tile_step + half * kLanes);
  };
  Vec left0 = initial(0, 0), right0 = initial(0, 1), left1 = initial(1, 0), right1 = initial(1, 1);
  Vec left2 = initial(2, 0), right2 = initial(2, 1), left3 = initial(3, 0), right3 = initial(3, 1);
  Vec left4 = initial(4, 0), right4 = initial(4, 1), left5 = initial(5, 0), right5 = initial(5, 1);
  Vec left6 = initial(6, 0), right6 = initial(6, 1), left7 = initial(7, 0), right7 = initial(7, 1);
  // Not unrolled: clang++ 14 tuning for AMD Zen (-march=znver3) unrolls this loop 8 times, and
  // with AVX-512 enabled too it then runs short of registers: 72 vector loads and stores to the
  // stack per 8 steps.
#pragma GCC unroll 1
  for (std::size_t k = 0; k < depth; ++k, a += a_col_step, panel += panel_step) {
    const Vec b_left = load(panel), b_right = kVectors == 2 ? load(panel + kLanes) : Vec{};
    add_row<kVectors>(a[0 * a_row_step], b_left, b_right, left0, right0);
    add_row<kVectors>(a[1 * a_row_step], b_left, b_right, left1, right1);
    add_row<kVectors>(a[2 * a_row_step], b_left, b_right, left2, right2);
    add_row<kVectors>(a[3 * a_row_step], b_left, b_right, left3, right3);
    if constexpr (kRows >= 6) {
      add_row<kVectors>(a[4 * a_row_step], b_left, b_right, left4, right4);
      add_row<kVectors>(a[5 * a_row_step], b_left, b_right, left5, right5);
    }
    if constexpr (kRows == 8) {
      add_row<kVectors>(a[6 * a_row_step], b_left, b_right, left6, right6);
      add_row<kVectors>(a[7 * a_row_step], b_left, b_right, left7, right7);
    }
  }
  const auto store_row = [&](std::size_t i, Vec left, Vec right) {
    if (i >= kRows) return;
    store(tile + i * tile_step, left);
    if constexpr (kVectors == 2) store(tile + i * tile_step + kLanes, right);
  };
  store_row(0, left0, right0);
  store_row(1, left1, right1);
  store_row(2, left2, right2);
  store_row(3, left3, right3);
  store_row(4, left4, right4);
  store_row(5, left5, right5);
  store_row(6, left6, right6);
  store_row(7, left7, right7);
}

}  // namespace mlp

#endif  // MLP_NO_VECTOR_EXTENSIONS
