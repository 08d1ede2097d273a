// predict.cpp — one forward pass of a saved network on one image.
#include "lab/predict.hpp"

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
  return {mnist_pixels(read_pgm(options.image_file), ink, options.image_file), -1};
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
  char line[96];
  for (std::size_t c = 0; c < kMnistClasses; ++c) {
    const double p = probabilities(0, c);
    std::snprintf(line, sizeof line, "  %zu  %6.2f%%  %s\n", c, 100 * p,
                  std::string(static_cast<std::size_t>(p * 40 + 0.5), '#').c_str());
    out << line;
  }
  out << "prediction: " << argmax_row(probabilities, 0);
  if (digit.label >= 0) out << " (the test set's label is " << digit.label << ")";
  out << "\n";
  return 0;
}

}  // namespace mlp
