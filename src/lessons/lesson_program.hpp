// lesson_program.hpp — what every lesson program shares: its options, its output folder, and
// how it reports the pictures it wrote and the mistakes it was given.
//
// support code: the command line of the lesson programs.
//
// Each program in src/lessons is one file, lesson_<name>.cpp, that defines its LessonProgram: its
// name, a description and its body; the shared main() of lesson_main.cpp hands it to
// run_lesson_program. Every program then understands
//   --seed N        the seed of all randomness (data, weights, minibatch order); default 1
//   --output DIR    where the pictures go; default build/lessons-output/<program>
//   --help          what the program does and these options
// and answers a bad option with a one-line message and exit code 2.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace mlp {

struct LessonOptions {
  std::uint64_t seed = 1;
  std::string output_folder;
};

// The body of a lesson program: prints what it computes to `out`, writes its pictures into
// options.output_folder (creating it when it draws anything), and returns their paths.
using LessonBody =
    std::function<std::vector<std::string>(const LessonOptions& options, std::ostream& out)>;

// A lesson program: the name it is called by, what it does (for --help), and its body. Each
// lesson_<name>.cpp defines one; lesson_main.cpp is the main() that runs it.
struct LessonProgram {
  std::string name;
  std::string description;
  LessonBody body;
};

// Parses the options, runs the body, and prints the paths of the pictures it wrote. Returns the
// exit code for main: 0, 1 when the body threw, 2 for a bad command line.
int run_lesson_program(int argc, char** argv, const std::string& program,
                       const std::string& description, const LessonBody& body);

}  // namespace mlp
