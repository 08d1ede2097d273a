// test_sgd.cpp — the SGD step: plain, with momentum in PyTorch's convention, and with weight decay.
#include <algorithm>
#include <cmath>
#include <vector>

#include "check.hpp"
#include "framework/kernels.hpp"
#include "framework/losses.hpp"
#include "framework/network.hpp"
#include "framework/sgd.hpp"
#include "random_matrix.hpp"

using mlp::Matrix;

namespace {

// One parameter of two numbers, whose gradient the test sets by hand before every step.
struct OneParameter {
  Matrix value = Matrix::from_rows({{1.0, -2.0}});
  Matrix gradient = Matrix(1, 2);
  std::vector<mlp::Parameter> list() { return {{"theta", &value, &gradient}}; }
};

const double kGradients[][2] = {{0.5, -1.0}, {0.25, 0.75}, {-0.5, 0.5},
                                {1.0, 1.0},  {0.0, -0.25}, {0.75, 0.0}};
const double kMomentum = 0.9;

// The learning rate of step s: 0.1 for three steps, then 0.01 (a schedule's drop).
double learning_rate(std::size_t s) {
  return s < 3 ? 0.1 : 0.01;
}

// PyTorch's torch.optim.SGD with momentum, by hand: buf ← μ·buf + g, θ ← θ − η·buf.
std::vector<double> pytorch_steps() {
  std::vector<double> theta = {1.0, -2.0}, buffer = {0, 0};
  for (std::size_t s = 0; s < 6; ++s) {
    for (std::size_t i = 0; i < 2; ++i) {
      buffer[i] = kMomentum * buffer[i] + kGradients[s][i];
      theta[i] -= learning_rate(s) * buffer[i];
    }
  }
  return theta;
}

// The other convention, v ← μ·v − η·g, θ ← θ + v, which keeps the old η inside v.
std::vector<double> velocity_steps(bool change_rate) {
  std::vector<double> theta = {1.0, -2.0}, velocity = {0, 0};
  for (std::size_t s = 0; s < 6; ++s) {
    const double eta = change_rate ? learning_rate(s) : 0.1;
    for (std::size_t i = 0; i < 2; ++i) {
      velocity[i] = kMomentum * velocity[i] - eta * kGradients[s][i];
      theta[i] += velocity[i];
    }
  }
  return theta;
}

std::vector<double> sgd_steps(bool change_rate) {
  OneParameter p;
  mlp::Sgd sgd({0.1, kMomentum});
  for (std::size_t s = 0; s < 6; ++s) {
    if (change_rate) sgd.set_learning_rate(learning_rate(s));
    p.gradient(0, 0) = kGradients[s][0];
    p.gradient(0, 1) = kGradients[s][1];
    sgd.step(p.list());
  }
  return {double(p.value(0, 0)), double(p.value(0, 1))};
}

void test_momentum_follows_pytorch_across_a_change_of_learning_rate() {
  const std::vector<double> ours = sgd_steps(true), pytorch = pytorch_steps();
  for (std::size_t i = 0; i < 2; ++i)
    CHECK_NEAR(ours[i], pytorch[i], 1e-12);
  // The two conventions agree while η is constant, and part when it changes: the test above
  // would catch the other one.
  const std::vector<double> constant = sgd_steps(false), velocity = velocity_steps(false);
  for (std::size_t i = 0; i < 2; ++i)
    CHECK_NEAR(constant[i], velocity[i], 1e-12);
  CHECK(std::fabs(velocity_steps(true)[0] - pytorch[0]) > 1e-3);
}

void test_plain_step() {
  OneParameter p;
  p.gradient = Matrix::from_rows({{0.5, -1.0}});
  mlp::Sgd({0.1, 0}).step(p.list());
  CHECK_NEAR(p.value(0, 0), 1.0 - 0.05, 1e-12);
  CHECK_NEAR(p.value(0, 1), -2.0 + 0.1, 1e-12);
}

// Weight decay minimises J(θ) = L(θ) + λ/2·Σθ². A step with η = 1 and no momentum moves θ by
// exactly the gradient it used, which must match the central difference of J in every entry.
void test_weight_decay_gradient() {
  const double lambda = 0.3, h = 1e-6;
  mlp::Rng rng(5);
  mlp::Network network = mlp::build_perceptron({3, 4, 2}, "tanh", rng);
  const Matrix inputs = test_data::random_matrix(5, 3, rng);
  Matrix targets(5, 2, 0);
  for (std::size_t r = 0; r < 5; ++r)
    targets(r, r % 2) = 1;
  mlp::SoftmaxCrossEntropy loss;
  const std::vector<mlp::Parameter> parameters = network.parameters();
  const auto objective = [&] {
    return loss.value(network.forward(inputs), targets) +
           mlp::weight_decay_penalty(parameters, lambda);
  };
  // The gradient one step uses: θ before minus θ after, then θ is put back.
  std::vector<Matrix> before, used;
  for (const mlp::Parameter& p : parameters)
    before.push_back(*p.value);
  Matrix gradient;
  loss.gradient(network.forward(inputs), targets, gradient);
  network.backward(gradient);
  mlp::Sgd({1.0, 0.0, lambda}).step(parameters);
  for (std::size_t k = 0; k < parameters.size(); ++k) {
    used.push_back(before[k]);
    mlp::add_scaled(used[k], *parameters[k].value, -1);
    *parameters[k].value = before[k];
  }
  double worst = 0;
  for (std::size_t k = 0; k < parameters.size(); ++k) {
    for (std::size_t i = 0; i < used[k].size(); ++i) {
      mlp::Scalar& theta = parameters[k].value->data()[i];
      const mlp::Scalar saved = theta;
      theta = saved + h;
      const double up = objective();
      theta = saved - h;
      const double down = objective();
      theta = saved;
      const double numeric = (up - down) / (2 * h);
      const double analytic = used[k].data()[i];
      worst = std::max(worst, std::fabs(analytic - numeric) / std::max(1e-3, std::fabs(numeric)));
    }
  }
  std::printf("weight decay: worst relative error %.2e\n", worst);
  CHECK(worst < 1e-7);
}

void test_weight_decay_penalty() {
  OneParameter p;  // θ = (1, −2): Σθ² = 5
  CHECK_NEAR(mlp::weight_decay_penalty(p.list(), 0.2), 0.5, 1e-12);
  CHECK_EQ(mlp::weight_decay_penalty(p.list(), 0), 0.0);
  CHECK_THROWS_WITH(mlp::Sgd({0.1, 0, -1}), "weight decay must be a number ≥ 0");
}

}  // namespace

int main() {
  test_plain_step();
  test_momentum_follows_pytorch_across_a_change_of_learning_rate();
  test_weight_decay_gradient();
  test_weight_decay_penalty();
  return check::summary();
}
