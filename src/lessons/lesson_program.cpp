// lesson_program.cpp — option parsing, output folder and error reporting for the lesson programs.
//
// support code: the command line of the lesson programs.
#include "lessons/lesson_program.hpp"

#include <exception>
#include <iostream>
#include <limits>

#include "cli/command_line.hpp"

namespace mlp {
namespace {

std::vector<OptionSpec> lesson_option_specs(const std::string& program) {
  return {
      {"seed", "N", "seed of the data, the initial weights and the minibatch order", "1"},
      {"output", "DIR", "folder for the pictures", "build/lessons-output/" + program},
      {"help", "", "show this text", ""},
  };
}

int run(int argc, char** argv, const std::string& program, const std::string& description,
        const LessonBody& body) {
  const std::vector<OptionSpec> specs = lesson_option_specs(program);
  const CommandLine command_line(std::vector<std::string>(argv + 1, argv + argc), specs);
  if (command_line.has("help")) {
    std::cout << help_text(program + " [options]", description, specs);
    return 0;
  }
  LessonOptions options;
  options.seed = command_line.count("seed", 1, 0, std::numeric_limits<std::uint64_t>::max());
  options.output_folder = command_line.text("output", "build/lessons-output/" + program);
  const std::vector<std::string> pictures = body(options, std::cout);
  if (!pictures.empty()) std::cout << "\npictures written:\n";
  for (const std::string& path : pictures)
    std::cout << "  " << path << "\n";
  return 0;
}

}  // namespace

int run_lesson_program(int argc, char** argv, const std::string& program,
                       const std::string& description, const LessonBody& body) {
  try {
    return run(argc, argv, program, description, body);
  } catch (const UsageError& error) {
    std::cerr << program << ": " << error.what() << " (see " << program << " --help)\n";
    return 2;
  } catch (const std::exception& error) {
    std::cerr << program << ": " << error.what() << "\n";
    return 1;
  }
}

}  // namespace mlp
