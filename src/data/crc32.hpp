// crc32.hpp — the CRC-32 checksum, which file formats store to detect damaged bytes.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
//
// A CRC treats the bytes as one long binary polynomial and keeps the remainder of dividing it by
// a fixed polynomial of degree 32 (arithmetic with single bits, where adding is XOR). Any change
// of one to 32 consecutive bits changes the remainder, so a flipped bit, a burst of noise or a
// damaged sector is caught for sure, and random damage slips through only once in 2^32.
//
// This is the common variant used by zip, gzip and PNG: polynomial 0x04C11DB7, processed with
// the lowest bit first (so the constant in the code is its bit-reversed form 0xEDB88320), the
// register starting at all ones and inverted at the end. crc32("123456789") = 0xCBF43926.
#pragma once

#include <cstddef>
#include <cstdint>

namespace mlp {

// The CRC-32 of `size` bytes. To checksum data that arrives in pieces, pass the result for the
// earlier pieces as `previous`: crc32(b, nb, crc32(a, na)) equals the CRC of a followed by b.
std::uint32_t crc32(const std::uint8_t* bytes, std::size_t size, std::uint32_t previous = 0);

}  // namespace mlp
