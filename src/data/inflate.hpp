// inflate.hpp — decompressing raw DEFLATE data (RFC 1951), the format inside gzip, zip and PNG.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
//
// DEFLATE combines two ideas:
//
//   * Back-references (LZ77): a repeated piece of text is not stored again, but as a pair
//     (length, distance) meaning "copy `length` bytes starting `distance` bytes back in the
//     output so far". Lengths are 3 to 258, distances 1 to 32768.
//   * Huffman codes (huffman.hpp): literal bytes, lengths and distances are written as codes of
//     varying length, short for frequent values.
//
// The data is a series of blocks. Each starts with 3 bits: BFINAL (1 = this is the last block)
// and BTYPE (2 bits): 0 = stored (raw bytes), 1 = compressed with a fixed code the format
// defines, 2 = compressed with a code described at the start of the block ("dynamic"), 3 =
// invalid. A compressed block is a sequence of symbols from the literal/length alphabet:
//
//   0 … 255    a literal byte, copied to the output
//   256        end of the block
//   257 … 285  a back-reference length; then comes a distance symbol from a second code
//
// Lengths and distances have more possible values than symbols, so a symbol only selects a range
// and a few "extra bits" (a plain number, lowest bit first) select the value inside it. E.g.
// length symbol 266 means 13 or 14, with one extra bit; distance symbol 10 means 33 … 48, with
// four extra bits.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mlp {

// Decodes the DEFLATE stream that starts at input[offset] and appends the bytes it holds to
// `output`. Back-references may only reach bytes produced by this stream, not whatever `output`
// held before. Returns the offset of the first byte after the stream (the last byte of a stream
// is padded with unused bits).
//
// Throws std::runtime_error, with a message starting with `name`, for anything malformed:
// truncated input, a block type of 3, a stored block whose length check fails, invalid Huffman
// code lengths, an unused code, a distance reaching before the start, or `output` growing past
// `max_output` bytes in total (after an exception, `output` holds unspecified bytes). Each step
// consumes input or throws, so every input, however damaged, is dealt with quickly.
std::size_t inflate(const std::vector<std::uint8_t>& input, std::size_t offset,
                    std::vector<std::uint8_t>& output, std::size_t max_output,
                    const std::string& name);

}  // namespace mlp
