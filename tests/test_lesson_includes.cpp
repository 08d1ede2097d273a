// test_lesson_includes.cpp — the files the lesson pages send a learner to stay in the reference
// tier: none of them reaches the fast tier (src/fast/) through its includes.
//
// For every relative link from a page of lessons/ to a source file or folder under src/, the test
// follows the #include "…" lines of that file (of every file, for a folder), and of the files they
// include, and so on, and fails naming the chain if it arrives in src/fast/. speed.md is the one
// page about the fast tier, so its links are not followed.
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "check.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
using test_files::read_text;

namespace {

const fs::path kSource = "src";

// The project files that `file` includes with #include "…", as paths under src/.
std::vector<fs::path> included_files(const fs::path& file) {
  std::vector<fs::path> files;
  std::istringstream lines(read_text(file));
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("#include \"", 0) != 0) continue;
    const std::size_t end = line.find('"', 10);
    const fs::path included = kSource / line.substr(10, end - 10);
    if (fs::exists(included)) files.push_back(included.lexically_normal());
  }
  return files;
}

bool in_fast_tier(const fs::path& file) {
  return file.lexically_normal().string().rfind((kSource / "fast").string(), 0) == 0;
}

// Follows the includes from `file`; returns the chain that reaches src/fast/, or "" if none does.
std::string chain_to_fast_tier(const fs::path& file, std::set<fs::path>& seen) {
  if (!seen.insert(file).second) return "";
  if (in_fast_tier(file)) return file.string();
  for (const fs::path& included : included_files(file)) {
    const std::string chain = chain_to_fast_tier(included, seen);
    if (!chain.empty()) return file.string() + " → " + chain;
  }
  return "";
}

// The link targets of a page that are source files or folders under src/.
std::vector<fs::path> linked_sources(const fs::path& page) {
  std::vector<fs::path> sources;
  const std::string text = read_text(page);
  for (std::size_t at = text.find("](../src/"); at != std::string::npos;
       at = text.find("](../src/", at + 2)) {
    const std::size_t end = text.find_first_of(")#", at + 2);
    const fs::path target = (page.parent_path() / text.substr(at + 2, end - at - 2));
    sources.push_back(target.lexically_normal());
  }
  return sources;
}

void check_page(const fs::path& page) {
  for (const fs::path& target : linked_sources(page)) {
    std::vector<fs::path> files;
    if (fs::is_directory(target)) {
      for (const fs::directory_entry& entry : fs::directory_iterator(target))
        if (entry.is_regular_file()) files.push_back(entry.path().lexically_normal());
    } else if (fs::exists(target)) {
      files.push_back(target);
    }
    for (const fs::path& file : files) {
      std::set<fs::path> seen;
      const std::string chain = chain_to_fast_tier(file, seen);
      if (!chain.empty()) {
        std::printf("%s links %s, which reaches the fast tier: %s\n", page.string().c_str(),
                    target.string().c_str(), chain.c_str());
      }
      CHECK(chain.empty());
    }
  }
}

// The check itself can fail: the fast tier's own test reaches it through its includes.
void test_the_check_sees_the_fast_tier() {
  std::set<fs::path> seen;
  CHECK(!chain_to_fast_tier("tests/test_thread_pool.cpp", seen).empty());
  seen.clear();
  CHECK(chain_to_fast_tier(kSource / "framework" / "linear.cpp", seen).empty());
}

}  // namespace

int main() {
  test_the_check_sees_the_fast_tier();
  std::size_t pages = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator("lessons")) {
    if (entry.path().extension() != ".md" || entry.path().filename() == "speed.md") continue;
    check_page(entry.path());
    ++pages;
  }
  CHECK(pages >= 5);
  return check::summary();
}
