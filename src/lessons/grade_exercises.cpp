// grade_exercises.cpp — `make exercises`: grades the learner's files in lessons/exercises/.
//
// support code: grading the exercises.
//
// The build compiles this program with the framework's files of the exercises swapped for other
// versions (CMakeLists.txt: the learner's for `make exercises`, the reference ones or a wrong one
// for the test of this program), and runs one check per exercise. Each prints one line: done,
// not done yet (the file still calls exercise_not_done), or FAILED with the first check that
// failed, followed for a gradient by the gradient-check table that points at the wrong entry.
// The exit code is 0 when every exercise is done and 1 otherwise.
#include <cmath>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "exercise.hpp"
#include "framework/activations.hpp"
#include "framework/gradient_check.hpp"
#include "framework/linear.hpp"
#include "framework/losses.hpp"
#include "framework/sgd.hpp"
#include "framework/softmax.hpp"

namespace mlp {
namespace {

struct Verdict {
  bool passed = true;
  std::string failure;  // the first failed check, in one line
  std::string details;  // e.g. the gradient-check table
};

Verdict from_report(const GradientCheckReport& report) {
  for (const GradientComparison& c : report.comparisons) {
    if (c.passed) continue;
    const std::string where =
        "(" + std::to_string(c.worst_row) + ", " + std::to_string(c.worst_col) + ")";
    const std::string what = c.all_zero ? "is 0 everywhere"
                                        : "is wrong at " + where + ": backward gives " +
                                              std::to_string(c.analytic) + ", finite differences " +
                                              std::to_string(c.numeric);
    return {false, "∂L/∂" + c.quantity + " of " + c.component + " " + what, report.str()};
  }
  return {};
}

Matrix random_matrix(std::size_t rows, std::size_t cols, Rng& rng) {
  Matrix m(rows, cols);
  for (std::size_t i = 0; i < m.size(); ++i)
    m.data()[i] = static_cast<Scalar>(rng.uniform(-1, 1));
  return m;
}

// The first entry where `got` differs from `expected` by more than rounding, as a failure.
Verdict compare(const std::string& what, const Matrix& got, const Matrix& expected) {
  if (got.rows() != expected.rows() || got.cols() != expected.cols()) {
    return {false, what + " has shape " + got.shape() + ", expected " + expected.shape(), ""};
  }
  for (std::size_t r = 0; r < got.rows(); ++r) {
    for (std::size_t c = 0; c < got.cols(); ++c) {
      if (std::fabs(got(r, c) - expected(r, c)) <= 1e-12 * (1 + std::fabs(expected(r, c))))
        continue;
      return {false,
              what + " at (" + std::to_string(r) + ", " + std::to_string(c) + ") is " +
                  std::to_string(got(r, c)) + ", expected " + std::to_string(expected(r, c)),
              ""};
    }
  }
  return {};
}

Verdict check_linear_backward() {
  Rng rng(3);
  Linear layer(3, 4, rng);
  for (std::size_t i = 0; i < layer.bias.size(); ++i)
    layer.bias.data()[i] = static_cast<Scalar>(rng.uniform(-1, 1));
  return from_report(gradient_check(layer, random_matrix(5, 3, rng)));
}

Verdict check_softmax_backward() {
  Rng rng(4);
  Softmax layer;
  return from_report(gradient_check(layer, random_matrix(4, 5, rng)));
}

Verdict check_softmax_cross_entropy() {
  Rng rng(5);
  Matrix targets(4, 3, 0);
  for (std::size_t r = 0; r < targets.rows(); ++r)
    targets(r, rng.below(3)) = 1;
  return from_report(gradient_check(SoftmaxCrossEntropy(), random_matrix(4, 3, rng), targets));
}

Verdict check_sgd_step() {
  Rng rng(6);
  const Matrix start = random_matrix(3, 4, rng);
  const Matrix gradient = random_matrix(3, 4, rng);
  Matrix theta = start;
  sgd_step(theta, gradient, 0.1);
  Matrix expected = start;
  for (std::size_t i = 0; i < expected.size(); ++i)
    expected.data()[i] = start.data()[i] - Scalar(0.1) * gradient.data()[i];
  return compare("θ after one step with η = 0.1", theta, expected);
}

Verdict check_momentum_step() {
  Rng rng(7);
  Matrix theta = random_matrix(2, 3, rng);
  Matrix velocity(2, 3, 0);
  Matrix expected_theta = theta;
  Matrix expected_velocity = velocity;
  for (int step = 1; step <= 3; ++step) {
    const Matrix gradient = random_matrix(2, 3, rng);
    momentum_step(theta, velocity, gradient, 0.1, 0.9);
    for (std::size_t i = 0; i < theta.size(); ++i) {
      expected_velocity.data()[i] = Scalar(0.9) * expected_velocity.data()[i] + gradient.data()[i];
      expected_theta.data()[i] -= Scalar(0.1) * expected_velocity.data()[i];
    }
    const std::string after = " after step " + std::to_string(step) + " (η = 0.1, μ = 0.9)";
    Verdict verdict = compare("v" + after, velocity, expected_velocity);
    if (verdict.passed) verdict = compare("θ" + after, theta, expected_theta);
    if (!verdict.passed) return verdict;
  }
  return {};
}

Verdict check_softplus() {
  // log(1 + e^z), worked out to 17 digits.
  const std::vector<std::pair<double, double>> known = {
      {-30, 9.357622968840175e-14}, {-1, 0.31326168751822286}, {0, 0.6931471805599453},
      {1, 1.3132616875182228},      {30, 30.000000000000092},  {800, 800}};
  for (const auto& [z, expected] : known) {
    const double got = SoftplusFunction::value(Scalar(z));
    if (!(std::fabs(got - expected) <= 1e-12 * expected)) {
      return {false,
              "softplus(" + std::to_string(z) + ") is " + std::to_string(got) + ", expected " +
                  std::to_string(expected),
              ""};
    }
  }
  Rng rng(8);
  Softplus layer;
  Matrix input = random_matrix(3, 4, rng);
  for (std::size_t i = 0; i < input.size(); ++i)
    input.data()[i] *= 4;
  return from_report(gradient_check(layer, input));
}

struct Exercise {
  const char* name;
  const char* file;
  std::function<Verdict()> check;
};

}  // namespace
}  // namespace mlp

int main() {
  using namespace mlp;
  const std::vector<Exercise> exercises = {
      {"linear-backward", "linear_backward.cpp", check_linear_backward},
      {"softmax-backward", "softmax_backward.cpp", check_softmax_backward},
      {"softmax-cross-entropy", "softmax_cross_entropy_gradient.cpp", check_softmax_cross_entropy},
      {"sgd-step", "sgd_step.cpp", check_sgd_step},
      {"momentum-step", "momentum_step.cpp", check_momentum_step},
      {"softplus", "softplus.cpp", check_softplus},
  };
  std::size_t done = 0;
  for (const Exercise& exercise : exercises) {
    std::string result;
    Verdict verdict;
    try {
      verdict = exercise.check();
      result = verdict.passed ? "done" : "FAILED: " + verdict.failure;
    } catch (const ExerciseNotDone&) {
      result = std::string("not done yet (lessons/exercises/") + exercise.file + ")";
    } catch (const std::exception& error) {
      result = std::string("FAILED: ") + error.what();
    }
    if (result == "done") ++done;
    std::printf("%-22s %s\n", exercise.name, result.c_str());
    if (!verdict.details.empty()) std::printf("%s", verdict.details.c_str());
  }
  std::printf("%zu of %zu exercises done\n", done, exercises.size());
  return done == exercises.size() ? 0 : 1;
}
