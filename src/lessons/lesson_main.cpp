// lesson_main.cpp — the main() of every lesson program.
//
// support code: CMake compiles this file once per program, with MLP_LESSON_PROGRAM naming the
// LessonProgram that the program's own file, lesson_<name>.cpp, defines.
#include "lessons/lesson_program.hpp"

namespace mlp {
extern const LessonProgram MLP_LESSON_PROGRAM;
}  // namespace mlp

int main(int argc, char** argv) {
  const mlp::LessonProgram& program = mlp::MLP_LESSON_PROGRAM;
  return mlp::run_lesson_program(argc, argv, program.name, program.description, program.body);
}
