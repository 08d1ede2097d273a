// lesson_gradient_descent.cpp — lesson 2: gradient descent and minibatch SGD (see
// lessons/2-gradient-descent.md).
#include "lessons/gradient_descent_lesson.hpp"

int main(int argc, char** argv) {
  return mlp::run_lesson_program(
      argc, argv, "lesson_gradient_descent",
      "Shows one gradient-descent step of a one-layer network on the two-cluster set number by\n"
      "number, then trains it by full-batch gradient descent and by minibatch SGD and prints\n"
      "the loss per epoch of both.",
      mlp::gradient_descent_lesson);
}
