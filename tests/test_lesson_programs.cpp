// test_lesson_programs.cpp — every lesson program run into a temporary folder: it reports every
// picture it writes, each picture is well-formed XML and reasonably small; the shared command
// line answers --help and rejects bad options with exit code 2.
#include <filesystem>
#include <set>
#include <sstream>

#include "check.hpp"
#include "lessons/lesson_framework.hpp"
#include "lessons/lesson_gradient_descent.hpp"
#include "lessons/lesson_losses.hpp"
#include "lessons/lesson_overfitting.hpp"
#include "temp_folder.hpp"
#include "xml_check.hpp"

namespace fs = std::filesystem;
using test_files::read_text;

namespace {

// Runs one program body into its own folder and checks what it wrote.
void check_program(const std::string& name, const mlp::LessonBody& body, const fs::path& root) {
  const fs::path folder = root / name;
  std::ostringstream out;
  const std::vector<std::string> reported = body({1, folder.string()}, out);
  CHECK(!reported.empty());
  CHECK(!out.str().empty());
  std::set<std::string> written;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder))
    written.insert(entry.path().string());
  CHECK_EQ(written, std::set<std::string>(reported.begin(), reported.end()));
  for (const std::string& path : reported) {
    const std::string svg = read_text(path);
    const std::string problem = mlp::xml_problem(svg);
    check::record(problem.empty(), __FILE__, __LINE__, path + ": " + problem);
    check::record(svg.size() < 200000, __FILE__, __LINE__,
                  path + " is " + std::to_string(svg.size()) + " bytes");
  }
}

int run_with(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), "lesson_test");
  std::vector<char*> argv;
  for (std::string& argument : arguments)
    argv.push_back(argument.data());
  return mlp::run_lesson_program(int(argv.size()), argv.data(), "lesson_test", "A test.",
                                 mlp::losses_lesson);
}

void test_command_line(const fs::path& root) {
  CHECK_EQ(run_with({"--help"}), 0);
  CHECK_EQ(run_with({"--seed", "x"}), 2);
  CHECK_EQ(run_with({"--seed"}), 2);
  CHECK_EQ(run_with({"--colour", "blue"}), 2);
  const fs::path folder = root / "made" / "by" / "the program";
  CHECK_EQ(run_with({"--seed", "3", "--output", folder.string()}), 0);
  CHECK(fs::exists(folder / "losses-outlier.svg"));
}

}  // namespace

int main() {
  const test_files::TempFolder temp_folder("test_lesson_programs");
  const fs::path& root = temp_folder.path();
  check_program("losses", mlp::losses_lesson, root);
  check_program("gradient_descent", mlp::gradient_descent_lesson, root);
  check_program("framework", mlp::framework_lesson, root);
  check_program("overfitting", mlp::overfitting_lesson, root);
  test_command_line(root);
  return check::summary();
}
