// pgm.cpp — a careful PGM header reader, the two pixel encodings, and a P5 writer.
//
// support code: reading data files; nothing in it is needed to follow the lessons.
#include "data/pgm.hpp"

#include <stdexcept>

#include "data/read_file.hpp"
#include "report/atomic_file.hpp"

namespace mlp {
namespace {

constexpr std::uint64_t kMaxSide = 4096;
constexpr std::uint64_t kMaxMaxval = 65535;
constexpr std::size_t kMaxDigits = 9;  // larger numbers are refused before they could overflow
constexpr std::uintmax_t kMaxFileBytes = std::uintmax_t{256} << 20;
constexpr std::size_t kMnistSide = 28;

bool is_space(std::uint8_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
bool is_digit(std::uint8_t c) {
  return c >= '0' && c <= '9';
}

// A byte as a reader can see it in a message: 'x' when printable, else its hex value.
std::string shown(std::uint8_t c) {
  if (c >= ' ' && c <= '~') return std::string("'") + static_cast<char>(c) + "'";
  const char* hex = "0123456789abcdef";
  return std::string("byte 0x") + hex[c >> 4] + hex[c & 15];
}

// Walks through the bytes of one PGM file, field by field.
class PgmReader {
 public:
  PgmReader(const std::vector<std::uint8_t>& bytes, const std::string& name)
      : bytes_(bytes), name_(name) {}

  [[noreturn]] void fail(const std::string& problem) const {
    throw std::runtime_error(name_ + ": " + problem);
  }

  bool at_end() const { return offset_ == bytes_.size(); }
  std::size_t remaining() const { return bytes_.size() - offset_; }
  std::uint8_t peek() const { return bytes_[offset_]; }
  const std::uint8_t* take(std::size_t count) {
    offset_ += count;
    return bytes_.data() + offset_ - count;
  }

  // Skips white space and '#' comments (each running to the end of its line).
  void skip_space_and_comments() {
    while (!at_end()) {
      if (is_space(peek())) {
        ++offset_;
      } else if (peek() == '#') {
        while (!at_end() && peek() != '\n' && peek() != '\r')
          ++offset_;
      } else {
        return;
      }
    }
  }

  // The next decimal number; `what` names it in messages. It must end at white space, a comment
  // or the end of the file, so "28x28" or "12abc" are refused rather than half read.
  std::uint64_t number(const char* what) {
    skip_space_and_comments();
    if (at_end()) fail(std::string("truncated: the file ends before the ") + what);
    if (!is_digit(peek())) {
      fail(std::string("bad ") + what + ": expected a decimal number, found " + shown(peek()));
    }
    std::uint64_t value = 0;
    std::size_t digits = 0;
    for (; !at_end() && is_digit(peek()); ++offset_, ++digits) {
      if (digits == kMaxDigits) fail(std::string(what) + " is too large (over 9 digits)");
      value = 10 * value + (peek() - '0');
    }
    if (!at_end() && !is_space(peek()) && peek() != '#') {
      fail(std::string("bad ") + what + ": unexpected " + shown(peek()) + " after the number");
    }
    return value;
  }

  std::uint64_t number_in_range(const char* what, std::uint64_t low, std::uint64_t high) {
    const std::uint64_t value = number(what);
    if (value < low || value > high) {
      fail(std::string(what) + " " + std::to_string(value) + " is out of range (" +
           std::to_string(low) + " to " + std::to_string(high) + ")");
    }
    return value;
  }

 private:
  const std::vector<std::uint8_t>& bytes_;
  const std::string& name_;
  std::size_t offset_ = 0;
};

// Maps a value from 0..maxval to 0..255, rounding to the nearest byte.
std::uint8_t to_byte(std::uint64_t value, std::uint64_t maxval) {
  return static_cast<std::uint8_t>((value * 255 + maxval / 2) / maxval);
}

// P5: after exactly one white-space character, 1 or 2 bytes per pixel.
void read_binary_pixels(PgmReader& reader, GrayImage& image, std::uint64_t maxval) {
  if (reader.at_end()) reader.fail("truncated: the file ends before the pixels");
  if (!is_space(reader.peek())) reader.fail("maxval must be followed by one white-space character");
  reader.take(1);
  const std::size_t sample_bytes = maxval <= 255 ? 1 : 2;
  const std::size_t count = image.width * image.height;
  const std::size_t needed = count * sample_bytes;
  if (reader.remaining() < needed) {
    reader.fail("truncated: " + std::to_string(image.width) + " x " + std::to_string(image.height) +
                " pixels need " + std::to_string(needed) + " bytes, the file has " +
                std::to_string(reader.remaining()) + " after the header");
  }
  if (reader.remaining() > needed) {
    reader.fail(std::to_string(reader.remaining() - needed) + " unexpected bytes after the image");
  }
  const std::uint8_t* samples = reader.take(needed);
  image.pixels.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    const std::uint8_t* sample = samples + i * sample_bytes;
    const std::uint64_t value =
        sample_bytes == 1 ? sample[0] : (std::uint64_t{sample[0]} << 8) | sample[1];
    if (value > maxval) {
      reader.fail("pixel " + std::to_string(i) + " is " + std::to_string(value) +
                  ", above maxval " + std::to_string(maxval));
    }
    image.pixels[i] = to_byte(value, maxval);
  }
}

// P2: one decimal number per pixel.
void read_text_pixels(PgmReader& reader, GrayImage& image, std::uint64_t maxval) {
  const std::size_t count = image.width * image.height;
  if (reader.remaining() < count) {  // every pixel takes at least one digit
    reader.fail("truncated: " + std::to_string(count) + " pixels cannot fit in the " +
                std::to_string(reader.remaining()) + " bytes after the header");
  }
  image.pixels.resize(count);
  for (std::size_t i = 0; i < count; ++i) {
    reader.skip_space_and_comments();
    if (reader.at_end()) {
      reader.fail("truncated: the file ends after " + std::to_string(i) + " of " +
                  std::to_string(count) + " pixels");
    }
    image.pixels[i] = to_byte(reader.number_in_range("pixel value", 0, maxval), maxval);
  }
  reader.skip_space_and_comments();
  if (!reader.at_end()) reader.fail("unexpected data after the image");
}

}  // namespace

GrayImage parse_pgm(const std::vector<std::uint8_t>& bytes, const std::string& name) {
  PgmReader reader(bytes, name);
  const bool binary = bytes.size() >= 2 && bytes[0] == 'P' && bytes[1] == '5';
  const bool text = bytes.size() >= 2 && bytes[0] == 'P' && bytes[1] == '2';
  if (!binary && !text) reader.fail("not a PGM image (it does not start with P5 or P2)");
  reader.take(2);
  if (!reader.at_end() && !is_space(reader.peek()) && reader.peek() != '#') {
    reader.fail("not a PGM image (unexpected " + shown(reader.peek()) + " after the magic)");
  }
  GrayImage image;
  image.width = reader.number_in_range("width", 1, kMaxSide);
  image.height = reader.number_in_range("height", 1, kMaxSide);
  const std::uint64_t maxval = reader.number_in_range("maxval", 1, kMaxMaxval);
  if (binary) {
    read_binary_pixels(reader, image, maxval);
  } else {
    read_text_pixels(reader, image, maxval);
  }
  return image;
}

GrayImage read_pgm(const std::string& path) {
  return parse_pgm(read_file_bytes(path, kMaxFileBytes), path);
}

void write_pgm(const std::string& path, const std::vector<std::uint8_t>& pixels, std::size_t width,
               std::size_t height) {
  if (width == 0 || height == 0 || pixels.size() != width * height) {
    throw std::invalid_argument("write_pgm " + path + ": " + std::to_string(pixels.size()) +
                                " pixels do not make a " + std::to_string(width) + " x " +
                                std::to_string(height) + " image");
  }
  std::string contents = "P5\n" + std::to_string(width) + " " + std::to_string(height) + "\n255\n";
  contents.append(pixels.begin(), pixels.end());
  write_file_atomically(path, contents);
}

std::vector<std::uint8_t> mnist_pixels(const GrayImage& image, Ink ink, const std::string& name) {
  if (image.width != kMnistSide || image.height != kMnistSide) {
    throw std::runtime_error(name + ": the image is " + std::to_string(image.width) + " x " +
                             std::to_string(image.height) +
                             " pixels, an MNIST digit must be 28 x 28");
  }
  std::vector<std::uint8_t> pixels = image.pixels;
  if (ink == Ink::DarkOnLight) {
    for (std::uint8_t& pixel : pixels)
      pixel = static_cast<std::uint8_t>(255 - pixel);
  }
  return pixels;
}

}  // namespace mlp
