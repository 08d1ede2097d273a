// test_reading_path.cpp — the reading path of lessons/README.md cannot rot.
//
// The path lists the framework files of one training step with their line counts. This test
// counts the lines of every listed file and checks each count, the total, the total in the
// heading, and that the total stays about a thousand lines; that src/framework/README.md lists the
// same files with the same counts; that the support code says so in its first comment; and that
// no link of the lesson pages 1 to 4 and the index reaches support code; and that the links of
// the exercises' page lead somewhere.
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "check.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
using test_files::read_text;

namespace {

struct PathEntry {
  std::string file;  // as linked, relative to the page
  std::size_t lines;
};

struct ReadingPath {
  std::vector<PathEntry> entries;
  std::size_t total = 0;
};

std::size_t line_count(const fs::path& file) {
  std::size_t lines = 0;
  for (char c : read_text(file))
    lines += c == '\n';
  return lines;
}

// The rows "| lesson | [`name`](link) | lines | … |" of the page's first table whose header is
// "| lesson | file | lines | what it teaches |", and its row "| | total | N | |".
ReadingPath read_path(const fs::path& page) {
  ReadingPath path;
  std::istringstream text(read_text(page));
  std::string line;
  bool in_table = false;
  while (std::getline(text, line)) {
    if (line == "| lesson | file | lines | what it teaches |") {
      in_table = true;
      continue;
    }
    if (!in_table) continue;
    if (line.rfind("| | total | ", 0) == 0) {
      path.total = std::stoul(line.substr(12));
      break;
    }
    const std::size_t link = line.find("](");
    if (link == std::string::npos) continue;
    const std::size_t link_end = line.find(')', link);
    const std::size_t count_at = line.find("| ", link_end) + 2;
    path.entries.push_back(
        {line.substr(link + 2, link_end - link - 2), std::stoul(line.substr(count_at))});
  }
  return path;
}

void check_counts(const fs::path& page, const ReadingPath& path) {
  std::size_t sum = 0;
  for (const PathEntry& entry : path.entries) {
    const fs::path file = page.parent_path() / entry.file;
    CHECK(fs::exists(file));
    const std::size_t counted = line_count(file);
    check::record(counted == entry.lines, __FILE__, __LINE__,
                  page.string() + " says " + entry.file + " has " + std::to_string(entry.lines) +
                      " lines, it has " + std::to_string(counted));
    sum += counted;
  }
  check::record(sum == path.total, __FILE__, __LINE__,
                page.string() + " says the path has " + std::to_string(path.total) +
                    " lines, the files have " + std::to_string(sum));
}

void test_lessons_index_path() {
  const fs::path page = "lessons/README.md";
  const ReadingPath path = read_path(page);
  CHECK(path.entries.size() >= 15);
  check_counts(page, path);
  // About a thousand lines: what a learner reads in an hour.
  CHECK(path.total >= 900 && path.total <= 1150);
  const std::string text = read_text(page);
  CHECK(text.find("## The reading path: one training step in " + std::to_string(path.total) +
                  " lines") != std::string::npos);
  // The index opens with the path: nothing but the title comes before it.
  CHECK(text.find("## ") == text.find("## The reading path"));
  // The project's README sends the learner there with the same figures.
  std::string readme = read_text("README.md");
  for (char& c : readme)
    c = c == '\n' ? ' ' : c;
  CHECK(readme.find("the " + std::to_string(path.entries.size()) + " files of") !=
        std::string::npos);
  CHECK(readme.find("about " + std::to_string(path.total / 100 / 10) + "," +
                    std::to_string(path.total / 100 % 10) + "00 lines") != std::string::npos);
}

void test_framework_readme_agrees() {
  const ReadingPath lessons = read_path("lessons/README.md");
  const fs::path page = "src/framework/README.md";
  const ReadingPath framework = read_path(page);
  check_counts(page, framework);
  CHECK_EQ(framework.entries.size(), lessons.entries.size());
  for (std::size_t i = 0; i < framework.entries.size() && i < lessons.entries.size(); ++i) {
    CHECK_EQ("../src/framework/" + framework.entries[i].file, lessons.entries[i].file);
  }
}

// The first block of // lines of a source file.
std::string first_comment(const fs::path& file) {
  std::istringstream text(read_text(file));
  std::string line, comment;
  while (std::getline(text, line) && line.rfind("//", 0) == 0)
    comment += line + "\n";
  return comment;
}

bool is_support_code(const fs::path& file) {
  return fs::is_regular_file(file) && first_comment(file).find("support code") != std::string::npos;
}

void test_support_code_says_so() {
  for (const char* folder : {"src/data", "src/report", "src/cli"}) {
    for (const fs::directory_entry& entry : fs::directory_iterator(folder)) {
      check::record(is_support_code(entry.path()), __FILE__, __LINE__,
                    entry.path().string() + " does not say \"support code\" in its first comment");
    }
  }
  for (const char* file :
       {"src/framework/random.hpp", "src/framework/random.cpp", "src/framework/reference_tier.cpp",
        "src/framework/reference_kernels.hpp", "src/framework/scalar.hpp",
        "src/lessons/lesson_program.hpp", "src/lessons/lesson_program.cpp",
        "src/lessons/lesson_text.hpp", "src/lessons/lesson_text.cpp",
        "src/lessons/grade_exercises.cpp"}) {
    check::record(is_support_code(file), __FILE__, __LINE__,
                  std::string(file) + " does not say \"support code\" in its first comment");
  }
  // The path itself is what a learner reads.
  for (const PathEntry& entry : read_path("lessons/README.md").entries)
    CHECK(!is_support_code(fs::path("lessons") / entry.file));
}

void test_pages_do_not_link_support_code() {
  std::vector<fs::path> pages = {"lessons/README.md"};
  for (const fs::directory_entry& entry : fs::directory_iterator("lessons")) {
    const std::string name = entry.path().filename().string();
    if (name.size() > 2 && name[0] >= '1' && name[0] <= '4' && name[1] == '-')
      pages.push_back(entry.path());
  }
  CHECK_EQ(pages.size(), 5u);
  for (const fs::path& page : pages) {
    const std::string text = read_text(page);
    for (std::size_t at = text.find("]("); at != std::string::npos; at = text.find("](", at + 2)) {
      const std::size_t end = text.find_first_of(")#", at + 2);
      const std::string link = text.substr(at + 2, end - at - 2);
      const fs::path target = (page.parent_path() / link).lexically_normal();
      bool support = is_support_code(target);
      for (const char* folder : {"src/data", "src/report", "src/cli", "src/fast"})
        support = support || target.string().rfind(folder, 0) == 0;
      check::record(!support, __FILE__, __LINE__, page.string() + " links support code: " + link);
    }
  }
}

// The exercises' page lives in a folder of its own, out of the reach of the code-block test; its
// links must lead somewhere too.
void test_exercise_page_links() {
  const fs::path page = "lessons/exercises/README.md";
  const std::string text = read_text(page);
  std::size_t links = 0;
  for (std::size_t at = text.find("]("); at != std::string::npos; at = text.find("](", at + 2)) {
    const std::size_t end = text.find_first_of(")#", at + 2);
    const std::string link = text.substr(at + 2, end - at - 2);
    check::record(fs::exists(page.parent_path() / link), __FILE__, __LINE__,
                  page.string() + " links " + link + ", which does not exist");
    ++links;
  }
  CHECK(links >= 10);
}

}  // namespace

int main() {
  test_lessons_index_path();
  test_framework_readme_agrees();
  test_support_code_says_so();
  test_pages_do_not_link_support_code();
  test_exercise_page_links();
  return check::summary();
}
