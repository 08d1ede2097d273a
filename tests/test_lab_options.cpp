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
  const mlp::LabOptions controls = parse({"--weight-decay", "5e-4", "--keep-best", "--lr-schedule",
                                          "step:5:0.1", "--name", "my-run_2", "--show-mistakes"});
  CHECK_NEAR(controls.weight_decay, 5e-4, 1e-18);
  CHECK(controls.keep_best);
  CHECK(controls.show_mistakes);
  CHECK(controls.schedule.kind == mlp::LearningRateSchedule::Kind::Step);
  CHECK_EQ(controls.schedule.step_epochs, 5u);
  CHECK_NEAR(controls.schedule.step_factor, 0.1, 1e-15);
  CHECK_EQ(controls.name, std::string("my-run_2"));
  CHECK(controls.output_folder.empty());  // chosen later, from the name
  CHECK(parse({"experiment", "--lr-schedule", "cosine"}).schedule.kind ==
        mlp::LearningRateSchedule::Kind::Cosine);
  CHECK_EQ(parse({"--epochs", "3", "--seed", "9"}).command_line,
           std::string("mnist_lab --epochs 3 --seed 9"));

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
  CHECK_THROWS_WITH(parse({"--index", "3"}), "--index is an option of predict, not of train");
  CHECK_THROWS_WITH(parse({"predict", "--model", "m"}), "exactly one of --image");
  CHECK_THROWS_WITH(parse({"predict", "--image", "a.pgm", "--index", "1"}), "exactly one of");
  CHECK_THROWS_WITH(parse({"predict", "--index", "10000"}), "--index must be between 0 and 9999");
}

// The command-line conventions learners know from other programs.
void test_conventions() {
  CHECK(parse({"-h"}).mode == mlp::LabMode::Help);
  CHECK_EQ(parse({"-h"}).help_command, std::string(""));
  const mlp::LabOptions predict_help = parse({"predict", "--help"});
  CHECK(predict_help.mode == mlp::LabMode::Help);
  CHECK_EQ(predict_help.help_command, std::string("predict"));
  const std::string predict_text = mlp::lab_help("predict");
  CHECK(predict_text.find("--image FILE") != std::string::npos);
  CHECK(predict_text.find("--layers") == std::string::npos);
  CHECK(predict_text.find("convert digit.png") != std::string::npos);
  CHECK(mlp::lab_help("compare").find("mnist_lab compare RUN RUN...") != std::string::npos);
  CHECK(mlp::lab_help().find("compare") != std::string::npos);
  CHECK(parse({"--version"}).mode == mlp::LabMode::Version);
  CHECK(mlp::lab_version().find("mnist_lab ") == 0);

  // --option=value is the same as --option value.
  CHECK_EQ(parse({"--epochs=3"}).epochs, 3u);
  CHECK_NEAR(parse({"--learning-rate=0.05"}).learning_rate, 0.05, 1e-15);
  CHECK_THROWS_WITH(parse({"--keep-best=yes"}), "--keep-best takes no value");
  CHECK_THROWS_WITH(parse({"--epochs="}), "--epochs must be a whole number, not ''");

  // Near misses get a suggestion.
  CHECK_THROWS_WITH(parse({"--lr", "0.1"}), "unknown option --lr; did you mean --learning-rate?");
  CHECK_THROWS_WITH(parse({"--epoch", "3"}), "did you mean --epochs?");
  CHECK_THROWS_WITH(parse({"--learn", "3"}), "did you mean --learning-rate?");
  CHECK_THROWS_WITH(parse({"--activaton", "tanh"}), "did you mean --activation?");
  const std::string far = [] {
    try {
      parse({"--colour", "red"});
    } catch (const mlp::UsageError& error) {
      return std::string(error.what());
    }
    return std::string();
  }();
  CHECK_EQ(far, std::string("unknown option --colour"));

  // An option another command uses is refused, naming that command.
  CHECK_THROWS_WITH(parse({"experiment", "--layers", "784,10"}),
                    "--layers is an option of train, not of experiment");
  CHECK_THROWS_WITH(parse({"experiment", "--activation", "tanh"}),
                    "--activation is an option of train, not of experiment");
  CHECK_THROWS_WITH(parse({"predict", "--index", "1", "--epochs", "3"}),
                    "--epochs is an option of train and experiment, not of predict");
  CHECK_THROWS_WITH(parse({"compare", "a", "--seed", "3"}), "not of compare");
  CHECK_THROWS_WITH(parse({"--invert"}), "--invert is an option of predict, not of train");
  CHECK_THROWS_WITH(parse({"predict", "--index", "1", "--invert"}), "--invert is for --image");

  // compare takes run folders among its options.
  const mlp::LabOptions compare = parse({"compare", "runs/a", "--output", "out", "runs/b"});
  CHECK(compare.mode == mlp::LabMode::Compare);
  CHECK(compare.runs == std::vector<std::string>({"runs/a", "runs/b"}));
  CHECK_EQ(compare.output_folder, std::string("out"));
  CHECK_THROWS_WITH(parse({"compare"}), "compare needs the folders of the runs");

  CHECK_THROWS_WITH(parse({"--lr-schedule", "linear"}), "--lr-schedule must be constant, cosine");
  CHECK_THROWS_WITH(parse({"--lr-schedule", "step:0:0.5"}), "--lr-schedule's E must be between");
  CHECK_THROWS_WITH(parse({"--lr-schedule", "step:3:2"}), "--lr-schedule's F must be between");
  CHECK_THROWS_WITH(parse({"--weight-decay", "-1"}), "--weight-decay must be between 0 and 1");
  CHECK_THROWS_WITH(parse({"--name", "../x"}), "--name '../x': use letters");
  CHECK_THROWS_WITH(parse({"--name", "a", "--output", "b"}), "not both");
}

}  // namespace

int main() {
  test_defaults_and_values();
  test_mistakes();
  test_conventions();
  return check::summary();
}
