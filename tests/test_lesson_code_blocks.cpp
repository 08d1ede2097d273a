// test_lesson_code_blocks.cpp — the lesson pages must not drift away from the code.
//
// Every page in lessons/ follows one convention for quoted code: a fenced ```cpp block comes
// right after a line naming its file,
//   From [src/framework/linear.cpp](../src/framework/linear.cpp):
// and the block (without its leading and trailing blank lines) must appear verbatim in that file.
// Other blocks must say what they are (```sh for commands, ```text for output, …) and are not
// compared; a block without a language is refused, since it could be C++ that escapes the check.
// Every relative link of a page (to a source file, another page or a picture) must point at
// something that exists.
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "check.hpp"
#include "temp_folder.hpp"

namespace fs = std::filesystem;
using test_files::lines_of;
using test_files::read_text;

namespace {

bool blank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

std::string trimmed(const std::string& line) {
  const std::size_t first = line.find_first_not_of(" \t");
  const std::size_t last = line.find_last_not_of(" \t\r");
  return first == std::string::npos ? "" : line.substr(first, last - first + 1);
}

// A line opening or closing a fenced block, also when indented inside a list item.
bool is_fence(const std::string& line) {
  return trimmed(line).rfind("```", 0) == 0;
}

void fail(const fs::path& page, std::size_t line, const std::string& what) {
  check::record(false, page.string().c_str(), int(line), what);
}

// The lines [first, last) joined, without blank lines at either end.
std::string block_text(const std::vector<std::string>& lines, std::size_t first, std::size_t last) {
  while (first < last && blank(lines[first]))
    ++first;
  while (last > first && blank(lines[last - 1]))
    --last;
  std::string text;
  for (std::size_t i = first; i < last; ++i)
    text += lines[i] + "\n";
  return text;
}

// The path of a line "From [name](path):", or "" when the line is not of that form.
std::string quoted_source(const std::string& line) {
  const std::string start = "From [";
  if (line.compare(0, start.size(), start) != 0) return "";
  const std::size_t open = line.find("](", start.size());
  if (open == std::string::npos) return "";
  const std::size_t close = line.find(')', open + 2);
  if (close == std::string::npos || close == open + 2) return "";
  const std::string path = line.substr(open + 2, close - open - 2);
  if (path.find('#') != std::string::npos || line.compare(close + 1, 1, ":") != 0) return "";
  if (!blank(line.substr(close + 2))) return "";
  return path;
}

// Checks one ```cpp block that opens on line `open` and closes on line `close`.
void check_cpp_block(const fs::path& page, const std::vector<std::string>& lines, std::size_t open,
                     std::size_t close) {
  std::size_t previous = open;
  while (previous > 0 && blank(lines[previous - 1]))
    --previous;
  const std::string path = previous == 0 ? "" : quoted_source(lines[previous - 1]);
  if (path.empty()) {
    fail(page, open + 1, "a cpp block must follow a line 'From [file](../path/to/file):'");
    return;
  }
  const fs::path source = page.parent_path() / path;
  if (!fs::exists(source)) {
    fail(page, open + 1, "the quoted file " + source.string() + " does not exist");
    return;
  }
  const std::string block = block_text(lines, open + 1, close);
  check::record(!block.empty() && read_text(source).find(block) != std::string::npos,
                page.string().c_str(), int(open + 1),
                "this block is not (any more) in " + source.string() + ":\n" + block);
}

// `text` without its `code spans`: a run of n backticks up to the next run of the same n.
std::string without_code_spans(const std::string& text) {
  std::string kept;
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '`') {
      kept += text[i++];
      continue;
    }
    std::size_t run = 0;
    while (i + run < text.size() && text[i + run] == '`')
      ++run;
    const std::size_t end = text.find(std::string(run, '`'), i + run);
    if (end == std::string::npos) {
      kept += text.substr(i, run);
      i += run;
    } else {
      i = end + run;
    }
  }
  return kept;
}

// The targets of the links "](target)" in `text`.
std::vector<std::string> link_targets(const std::string& text) {
  std::vector<std::string> targets;
  for (std::size_t at = text.find("]("); at != std::string::npos; at = text.find("](", at + 2)) {
    const std::size_t end = text.find_first_of(") \t", at + 2);
    if (end != std::string::npos && text[end] == ')' && end > at + 2) {
      targets.push_back(text.substr(at + 2, end - at - 2));
    }
  }
  return targets;
}

// Links inside `code spans` are examples, not links, so the spans are removed first.
void check_links(const fs::path& page, const std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    for (std::string target : link_targets(without_code_spans(lines[i]))) {
      if (target.rfind("http", 0) == 0 || target[0] == '#') continue;
      target = target.substr(0, target.find('#'));
      if (!fs::exists(page.parent_path() / target)) {
        fail(page, i + 1, "the link target " + target + " does not exist");
      }
    }
  }
}

void check_page(const fs::path& page) {
  const std::vector<std::string> lines = lines_of(read_text(page));
  check_links(page, lines);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!is_fence(lines[i])) continue;
    const std::string language = trimmed(lines[i]).substr(3);
    std::size_t close = i + 1;
    while (close < lines.size() && !is_fence(lines[close]))
      ++close;
    if (close == lines.size()) {
      fail(page, i + 1, "this code block is never closed");
      return;
    }
    if (language == "cpp" || language == "c++" || language == "cxx") {
      check_cpp_block(page, lines, i, close);
    } else if (blank(language)) {
      fail(page, i + 1, "a code block must name its language: cpp, sh, text, …");
    }
    i = close;
  }
}

}  // namespace

int main() {
  std::size_t pages = 0;
  for (const fs::directory_entry& entry : fs::directory_iterator("lessons")) {
    if (entry.path().extension() != ".md") continue;
    check_page(entry.path());
    ++pages;
  }
  CHECK(pages >= 5);
  return check::summary();
}
