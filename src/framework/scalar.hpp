// scalar.hpp — the one place where the number type of the whole framework is chosen.
//
// support code: float for the programs, double for the gradient-check tests.
//
// Training uses 32-bit float: half the memory of double and twice as many numbers per vector
// instruction. The gradient-check tests build the same sources a second time with
// -DMLP_SCALAR=double, because finite differences need the extra precision to be trusted.
#pragma once

#ifndef MLP_SCALAR
#define MLP_SCALAR float
#endif

namespace mlp {
using Scalar = MLP_SCALAR;
}  // namespace mlp
