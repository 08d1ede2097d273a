// test_network.cpp — stacking layers: whole networks of 1, 2 and 3 layers, with every activation
// and every loss, gradient-checked end to end; the summary and the parameter list.
#include "check.hpp"
#include "framework/activations.hpp"
#include "framework/gradient_check.hpp"
#include "framework/linear.hpp"
#include "framework/network.hpp"
#include "framework/softmax.hpp"
#include "random_matrix.hpp"

using mlp::Matrix;
using test_data::random_matrix;

namespace {

Matrix random_one_hot(std::size_t rows, std::size_t classes, mlp::Rng& rng) {
  Matrix m(rows, classes, 0);
  for (std::size_t r = 0; r < rows; ++r)
    m(r, rng.below(classes)) = 1;
  return m;
}

// Targets for each loss: one-hot rows for the cross-entropies; for regression, values placed
// 0.1 to 1 away from the network's first predictions, so that no nudge of the check moves a
// prediction across a target, where the absolute error has its kink.
Matrix targets_for(const std::string& loss, mlp::Network& network, const Matrix& x, mlp::Rng& rng) {
  const Matrix prediction = network.forward(x);
  if (loss != "absolute" && loss != "squared") {
    return random_one_hot(prediction.rows(), prediction.cols(), rng);
  }
  Matrix y = prediction;
  for (std::size_t i = 0; i < y.size(); ++i) {
    const double offset = rng.uniform(0.1, 1.0);
    y.data()[i] += rng.uniform() < 0.5 ? -offset : offset;
  }
  return y;
}

std::unique_ptr<mlp::Loss> loss_named(const std::string& name) {
  if (name == "absolute") return std::make_unique<mlp::AbsoluteError>();
  if (name == "squared") return std::make_unique<mlp::SquaredError>();
  if (name == "cross-entropy") return std::make_unique<mlp::CrossEntropy>();
  return std::make_unique<mlp::SoftmaxCrossEntropy>();
}

void check_network(const std::vector<std::size_t>& sizes, const std::string& activation,
                   const std::string& loss_name) {
  mlp::Rng rng(11);
  mlp::Network network = mlp::build_perceptron(sizes, activation, rng);
  if (loss_name == "cross-entropy") network.add<mlp::Softmax>();
  const auto loss = loss_named(loss_name);
  const Matrix x = random_matrix(3, sizes.front(), rng);
  const Matrix y = targets_for(loss_name, network, x, rng);
  const mlp::GradientCheckReport report = mlp::gradient_check(network, *loss, x, y);
  std::cout << sizes.size() - 1 << " layer(s), " << activation << ", " << loss_name << ": worst "
            << report.worst_relative_error() << "\n";
  if (!report.passed()) std::cout << report.str();
  CHECK(report.passed());
}

void test_every_configuration() {
  const std::vector<std::vector<std::size_t>> shapes = {{4, 3}, {4, 6, 3}, {4, 6, 5, 3}};
  for (const auto& sizes : shapes) {
    for (const std::string& activation : mlp::activation_names()) {
      for (const char* loss : {"softmax-cross-entropy", "cross-entropy", "squared", "absolute"}) {
        check_network(sizes, activation, loss);
      }
    }
  }
}

void test_structure() {
  mlp::Rng rng(1);
  mlp::Network network = mlp::build_perceptron({784, 128, 10}, "relu", rng);
  CHECK_EQ(network.layer_count(), 3u);
  CHECK_EQ(network.layer(1).name(), std::string("ReLU"));
  CHECK_EQ(network.parameter_count(), 784u * 128 + 128 + 128 * 10 + 10u);
  CHECK_EQ(network.parameters().size(), 4u);
  CHECK_EQ(network.parameters()[0].name, std::string("0:Linear(784 -> 128) weights"));
  const std::string summary = network.summary(784);
  std::cout << summary;
  CHECK(summary.find("Linear(128 -> 10)") != std::string::npos);
  CHECK(summary.find("total parameters: 101770") != std::string::npos);
  CHECK_THROWS_WITH(network.summary(100), "Linear(784 -> 128) cannot take inputs of width 100");
  CHECK_THROWS_WITH(network.forward(Matrix(2, 100)), "input (2 x 100) does not fit");
  CHECK_THROWS_WITH(mlp::build_perceptron({784}, "tanh", rng), "at least");
  CHECK_THROWS_WITH(mlp::build_perceptron({2, 2}, "gelu", rng), "unknown activation 'gelu'");
  mlp::Network empty;
  CHECK_THROWS(empty.forward(Matrix(1, 1)));
}

}  // namespace

int main() {
  test_every_configuration();
  test_structure();
  return check::summary();
}
