// test_exercise_grader.cpp — the grader of `make exercises` grades right.
//
// Two builds of src/lessons/grade_exercises.cpp (their paths come from CMake): one with the
// reference files of the framework dropped in for the learner's, which must report every
// exercise done and exit with 0, and one with a Linear backward pass whose bias gradient is wrong,
// which must fail that exercise alone, name the bias, and show the gradient-check table.
#include <string>

#include "check.hpp"
#include "posix_shell.hpp"
#include "temp_folder.hpp"

namespace {

struct Outcome {
  int exit_code = -1;
  std::string out;
};

Outcome run(const std::string& program, const test_files::TempFolder& scratch) {
  const std::string out = (scratch.path() / "stdout.txt").string();
  const std::string command = std::string(MLP_LAB_EMULATOR) + "'" + program + "' > '" + out + "'";
  const int status = test_shell::exit_status(command, scratch.path() / "status.txt");
  return {status, test_files::read_text(out)};
}

// The line of the output that starts with the exercise's name.
std::string line_of(const std::string& out, const std::string& exercise) {
  const std::size_t at = out.find("\n" + exercise + " ");
  const std::size_t start = out.compare(0, exercise.size() + 1, exercise + " ") == 0 ? 0
                            : at == std::string::npos                                ? out.size()
                                                                                     : at + 1;
  return out.substr(start, out.find('\n', start) - start);
}

const char* const kExercises[] = {"linear-backward", "sgd-step", "softmax-backward",
                                  "momentum-step",   "softplus", "softmax-cross-entropy"};

void test_reference_solutions_pass() {
  const test_files::TempFolder scratch("grader-solved");
  const Outcome outcome = run(MLP_GRADER_SOLVED, scratch);
  CHECK_EQ(outcome.exit_code, 0);
  for (const char* exercise : kExercises) {
    const std::string line = line_of(outcome.out, exercise);
    CHECK(line.find(" done") != std::string::npos);
  }
  CHECK(outcome.out.find("6 of 6 exercises done") != std::string::npos);
}

void test_wrong_solution_is_pointed_at() {
  const test_files::TempFolder scratch("grader-wrong");
  const Outcome outcome = run(MLP_GRADER_WRONG, scratch);
  CHECK_EQ(outcome.exit_code, 1);
  const std::string line = line_of(outcome.out, "linear-backward");
  CHECK(line.find("FAILED: ∂L/∂bias of Linear(3 -> 4) is wrong at (0, ") != std::string::npos);
  CHECK(outcome.out.find("gradient check: central differences") != std::string::npos);
  CHECK(outcome.out.find("bias      (1 x 4)") != std::string::npos);
  CHECK(outcome.out.find("weights   (4 x 3)") != std::string::npos);
  for (const char* exercise : kExercises) {
    if (std::string(exercise) == "linear-backward") continue;
    CHECK(line_of(outcome.out, exercise).find(" done") != std::string::npos);
  }
  CHECK(outcome.out.find("5 of 6 exercises done") != std::string::npos);
}

}  // namespace

int main() {
  if (!test_shell::posix_shell())
    return check::summary_skipped("runs the graders through a POSIX shell, with redirections");
  test_reference_solutions_pass();
  test_wrong_solution_is_pointed_at();
  return check::summary();
}
