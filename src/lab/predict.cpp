// predict.cpp — one forward pass of a saved network on one image.
#include "lab/predict.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <stdexcept>

#include "data/mnist.hpp"
#include "data/pgm.hpp"
#include "framework/softmax.hpp"
#include "lab/evaluation.hpp"
#include "lab/model_file.hpp"

namespace mlp {
namespace {

struct Digit {
  std::vector<std::uint8_t> pixels;  // 28x28, 0 = background, 255 = ink
  int label = -1;                    // known only for a test image
};

// MNIST digits are light ink on a dark background: most of their pixels are 0 (the mean of a test
// digit is about 33 of 255). A picture whose mean brightness is above the middle is the other
// way round, dark ink on light paper, and the network would see an all-ink square; its answer
// would mean nothing, so the image is refused with the fix.
constexpr double kMostlyLight = 127.5;

void require_dark_background(const std::vector<std::uint8_t>& pixels, const LabOptions& options) {
  double mean = 0;
  for (std::uint8_t p : pixels)
    mean += p;
  mean /= double(pixels.size());
  if (mean <= kMostlyLight) return;
  char brightness[32];
  std::snprintf(brightness, sizeof brightness, "%.0f", options.invert ? 255 - mean : mean);
  throw std::runtime_error(
      options.image_file + ": the image is mostly light (mean brightness " + brightness +
      " of 255), but MNIST digits are light ink on a dark background; " +
      (options.invert ? "drop --invert, the image is light on dark already"
                      : "pass --invert if it is dark ink on a light background"));
}

Digit chosen_digit(const LabOptions& options) {
  if (options.has_test_index) {
    const MnistSet test = load_mnist(options.data_folder, "t10k");
    if (options.test_index >= test.count) {
      throw std::runtime_error("--index " + std::to_string(options.test_index) +
                               ": the test set in " + options.data_folder + " has only " +
                               std::to_string(test.count) + " images");
    }
    const std::uint8_t* image = test.pixels.data() + options.test_index * kMnistPixels;
    return {std::vector<std::uint8_t>(image, image + kMnistPixels),
            test.labels[options.test_index]};
  }
  const Ink ink = options.invert ? Ink::DarkOnLight : Ink::LightOnDark;
  Digit digit{mnist_pixels(read_pgm(options.image_file), ink, options.image_file), -1};
  require_dark_background(digit.pixels, options);
  return digit;
}

}  // namespace

int predict(const LabOptions& options, std::ostream& out) {
  LoadedModel model = load_model(options.model_file);
  require_shape(model, kMnistPixels, kMnistClasses);
  const Digit digit = chosen_digit(options);

  Matrix probabilities;
  softmax(model.network.forward(image_to_input(digit.pixels.data())), probabilities);
  for (std::size_t c = 0; c < kMnistClasses; ++c) {
    if (!std::isfinite(probabilities(0, c))) {
      throw std::runtime_error(options.model_file + ": the model's outputs are not finite numbers");
    }
  }
  out << draw_digit(digit.pixels.data());
  std::vector<std::size_t> classes(kMnistClasses);
  for (std::size_t c = 0; c < kMnistClasses; ++c)
    classes[c] = c;
  std::stable_sort(classes.begin(), classes.end(), [&](std::size_t a, std::size_t b) {
    return probabilities(0, a) > probabilities(0, b);
  });
  out << "the three most likely digits:\n";
  char line[96];
  for (std::size_t rank = 0; rank < 3; ++rank) {
    const double p = probabilities(0, classes[rank]);
    std::snprintf(line, sizeof line, "  %zu  %6.2f%%  %s\n", classes[rank], 100 * p,
                  std::string(static_cast<std::size_t>(p * 40 + 0.5), '#').c_str());
    out << line;
  }
  out << "prediction: " << classes[0];
  if (digit.label >= 0) out << " (the test set's label is " << digit.label << ")";
  out << "\n";
  return 0;
}

}  // namespace mlp
