// lesson_overfitting.cpp — a network with far more parameters than points learns the noise (see
// lessons/4-framework.md).
#include "lessons/overfitting_lesson.hpp"

int main(int argc, char** argv) {
  return mlp::run_lesson_program(
      argc, argv, "lesson_overfitting",
      "Trains a 2 -> 64 -> 64 -> 2 network on 40 noisy points of the two moons until its\n"
      "validation loss turns and rises while its training loss keeps falling.",
      mlp::overfitting_lesson);
}
