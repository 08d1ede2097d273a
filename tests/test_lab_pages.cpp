// test_lab_pages.cpp — the lab's two pages keep their promises: every mnist_lab command they show
// is accepted by the program, every make target they name exists, and the teacher's page quotes
// its tables and pictures from the files our runs wrote (copied by `make lab-pictures`); and
// `make help` lists every target.
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "check.hpp"
#include "cli/command_line.hpp"
#include "lab/lab_options.hpp"
#include "page_commands.hpp"
#include "temp_folder.hpp"
#include "xml_check.hpp"

namespace fs = std::filesystem;
using test_files::lines_of;
using test_files::read_text;

namespace {

const char* const kPages[] = {"lessons/mnist-lab.md", "lessons/mnist-lab-answers.md"};

void test_commands(const std::string& name, const std::string& page) {
  const std::string makefile = read_text("Makefile");
  std::size_t program_commands = 0;
  for (const std::string& command : page_commands::commands_of(page)) {
    const std::vector<std::string> words = page_commands::words_of(command);
    if (words.empty()) continue;
    if (words[0] == "make") {
      const bool exists =
          words.size() == 1 || makefile.find("\n" + words[1] + ":") != std::string::npos;
      check::record(exists, name.c_str(), 0, "no make target for: " + command);
      continue;
    }
    if (words[0] != page_commands::kProgram) continue;
    ++program_commands;
    try {
      mlp::parse_lab_options(std::vector<std::string>(words.begin() + 1, words.end()));
      check::record(true, name.c_str(), 0, command);
    } catch (const mlp::UsageError& error) {
      check::record(false, name.c_str(), 0, command + ": " + error.what());
    }
  }
  check::record(program_commands >= 5, name.c_str(), 0, "the page shows mnist_lab commands");
}

// Every line of a generated table appears in the teacher's page word for word.
void test_quoted_table(const std::string& page, const std::string& table_file) {
  const std::string table = read_text(table_file);
  check::record(!table.empty(), table_file.c_str(), 0, "the generated table exists");
  for (const std::string& line : lines_of(table)) {
    check::record(page.find(line + "\n") != std::string::npos, table_file.c_str(), 0,
                  "the teacher's page does not quote this row: " + line);
  }
}

void test_teacher_page(const std::string& page) {
  test_quoted_table(page, "lessons/images/lab-experiment.md");
  test_quoted_table(page, "lessons/images/lab-deep.md");
  std::size_t pictures = 0;
  for (std::size_t at = page.find("](images/"); at != std::string::npos;
       at = page.find("](images/", at + 1)) {
    const std::string path = "lessons/" + page.substr(at + 2, page.find(')', at) - at - 2);
    if (path.size() < 4 || path.compare(path.size() - 4, 4, ".svg") != 0) continue;
    const std::string problem = mlp::xml_problem(read_text(path));
    check::record(problem.empty(), path.c_str(), 0, "picture: " + problem);
    ++pictures;
  }
  check::record(pictures >= 6, "lessons/mnist-lab-answers.md", 0, "the answers show pictures");
}

// The assignment asks; it does not answer. None of the teacher's figures appear on it.
void test_assignment_page(const std::string& page) {
  for (const char* question : {"1. Does the activation function", "2. Do we need 2 or 3 layers",
                               "3. What problems appear", "4. How do the weights behave"})
    check::record(page.find(question) != std::string::npos, "lessons/mnist-lab.md", 0, question);
  check::record(page.find("](images/") == std::string::npos, "lessons/mnist-lab.md", 0,
                "the assignment shows none of the answers' pictures");
  check::record(page.find("mnist-lab-answers.md") != std::string::npos, "lessons/mnist-lab.md", 0,
                "the assignment links the teacher's page");
}

// `make help` names every target of the Makefile.
void test_make_help() {
  const std::string makefile = read_text("Makefile");
  const std::size_t phony = makefile.find(".PHONY:");
  check::record(phony != std::string::npos, "Makefile", 0, "a .PHONY line");
  if (phony == std::string::npos) return;
  const std::string help = makefile.substr(makefile.find("\nhelp:"));
  std::istringstream targets(makefile.substr(phony + 7, makefile.find('\n', phony) - phony - 7));
  for (std::string target; targets >> target;) {
    if (target == "all" || target == "configure" || target == "help") continue;
    check::record(help.find("@echo \"make " + target + " ") != std::string::npos, "Makefile", 0,
                  "make help does not list " + target);
  }
}

}  // namespace

int main() {
  for (const char* name : kPages) {
    const std::string page = read_text(name);
    check::record(!page.empty(), name, 0, "the page exists");
    test_commands(name, page);
  }
  test_assignment_page(read_text(kPages[0]));
  test_teacher_page(read_text(kPages[1]));
  test_make_help();
  return check::summary();
}
