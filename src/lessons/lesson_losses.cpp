// lesson_losses.cpp — lesson 1: the losses, softmax, and one outlier (see lessons/1-losses.md).
#include "lessons/losses_lesson.hpp"

int main(int argc, char** argv) {
  return mlp::run_lesson_program(
      argc, argv, "lesson_losses",
      "Computes every loss of the framework on tiny hand-made examples, the softmax of a few\n"
      "scores, and how absolute and squared error react to one outlier.",
      mlp::losses_lesson);
}
