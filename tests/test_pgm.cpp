// test_pgm.cpp — PGM images: binary and text pixels, comments, maxval scaling, the refusal of
// every kind of malformed header or pixel data, writing and reading back, and turning a drawing
// into an MNIST input.
#include <filesystem>

#include "check.hpp"
#include "data/pgm.hpp"
#include "report/atomic_file.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
using Bytes = std::vector<std::uint8_t>;

namespace {

Bytes bytes_of(const std::string& text) {
  return Bytes(text.begin(), text.end());
}

mlp::GrayImage parse(const std::string& text) {
  return mlp::parse_pgm(bytes_of(text), "digit.pgm");
}

void test_binary_and_text() {
  const mlp::GrayImage binary = parse(std::string("P5\n3 2\n255\n\x00\x10\xff\x80\x7f\x01", 17));
  CHECK_EQ(binary.width, 3u);
  CHECK_EQ(binary.height, 2u);
  CHECK(binary.pixels == Bytes({0x00, 0x10, 0xff, 0x80, 0x7f, 0x01}));

  const mlp::GrayImage text =
      parse("P2\n# drawn by hand\n3 2 # width height\n255\n0 16 255\n128 127 1\n");
  CHECK(text.pixels == binary.pixels);
  // Comments and any white space between the header fields; a comment inside the text pixels.
  CHECK(parse("P2#c\n3\t2\r\n#c\n255 0 16 255 # row 1\n128 127 1").pixels == binary.pixels);
  // The single white-space byte after maxval may be followed by a pixel that looks like space.
  CHECK(parse("P5 2 1 255\n\n ").pixels == Bytes({'\n', ' '}));
}

void test_maxval_scaling() {
  CHECK(parse("P2 3 1 15 0 15 7").pixels == Bytes({0, 255, 119}));  // 7/15 * 255 = 119
  CHECK(parse("P2 2 1 1 0 1").pixels == Bytes({0, 255}));
  // Two bytes per pixel, most significant first, when maxval is above 255.
  const std::string sixteen_bit("P5 3 1 65535\n\x00\x00\xff\xff\x80\x00", 19);
  CHECK(parse(sixteen_bit).pixels == Bytes({0, 255, 128}));
  CHECK(parse("P2 2 1 1000 1000 500").pixels == Bytes({255, 128}));
}

void test_refusals() {
  CHECK_THROWS_WITH(parse(""), "digit.pgm: not a PGM image");
  CHECK_THROWS_WITH(parse("P6 1 1 255 abc"), "digit.pgm: not a PGM image");
  CHECK_THROWS_WITH(parse("BM...."), "not a PGM image");
  CHECK_THROWS_WITH(parse("P55 1 1 255 x"), "unexpected '5' after the magic");
  CHECK_THROWS_WITH(parse("P5"), "digit.pgm: truncated: the file ends before the width");
  CHECK_THROWS_WITH(parse("P5 3"), "truncated: the file ends before the height");
  CHECK_THROWS_WITH(parse("P5 3 2 # no maxval"), "truncated: the file ends before the maxval");
  CHECK_THROWS_WITH(parse("P5 -3 2 255\n"), "bad width: expected a decimal number, found '-'");
  CHECK_THROWS_WITH(parse("P5 3 x 255\n"), "bad height: expected a decimal number, found 'x'");
  CHECK_THROWS_WITH(parse("P5 28x28 255\n"), "bad width: unexpected 'x' after the number");
  CHECK_THROWS_WITH(parse("P5 0 2 255\n"), "width 0 is out of range (1 to 4096)");
  CHECK_THROWS_WITH(parse("P5 3 5000 255\n"), "height 5000 is out of range");
  CHECK_THROWS_WITH(parse("P5 99999999999999999999 2 255\n"), "width is too large");
  CHECK_THROWS_WITH(parse("P5 3 2 0\n"), "maxval 0 is out of range (1 to 65535)");
  CHECK_THROWS_WITH(parse("P5 3 2 65536\n"), "maxval 65536 is out of range");
  CHECK_THROWS_WITH(parse("P5 3 2 255"), "truncated: the file ends before the pixels");
  CHECK_THROWS_WITH(parse("P5 3 2 255#\n123456"), "maxval must be followed by one white-space");
  CHECK_THROWS_WITH(parse("P5 3 2 255\nabcde"),
                    "digit.pgm: truncated: 3 x 2 pixels need 6 bytes, the file has 5");
  CHECK_THROWS_WITH(parse("P5 3 2 65535\nabcdef"), "need 12 bytes");
  CHECK_THROWS_WITH(parse("P5 3 2 255\nabcdefg"), "1 unexpected bytes after the image");
  CHECK_THROWS_WITH(parse("P5 1 1 300\n\x01\x2d"), "pixel 0 is 301, above maxval 300");
  CHECK_THROWS_WITH(parse("P2 3 2 255\n1 2 3 4 5"), "truncated: the file ends after 5 of 6");
  CHECK_THROWS_WITH(parse("P2 3 2 255\n1"), "truncated: 6 pixels cannot fit in the 2 bytes");
  CHECK_THROWS_WITH(parse("P2 2 1 255\n1 2 3"), "unexpected data after the image");
  CHECK_THROWS_WITH(parse("P2 2 1 255\n1 256"), "pixel value 256 is out of range (0 to 255)");
  CHECK_THROWS_WITH(parse("P2 2 1 255\n1 2.5"), "bad pixel value: unexpected '.'");
  CHECK_THROWS_WITH(parse("P2 2 1 255\n1 -2"), "bad pixel value: expected a decimal number");
  CHECK_THROWS_WITH(parse(std::string("P2 2 1 255\n1 \x01", 14)), "found byte 0x01");
}

// A binary image cut off anywhere must be refused, never read out of bounds.
void test_every_truncation() {
  const std::string image = "P5\n# a comment\n28 28\n255\n" + std::string(28 * 28, '\x7f');
  CHECK_EQ(parse(image).pixels.size(), 784u);
  std::size_t refused = 0;
  for (std::size_t length = 0; length < image.size(); ++length) {
    try {
      parse(image.substr(0, length));
    } catch (const std::exception&) {
      ++refused;
    }
  }
  CHECK_EQ(refused, image.size());
}

void test_files_and_mnist_input() {
  const test_files::TempFolder folder("test_pgm");
  const std::string path = folder.file("digit.pgm");

  Bytes drawing(28 * 28, 255);  // white paper
  drawing[5 * 28 + 14] = 0;     // one black dot of ink
  drawing[6 * 28 + 14] = 55;
  mlp::write_pgm(path, drawing, 28, 28);
  const mlp::GrayImage image = mlp::read_pgm(path);
  CHECK(image.pixels == drawing);
  CHECK(!fs::exists(path + ".tmp"));

  const Bytes as_is = mlp::mnist_pixels(image, mlp::Ink::LightOnDark, path);
  CHECK(as_is == drawing);
  const Bytes inverted = mlp::mnist_pixels(image, mlp::Ink::DarkOnLight, path);
  CHECK_EQ(inverted.size(), 784u);
  CHECK_EQ(inverted[0], 0);
  CHECK_EQ(inverted[5 * 28 + 14], 255);
  CHECK_EQ(inverted[6 * 28 + 14], 200);

  mlp::write_pgm(path, Bytes(27 * 28, 0), 27, 28);
  CHECK_THROWS_WITH(mlp::mnist_pixels(mlp::read_pgm(path), mlp::Ink::DarkOnLight, path),
                    path + ": the image is 27 x 28 pixels, an MNIST digit must be 28 x 28");
  CHECK_THROWS_WITH(mlp::write_pgm(path, Bytes(10, 0), 3, 3), "10 pixels do not make a 3 x 3");
  CHECK_THROWS_WITH(mlp::write_pgm(path, {}, 0, 0), "do not make a 0 x 0");

  mlp::write_file_atomically(path, "P5 2 2 255\n\x01");
  CHECK_THROWS_WITH(mlp::read_pgm(path), path + ": truncated");
  const std::string missing = folder.file("missing.pgm");
  CHECK_THROWS_WITH(mlp::read_pgm(missing), missing + ": no such file");
}

}  // namespace

int main() {
  test_binary_and_text();
  test_maxval_scaling();
  test_refusals();
  test_every_truncation();
  test_files_and_mnist_input();
  return check::summary();
}
