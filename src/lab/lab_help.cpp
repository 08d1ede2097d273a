// lab_help.cpp — support code: the help text of each of the lab's commands, and its version.
#include "cli/command_line.hpp"
#include "lab/lab_options.hpp"

namespace mlp {

std::string lab_help(const std::string& command) {
  if (command == "experiment") {
    return help_text("mnist_lab experiment [options]",
                     "Trains 784-10, then 784-256-10 and 784-256-128-10 with tanh, sigmoid and\n"
                     "relu, on the same budget, each as an ordinary run in the experiment's "
                     "folder,\nand writes comparison.html, experiment.md and experiment.csv.",
                     lab_option_specs("experiment"));
  }
  if (command == "predict") {
    return help_text("mnist_lab predict (--image FILE.pgm | --index N) [--model FILE]",
                     "Classifies a 28x28 PGM image or a test image with a saved model and prints\n"
                     "the three most likely digits. Convert any picture to such a PGM with\n"
                     "ImageMagick: convert digit.png -colorspace Gray -resize 28x28! digit.pgm",
                     lab_option_specs("predict"));
  }
  if (command == "compare") {
    return help_text("mnist_lab compare RUN RUN... [--name NAME | --output DIR]",
                     "Overlays the curves of earlier runs (their folders in build/lab/runs/) on\n"
                     "one page, comparison.html, with their settings and a short table.",
                     lab_option_specs("compare"));
  }
  return help_text(
      command.empty() ? "mnist_lab [train|experiment|predict|compare] [options]"
                      : "mnist_lab train [options]",
      "Trains multi-layer perceptrons on the MNIST digits and writes a report.\n"
      "  train       train one network, evaluate it on the 10,000 test images, write the report\n"
      "  experiment  compare 1, 2 and 3 layers with tanh, sigmoid and relu on the same budget\n"
      "  predict     classify a 28x28 PGM image or a test image with a saved model\n"
      "  compare     overlay the curves of earlier runs on one page\n"
      "Each run gets its own folder in build/lab/runs/. 'mnist_lab COMMAND --help' shows\n"
      "the options of one command; these are train's:",
      lab_option_specs("train"));
}

std::string lab_version() {
  return "mnist_lab 1.0 (MNIST lab of the MLP-from-scratch lessons; MIT licence)\n";
}

}  // namespace mlp
