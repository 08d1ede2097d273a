// test_lab_options.cpp — the lab's command line: defaults, every option, and a clear message for
// every mistake a learner might type.
#include "check.hpp"
#include "cli/command_line.hpp"
#include "lab/lab_options.hpp"

using mlp::parse_lab_options;

namespace {

mlp::LabOptions parse(std::vector<std::string> arguments) {
  return parse_lab_options(arguments);
}

void test_defaults_and_values() {
  const mlp::LabOptions defaults = parse({});
  CHECK(defaults.mode == mlp::LabMode::Train);
  CHECK(defaults.layers == std::vector<std::size_t>({784, 128, 10}));
  CHECK_EQ(defaults.epochs, 10u);

  const mlp::LabOptions options = parse({"train",
                                         "--layers",
                                         "784,300,100,10",
                                         "--activation",
                                         "tanh",
                                         "--epochs",
                                         "3",
                                         "--batch-size",
                                         "64",
                                         "--learning-rate",
                                         "5e-2",
                                         "--momentum",
                                         "0.9",
                                         "--seed",
                                         "7",
                                         "--train-images",
                                         "1000",
                                         "--validation",
                                         "100",
                                         "--threads",
                                         "2",
                                         "--data",
                                         "d",
                                         "--output",
                                         "o",
                                         "--no-progress"});
  CHECK(options.layers == std::vector<std::size_t>({784, 300, 100, 10}));
  CHECK_EQ(options.activation, std::string("tanh"));
  CHECK_EQ(options.batch_size, 64u);
  CHECK_NEAR(options.learning_rate, 0.05, 1e-15);
  CHECK_NEAR(options.momentum, 0.9, 1e-15);
  CHECK_EQ(options.seed, 7u);
  CHECK_EQ(options.train_images, 1000u);
  CHECK_EQ(options.validation, 100u);
  CHECK_EQ(options.threads, 2u);
  CHECK_EQ(options.output_folder, std::string("o"));
  CHECK(!options.progress);

  CHECK(parse({"experiment"}).mode == mlp::LabMode::Experiment);
  CHECK_EQ(parse({"experiment"}).epochs, 15u);
  CHECK_EQ(parse({"experiment", "--epochs", "4"}).epochs, 4u);
  CHECK(parse({"--help"}).mode == mlp::LabMode::Help);
  const mlp::LabOptions predict = parse({"predict", "--model", "m.mlp", "--index", "42"});
  CHECK(predict.mode == mlp::LabMode::Predict);
  CHECK_EQ(predict.test_index, 42u);
  CHECK(mlp::lab_help().find("--learning-rate X") != std::string::npos);
}

void test_mistakes() {
  CHECK_THROWS_WITH(parse({"--epochs", "1O"}), "--epochs must be a whole number, not '1O'");
  CHECK_THROWS_WITH(parse({"--epochs", "0"}), "--epochs must be between 1 and");
  CHECK_THROWS_WITH(parse({"--epochs", "-3"}), "whole number");
  CHECK_THROWS_WITH(parse({"--epochs", "99999999999999999999"}), "whole number");
  CHECK_THROWS_WITH(parse({"--epochs"}), "--epochs needs a value (N)");
  CHECK_THROWS_WITH(parse({"--learning-rate", "0,1"}), "--learning-rate must be a number");
  CHECK_THROWS_WITH(parse({"--learning-rate", "nan"}), "--learning-rate must be a number");
  CHECK_THROWS_WITH(parse({"--learning-rate", "0"}), "--learning-rate must be between");
  CHECK_THROWS_WITH(parse({"--learning-rate", "1e999"}), "--learning-rate must be a number");
  CHECK_THROWS_WITH(parse({"--momentum", "1"}), "--momentum must be between 0 and 0.999");
  CHECK_THROWS_WITH(parse({"--layers", "784,,10"}), "--layers item '' must be a whole number");
  CHECK_THROWS_WITH(parse({"--layers", "100,10"}), "MNIST needs 784 inputs");
  CHECK_THROWS_WITH(parse({"--layers", "784,128,5"}), "10 classes last");
  CHECK_THROWS_WITH(parse({"--layers", "784"}), "MNIST needs 784 inputs");
  // As many Linear layers as a model file holds, and no more.
  std::string deep = "784";
  for (int i = 0; i < 15; ++i)
    deep += ",20";
  CHECK_EQ(parse({"--layers", deep + ",10"}).layers.size(), 17u);
  CHECK_THROWS_WITH(parse({"--layers", deep + ",20,10"}), "at most 16 Linear layers");
  CHECK_THROWS_WITH(parse({"--activation", "gelu"}),
                    "--activation must be one of tanh, sigmoid, relu, softplus, not 'gelu'");
  CHECK_THROWS_WITH(parse({"--colour", "red"}), "unknown option --colour");
  CHECK_THROWS_WITH(parse({"--seed", "1", "--seed", "2"}), "--seed is given twice");
  CHECK_THROWS_WITH(parse({"fly"}), "unknown command 'fly'");
  CHECK_THROWS_WITH(parse({"train", "extra"}), "unexpected argument 'extra'");
  CHECK_THROWS_WITH(parse({"--train-images", "100", "--validation", "100"}),
                    "leaves no training images");
  CHECK_THROWS_WITH(parse({"--index", "3"}), "belong to the predict command");
  CHECK_THROWS_WITH(parse({"predict", "--model", "m"}), "exactly one of --image");
  CHECK_THROWS_WITH(parse({"predict", "--image", "a.pgm", "--index", "1"}), "exactly one of");
  CHECK_THROWS_WITH(parse({"predict", "--index", "10000"}), "--index must be between 0 and 9999");
}

}  // namespace

int main() {
  test_defaults_and_values();
  test_mistakes();
  return check::summary();
}
