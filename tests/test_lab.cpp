// test_lab.cpp — the MNIST lab end to end: byte-backed minibatches on a tiny hand-made set, a
// short training run on the real data that must beat chance by far, and every output file.
#include <filesystem>
#include <numeric>
#include <sstream>

#include "check.hpp"
#include "lab/experiment.hpp"
#include "lab/lab_outputs.hpp"
#include "lab/model_file.hpp"
#include "lab/predict.hpp"
#include "temp_folder.hpp"
#include "xml_check.hpp"

namespace fs = std::filesystem;
using test_files::read_text;

namespace {

// Three 28x28 images whose pixels encode their index, with labels 7, 0, 3.
mlp::MnistSet tiny_set() {
  mlp::MnistSet set;
  set.count = 3;
  set.labels = {7, 0, 3};
  set.pixels.resize(3 * 784);
  for (std::size_t i = 0; i < set.pixels.size(); ++i)
    set.pixels[i] = (i / 784) * 100 + i % 2;
  return set;
}

void test_minibatches_from_bytes() {
  const mlp::MnistSet set = tiny_set();
  const mlp::MnistDataset view(set, 1, 2);  // images 1 and 2
  CHECK_EQ(view.size(), 2u);
  mlp::Matrix inputs, targets;
  const std::size_t order[] = {1, 0};
  view.gather(order, 2, inputs, targets);
  CHECK_EQ(inputs.shape(), std::string("(2 x 784)"));
  CHECK_NEAR(inputs(0, 0), 200.0 / 255, 1e-6);  // image 2, even pixel
  CHECK_NEAR(inputs(1, 1), 101.0 / 255, 1e-6);  // image 1, odd pixel
  CHECK_EQ(targets(0, 3), 1);
  CHECK_EQ(targets(1, 0), 1);
  CHECK_EQ(std::accumulate(targets.data(), targets.data() + targets.size(), mlp::Scalar(0)), 2);
  CHECK_THROWS_WITH(mlp::MnistDataset(set, 2, 2), "examples 2 to 4 of a set of 3");
}

// A few hundred real images for a few epochs: far above the 10% of guessing.
void test_short_real_run_and_outputs() {
  const mlp::MnistSet training = mlp::load_mnist("data", "train");
  const mlp::MnistSet test = mlp::load_mnist("data", "t10k");
  const test_files::TempFolder temp_folder("test_lab");
  const fs::path& folder = temp_folder.path();

  mlp::LabOptions options;
  options.layers = {784, 32, 10};
  options.epochs = 3;
  options.train_images = 600;
  options.validation = 100;
  options.progress = false;
  options.output_folder = folder.string();
  std::ostringstream log;
  mlp::LabRun run = mlp::run_lab(options, training, test, log);
  std::cout << log.str() << "test accuracy " << run.test.accuracy << "\n";
  CHECK_EQ(run.history.size(), 3u);
  CHECK(run.stopped_early.empty());
  CHECK(run.test.accuracy > 0.6);
  CHECK(run.history.back().train_loss < run.history.front().train_loss);
  CHECK_EQ(run.history.back().max_abs_weights.size(), 2u);
  std::size_t confusion_total = 0;
  for (const auto& row : run.test.confusion) {
    for (std::size_t count : row)
      confusion_total += count;
  }
  CHECK_EQ(confusion_total, 10000u);
  CHECK_EQ(run.test.mistakes.size(),
           static_cast<std::size_t>(10000 - run.test.accuracy * 10000 + 0.5));

  std::ostringstream printed;
  mlp::print_test_results(run, test, printed);
  CHECK(printed.str().find("confusion matrix") != std::string::npos);
  mlp::write_lab_outputs(run, test, printed);
  for (const char* svg : {"loss.svg", "accuracy.svg", "weights.svg", "misclassified.svg"}) {
    const std::string problem = mlp::xml_problem(read_text(folder / svg));
    if (!problem.empty()) std::cout << svg << ": " << problem << "\n";
    CHECK(problem.empty());
  }
  const std::string csv = read_text(folder / "metrics.csv");
  CHECK_EQ(std::count(csv.begin(), csv.end(), '\n'), 4);
  CHECK(csv.find("max_abs_w2") != std::string::npos);
  const std::string html = read_text(folder / "report.html");
  CHECK(html.find("<svg") != std::string::npos);
  CHECK(html.find("784-32-10") != std::string::npos);
  CHECK(fs::exists(folder / "weights" / "layer1_bias.npy"));

  // The saved model gives exactly the network's predictions.
  mlp::LoadedModel model = mlp::load_model((folder / "model.mlp").string());
  const mlp::Matrix input = mlp::image_to_input(test.pixels.data());
  const mlp::Matrix expected = run.network.forward(input);
  const mlp::Matrix& loaded = model.network.forward(input);
  CHECK(std::equal(expected.data(), expected.data() + expected.size(), loaded.data()));

  mlp::LabOptions predict_options = options;
  predict_options.model_file = (folder / "model.mlp").string();
  predict_options.has_test_index = true;
  predict_options.test_index = 0;
  std::ostringstream prediction;
  CHECK_EQ(mlp::predict(predict_options, prediction), 0);
  CHECK(prediction.str().find("the test set's label is 7") != std::string::npos);
}

void test_experiment_configurations() {
  const auto configurations = mlp::experiment_configurations(mlp::LabOptions{});
  CHECK_EQ(configurations.size(), 7u);
  CHECK(configurations.front().layers == std::vector<std::size_t>({784, 10}));
  CHECK_EQ(configurations.back().activation, std::string("relu"));
  CHECK_EQ(configurations.back().layers.size(), 4u);
}

}  // namespace

int main() {
  test_minibatches_from_bytes();
  test_short_real_run_and_outputs();
  test_experiment_configurations();
  return check::summary();
}
