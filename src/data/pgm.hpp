// pgm.hpp — reading and writing grey-scale images in the PGM format, so a digit drawn in any
// paint program can be fed to the trained network.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
//
// A PGM file is a short text header followed by the pixels:
//
//   P5            magic: P5 = pixels as binary bytes, P2 = pixels as decimal text
//   # a comment   '#' starts a comment that runs to the end of the line (allowed between fields)
//   28 28         width and height in pixels
//   255           maxval, the value that means white (0 means black)
//   <pixels>      width x height values, row by row from the top-left corner
//
// Fields are separated by white space. In P5 exactly one white-space character follows maxval,
// then the pixels start: one byte each when maxval <= 255, two bytes each (most significant
// first) when maxval is 256 to 65535. In P2 each pixel is a decimal number, separated by white
// space (comments are allowed there too).
//
// Choices made here:
//  * Every maxval from 1 to 65535 is accepted, in P2 and P5, and each value v is scaled to a byte
//    as round(255 * v / maxval), so a 16-bit image or one with maxval 15 reads like an 8-bit one.
//  * Width and height are 1 to 4096; a value above maxval is an error; so is anything after the
//    pixels (other than white space in P2), since a file holding several images is not supported.
//
// MNIST draws a digit as white ink (255) on a black background (0). Drawings are usually the
// opposite, black ink on white paper, so mnist_pixels asks which kind the image is and inverts
// the second kind (v -> 255 - v) before the network sees it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mlp {

// A grey-scale image: width x height bytes, row by row, 0 = black, 255 = white.
struct GrayImage {
  std::size_t width = 0;
  std::size_t height = 0;
  std::vector<std::uint8_t> pixels;
};

// Parses a P5 or P2 file held in memory. Throws std::runtime_error with a one-line message that
// starts with `name` (bad magic, missing or out-of-range sizes, maxval 0 or above 65535, a bad
// number, a pixel above maxval, truncated pixels, bytes after the image).
GrayImage parse_pgm(const std::vector<std::uint8_t>& bytes, const std::string& name);

// Reads the PGM file at `path`.
GrayImage read_pgm(const std::string& path);

// Writes a binary P5 image with maxval 255 (through a temporary file and a rename). Throws
// std::invalid_argument unless pixels.size() == width * height and both are positive.
void write_pgm(const std::string& path, const std::vector<std::uint8_t>& pixels, std::size_t width,
               std::size_t height);

// How the ink of a digit image looks.
enum class Ink {
  LightOnDark,  // white digit on black, like MNIST: used as it is
  DarkOnLight,  // black digit on white, like a drawing on paper: inverted, v -> 255 - v
};

// The 784 bytes of an MNIST-style input (0 = background, 255 = ink) made from a 28 x 28 image.
// Throws std::runtime_error, naming `name` and the image's size, for any other size.
std::vector<std::uint8_t> mnist_pixels(const GrayImage& image, Ink ink, const std::string& name);

}  // namespace mlp
