// lesson_backprop.cpp — lesson 3: backpropagation by hand, checked by finite differences (see
// lessons/3-backpropagation.md). Built against the double-precision framework.
#include "lessons/backprop_lesson.hpp"

int main(int argc, char** argv) {
  return mlp::run_lesson_program(
      argc, argv, "lesson_backprop",
      "Runs one forward and one backward pass of a 2 -> 3 tanh -> 2 softmax network on one\n"
      "example, printing every intermediate value and gradient, then checks every gradient\n"
      "against central finite differences.",
      mlp::backprop_lesson);
}
