// fuzz_gzip.cpp — fuzz target for the gzip/DEFLATE decoder (data/gzip.hpp).
//
// Any bytes must either unpack or be refused with a std::runtime_error naming the input. When
// they unpack to n bytes, the size limit is tried on the same input as well: a limit of exactly
// n must give the same bytes, a limit of n - 1 must be refused, never exceeded.
#include <stdexcept>

#include "data/gzip.hpp"
#include "fuzz_checks.hpp"

namespace {

// The unpacked bytes, or nothing when the decoder refused the input as documented.
bool try_gunzip(const std::vector<std::uint8_t>& compressed, std::size_t max_output,
                std::vector<std::uint8_t>& output) {
  try {
    output = mlp::gunzip(compressed, fuzz::kInputName, max_output);
    return true;
  } catch (const std::runtime_error& error) {
    fuzz::require_clear_message(error, fuzz::kInputName + ": ");
    return false;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<std::uint8_t> compressed = fuzz::as_bytes(data, size);
  std::vector<std::uint8_t> output;
  if (!try_gunzip(compressed, mlp::kDefaultMaxGunzipBytes, output)) return 0;
  fuzz::require(output.size() <= mlp::kDefaultMaxGunzipBytes, "the output exceeds the limit");

  std::vector<std::uint8_t> at_limit;
  fuzz::require(try_gunzip(compressed, output.size(), at_limit) && at_limit == output,
                "a limit of exactly the unpacked size changes the result");
  if (!output.empty()) {
    std::vector<std::uint8_t> below_limit;
    fuzz::require(!try_gunzip(compressed, output.size() - 1, below_limit),
                  "a limit one byte below the unpacked size is not enforced");
  }
  return 0;
}
