// lesson_framework.cpp — lesson 4: stacking layers into classifiers and regressors (see
// lessons/4-framework.md).
#include "lessons/framework_lesson.hpp"

int main(int argc, char** argv) {
  return mlp::run_lesson_program(
      argc, argv, "lesson_framework",
      "Trains the lesson's one- and two-layer networks on the two-cluster set, compares one\n"
      "layer with two on XOR, moons, circles and a 3-class spiral, and fits a regression\n"
      "network with squared and with absolute error to a curve with outliers.",
      mlp::framework_lesson);
}
