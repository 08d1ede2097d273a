// fuzz_model.cpp — fuzz target for the model file reader (lab/model_file.hpp).
//
// Any bytes must either load or be refused with a std::runtime_error naming the input. A model
// that loads must save back to exactly the same bytes: the format has one way to write each
// model, so a difference means the reader accepted something the writer would never produce.
//
// The file ends with a CRC-32 of everything before it, so nearly every mutation the fuzzer makes
// is refused at the checksum, and the code after it (building the network, reading and checking
// the weights) would hardly be explored. So each input is also tried a second time with its last
// four bytes replaced by the correct checksum.
#include <stdexcept>

#include "data/crc32.hpp"
#include "fuzz_checks.hpp"
#include "lab/model_file.hpp"

namespace {

constexpr std::size_t kChecksumBytes = 4;

void check_model(const std::vector<std::uint8_t>& bytes) {
  try {
    mlp::LoadedModel model = mlp::parse_model(bytes, fuzz::kInputName);
    const std::string saved =
        mlp::serialize_model(model.sizes, model.activation, model.network, fuzz::kInputName);
    fuzz::require(saved == std::string(bytes.begin(), bytes.end()),
                  "a loaded model saves back to the same bytes");
  } catch (const std::runtime_error& error) {
    fuzz::require_clear_message(error, fuzz::kInputName + ": ");
  }
}

// The bytes with the checksum the format asks for in their last four bytes, lowest byte first.
std::vector<std::uint8_t> with_correct_checksum(std::vector<std::uint8_t> bytes) {
  const std::size_t covered = bytes.size() - kChecksumBytes;
  const std::uint32_t checksum = mlp::crc32(bytes.data(), covered);
  for (std::size_t i = 0; i < kChecksumBytes; ++i)
    bytes[covered + i] = static_cast<std::uint8_t>(checksum >> (8 * i));
  return bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::vector<std::uint8_t> bytes = fuzz::as_bytes(data, size);
  check_model(bytes);
  if (bytes.size() >= kChecksumBytes) check_model(with_correct_checksum(bytes));
  return 0;
}
