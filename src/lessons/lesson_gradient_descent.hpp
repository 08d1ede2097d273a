// lesson_gradient_descent.hpp — lesson 2: one step of θ ← θ − η·∂L/∂θ written out number by
// number, then full-batch gradient descent against minibatch SGD on the two-cluster set.
//
// Run it with ./build/lesson_gradient_descent; lessons/2-gradient-descent.md walks through it.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "framework/matrix.hpp"
#include "framework/training.hpp"
#include "lessons/lesson_program.hpp"
#include "lessons/lesson_training.hpp"

namespace mlp {

// The lesson's network for the two clusters: 2 inputs → 2 class scores, no hidden layer, every
// weight starting small and random in [−0.01, 0.01], trained with softmax cross-entropy.
Recipe descent_recipe(std::size_t epochs, double learning_rate, std::size_t batch_size);

// One gradient-descent step of that network on the whole training set of two_clusters(seed):
// the parameters before, their gradients, and after.
struct GradientStep {
  std::size_t examples;  // the size of the training set, all of it in one batch
  double learning_rate;
  Matrix weights_before, grad_weights, weights_after;  // W, ∂L/∂W, W − η·∂L/∂W   (2 x 2)
  Matrix bias_before, grad_bias, bias_after;  // b, ∂L/∂b, b − η·∂L/∂b   (1 x 2)
  double loss_before;
  double loss_after;  // on the same data, with the new parameters
};
GradientStep one_gradient_step(std::uint64_t seed, double learning_rate = 0.1);

// The same network, from the same random start, trained twice for the same number of epochs at
// the same learning rate: once with the whole training set as one batch (one step per epoch),
// once with shuffled minibatches (training size / batch size steps per epoch).
struct DescentComparison {
  std::size_t batch_size;
  std::size_t training_size;
  // The loss on the whole training set at the start (index 0) and after every epoch.
  std::vector<double> full_batch_loss;
  std::vector<double> minibatch_loss;
  // Accuracy on the test part after the last epoch.
  double full_batch_accuracy;
  double minibatch_accuracy;
};
DescentComparison compare_descent(std::uint64_t seed, std::size_t epochs = 30,
                                  double learning_rate = 0.1, std::size_t batch_size = 4);

// The lesson program's body: prints the step and the comparison, draws the data and the curves.
std::vector<std::string> gradient_descent_lesson(const LessonOptions& options, std::ostream& out);

// The program: its name, its description for --help, and its body (lesson_main.cpp runs it).
extern const LessonProgram lesson_gradient_descent_program;

}  // namespace mlp
