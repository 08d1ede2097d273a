// fuzz_idx.cpp — fuzz target for the IDX reader (data/idx.hpp), gzip-compressed input included.
//
// Any bytes must either parse or be refused with a std::runtime_error naming the input. A parsed
// array must keep the reader's promises: 1 to 4 dimensions, none of size 0, and exactly as many
// element bytes as the sizes multiply to.
#include <stdexcept>

#include "data/idx.hpp"
#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  mlp::IdxArray array;
  try {
    array = mlp::parse_idx(fuzz::as_bytes(data, size), fuzz::kInputName);
  } catch (const std::runtime_error& error) {
    fuzz::require_clear_message(error, fuzz::kInputName + ": ");
    return 0;
  }
  fuzz::require(!array.dims.empty() && array.dims.size() <= 4, "1 to 4 dimensions");
  std::uint64_t elements = 1;
  for (std::uint32_t dim : array.dims) {
    fuzz::require(dim > 0, "no dimension of size 0");
    elements *= dim;  // cannot overflow: the product is at most the number of bytes read
  }
  fuzz::require(elements == array.bytes.size(), "as many element bytes as the sizes say");
  return 0;
}
