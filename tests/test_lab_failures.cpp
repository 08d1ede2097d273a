// test_lab_failures.cpp — the mnist_lab program run as a learner would run it, on bad input.
//
// Each case starts the real program (its path comes from CMake as MLP_LAB_PROGRAM) and checks
// what a learner sees: the exit code (2 for a mistake on the command line, 1 for anything else
// that went wrong), one line on stderr that names the problem, and — when training fails half
// way — output files that are still complete and well-formed (tests/lab_program.hpp runs it).
#include <functional>

#include "framework/linear.hpp"
#include "framework/network.hpp"
#include "framework/random.hpp"
#include "lab/model_file.hpp"
#include "lab_program.hpp"

using namespace lab_program;

namespace {

void test_usage_errors(const fs::path& scratch) {
  const Outcome help = run_lab({"--help"}, scratch);
  CHECK_EQ(help.exit_code, 0);
  CHECK(help.out.find("usage: mnist_lab") != std::string::npos);
  check_failure(run_lab({"--epochs", "1O"}, scratch), 2, "--epochs must be a whole number",
                __LINE__);
  check_failure(run_lab({"--colour", "blue"}, scratch), 2, "unknown option --colour", __LINE__);
  check_failure(run_lab({"--learning-rate", "0,1"}, scratch), 2, "--learning-rate", __LINE__);
  check_failure(run_lab({"trian"}, scratch), 2, "unknown command 'trian'", __LINE__);
  check_failure(run_lab({"--train-images", "500", "--validation", "500"}, scratch), 2,
                "--validation 500 leaves no training images", __LINE__);
  check_failure(run_lab({"predict"}, scratch), 2, "exactly one of --image", __LINE__);
  check_failure(run_lab({"--epochs"}, scratch), 2, "--epochs needs a value", __LINE__);
  // Sizes that are each in range but together would need tens of gigabytes.
  check_failure(run_lab({"--layers", "784,100000,100000,10"}, scratch), 2,
                "--layers: a network of 10079600010 weights and biases is too large", __LINE__);
  check_failure(run_lab({"--layers", "784,50000,10", "--batch-size", "60000"}, scratch), 2,
                "--batch-size 60000 with a layer of 50000 neurons", __LINE__);
}

void test_bad_data(const fs::path& scratch, const fs::path& good_data) {
  const fs::path output = scratch / "bad-data-output";
  const fs::path nowhere = scratch / "nowhere";
  check_failure(run_lab(quick_run(nowhere, output), scratch), 1,
                (nowhere / "train-images-idx3-ubyte.gz").string() + ": no such file", __LINE__);

  // One damaged file at a time, in a copy of the good folder.
  const fs::path data = scratch / "damaged-data";
  const fs::path images = data / "train-images-idx3-ubyte.gz";
  const auto damaged = [&](const std::function<void()>& damage, const std::string& expected,
                           int line) {
    fs::remove_all(data);
    fs::copy(good_data, data);
    damage();
    check_failure(run_lab(quick_run(data, output), scratch), 1, expected, line);
  };
  const Bytes good_images(read_text(good_data / "train-images-idx3-ubyte.gz").size());
  damaged([&] { fs::resize_file(images, good_images.size() / 2); },
          images.string() + ": truncated deflate stream", __LINE__);
  damaged(
      [&] {
        std::string bytes = read_text(images);
        bytes[bytes.size() / 2] ^= 0x10;  // inside a stored block: only the CRC-32 can tell
        write_text(images, bytes);
      },
      images.string() + ": CRC-32 mismatch", __LINE__);
  damaged([&] { write_text(images, "this is not an image file\n"); },
          images.string() + ": not an IDX file", __LINE__);
  Bytes labels = tiny_labels(kTrainImages);
  labels[3] = 12;
  damaged([&] { write_data_folder(data, labels); }, "label 12 of image 3 is not a digit 0 to 9",
          __LINE__);
  damaged([&] { write_data_folder(data, tiny_labels(kTrainImages - 1)); }, "has 600 images but",
          __LINE__);
  // More training images asked for than the file has.
  const std::vector<std::string> too_many = {
      "--train-images",   "1000",     "--validation", "100", "--data",
      good_data.string(), "--output", output.string()};
  check_failure(
      run_lab(too_many, scratch), 1,
      "--train-images 1000: the training set in " + good_data.string() + " has only 600 images",
      __LINE__);
  fs::remove_all(data);
}

// The model file of a freshly initialised ReLU perceptron of the given sizes; with
// `every_weight`, all its weights are set to that value.
std::string model_bytes(const std::vector<std::size_t>& sizes, float every_weight = 0) {
  mlp::Rng rng(3);
  mlp::Network network = mlp::build_perceptron(sizes, "relu", rng);
  if (every_weight != 0) {
    for (mlp::Linear* linear : mlp::linear_layers(network))
      linear->weights.fill(every_weight);
  }
  return mlp::serialize_model(sizes, "relu", network);
}

void test_bad_models(const fs::path& scratch, const fs::path& data) {
  const fs::path model = scratch / "model.mlp";
  const auto predict = [&](const std::vector<std::string>& more) {
    std::vector<std::string> arguments = {"predict", "--model", model.string(), "--data",
                                          data.string()};
    arguments.insert(arguments.end(), more.begin(), more.end());
    return run_lab(arguments, scratch);
  };
  std::string good = model_bytes({784, 8, 10});
  write_text(model, good);
  const Outcome ok = predict({"--index", "3"});
  CHECK_EQ(ok.exit_code, 0);
  CHECK(ok.out.find("(the test set's label is 3)") != std::string::npos);

  std::string version_2 = good;
  version_2[8] = 2;  // the format version, right after the 8-byte magic
  write_text(model, version_2);
  check_failure(predict({"--index", "3"}), 1,
                model.string() + ": model file version 2, this program reads version 1", __LINE__);
  write_text(model, model_bytes({100, 8, 10}));
  check_failure(predict({"--index", "3"}), 1,
                model.string() + ": the model is 100 -> 8 -> 10, expected 784 -> ... -> 10",
                __LINE__);
  write_text(model, good.substr(0, good.size() - 100));
  check_failure(predict({"--index", "3"}), 1, model.string() + ": truncated", __LINE__);
  // Every weight is finite, so the model loads, but 1e30 x 1e30 overflows: the scores are NaN.
  write_text(model, model_bytes({784, 8, 10}, 1e30f));
  check_failure(predict({"--index", "3"}), 1,
                model.string() + ": the model's outputs are not finite numbers", __LINE__);
  write_text(model, good);
  check_failure(predict({"--index", "150"}), 1,
                "--index 150: the test set in " + data.string() + " has only 100 images", __LINE__);
  const fs::path picture = scratch / "missing.pgm";
  check_failure(predict({"--image", picture.string()}), 1, picture.string() + ": no such file",
                __LINE__);
  write_text(picture, "P5 28 27 255\n" + std::string(28 * 27, '\0'));
  check_failure(predict({"--image", picture.string()}), 1, "an MNIST digit must be 28 x 28",
                __LINE__);
}

void test_runs(const fs::path& scratch, const fs::path& data) {
  const fs::path good = scratch / "good-run";
  const Outcome trained = run_lab(quick_run(data, good), scratch);
  CHECK_EQ(trained.exit_code, 0);
  CHECK_EQ(trained.err, "");
  CHECK_EQ(check_csv(read_text(good / "metrics.csv"), __LINE__), 3u);  // epochs 0, 1, 2
  check_pictures_and_report(good, __LINE__);
  CHECK(fs::exists(good / "model.mlp"));
  // The end of the run fits on one screen and ends with the test accuracy and the report.
  CHECK(std::count(trained.out.begin(), trained.out.end(), '\n') <= 24);
  CHECK(trained.out.find("test accuracy: ") != std::string::npos);
  CHECK(trained.out.find("report: " + (good / "report.html").string() + "\n") ==
        trained.out.size() - (good / "report.html").string().size() - 9);
  const Outcome predicted = run_lab({"predict", "--model", (good / "model.mlp").string(), "--index",
                                     "7", "--data", data.string()},
                                    scratch);
  CHECK_EQ(predicted.exit_code, 0);
  CHECK(predicted.out.find("prediction: ") != std::string::npos);

  // A learning rate of 100 in a deep ReLU network: within a few minibatches the outputs overflow
  // and the loss becomes NaN. The program stops, says so, and still writes a complete report,
  // with the measurements of epoch 0 and no empty plots.
  const fs::path diverged = scratch / "diverged-run";
  const Outcome outcome =
      run_lab(quick_run(data, diverged, {"--layers", "784,64,64,64,10", "--learning-rate", "100"}),
              scratch);
  check_failure(outcome, 1, "training diverged", __LINE__);
  CHECK_EQ(check_csv(read_text(diverged / "metrics.csv"), __LINE__), 1u);
  check_pictures_and_report(diverged, __LINE__);
  CHECK(read_text(diverged / "report.html").find("Training stopped early") != std::string::npos);
  CHECK(read_text(diverged / "report.html").find("no curves") != std::string::npos);
  check_no_test_result(diverged, __LINE__);

  // With momentum the loss explodes to about 1e34 without becoming NaN while the weights
  // overflow: the run stops after that epoch as diverged, and its metrics are still whole rows,
  // however long the numbers get.
  const fs::path exploded = scratch / "exploded-run";
  const Outcome exploded_outcome = run_lab(
      quick_run(data, exploded,
                {"--layers", "784,128,128,10", "--learning-rate", "100", "--momentum", "0.9"}),
      scratch);
  check_failure(exploded_outcome, 1, "the weights are no longer finite numbers", __LINE__);
  CHECK_EQ(check_csv(read_text(exploded / "metrics.csv"), __LINE__), 2u);
  CHECK(!fs::exists(exploded / "model.mlp"));
  check_pictures_and_report(exploded, __LINE__);
  check_no_test_result(exploded, __LINE__);
}

// Ctrl-C (SIGINT) half way through a long run: training stops after the current minibatch,
// the finished epochs are written, and the exit code is 130. The signal comes after 3 s: an epoch
// of these 400 images takes milliseconds, but a machine busy with other tests can take a second
// just to start the program. `timeout` sends SIGINT twice, to the program and then to its process
// group: the two must count as one Ctrl-C, not as the second one that quits at once.
void test_interrupt(const fs::path& scratch, const fs::path& data) {
  const fs::path output = scratch / "interrupted-run";
  const Outcome outcome =
      run_lab({"train", "--epochs", "10000", "--batch-size", "10", "--threads", "1",
               "--train-images", "500", "--validation", "100", "--layers", "784,16,10",
               "--no-progress", "--data", data.string(), "--output", output.string()},
              scratch, "timeout --preserve-status -s INT 3 ");
  check_failure(outcome, 130, "interrupted during epoch", __LINE__);
  CHECK(outcome.out.find("Ctrl-C: stopping after this minibatch") != std::string::npos);
  CHECK(check_csv(read_text(output / "metrics.csv"), __LINE__) >= 1u);
  check_pictures_and_report(output, __LINE__);
}

}  // namespace

int main() {
  if (!test_shell::posix_shell())
    return check::summary_skipped("runs mnist_lab through a POSIX shell, with redirections");
  const test_files::TempFolder folder("test_lab_failures");
  const fs::path& scratch = folder.path();
  const fs::path data = scratch / "data";
  write_data_folder(data, tiny_labels(kTrainImages));
  test_usage_errors(scratch);
  test_bad_data(scratch, data);
  test_bad_models(scratch, data);
  test_runs(scratch, data);
  if (!test_shell::has_program("timeout"))
    return check::summary_skipped("the Ctrl-C check needs the timeout program");
  test_interrupt(scratch, data);
  return check::summary();
}
