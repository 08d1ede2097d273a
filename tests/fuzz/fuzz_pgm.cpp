// fuzz_pgm.cpp — fuzz target for the PGM image reader (data/pgm.hpp).
//
// Any bytes must either parse or be refused with a std::runtime_error naming the input. A parsed
// image must have sides of 1 to 4096 pixels and exactly width x height pixels.
#include <stdexcept>

#include "data/pgm.hpp"
#include "fuzz_checks.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  mlp::GrayImage image;
  try {
    image = mlp::parse_pgm(fuzz::as_bytes(data, size), fuzz::kInputName);
  } catch (const std::runtime_error& error) {
    fuzz::require_clear_message(error, fuzz::kInputName + ": ");
    return 0;
  }
  fuzz::require(image.width >= 1 && image.width <= 4096, "width 1 to 4096");
  fuzz::require(image.height >= 1 && image.height <= 4096, "height 1 to 4096");
  fuzz::require(image.pixels.size() == image.width * image.height, "width x height pixels");
  return 0;
}
