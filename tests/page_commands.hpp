// page_commands.hpp — test helper: the commands a lesson page shows, as the learner would type
// them.
#pragma once

#include <sstream>
#include <string>
#include <vector>

#include "temp_folder.hpp"

namespace page_commands {

// How the pages call the lab program, from the repository's root folder.
inline const std::string kProgram = "./build/mnist_lab";

// The words of a command line, without a trailing "# comment".
inline std::vector<std::string> words_of(const std::string& command) {
  std::vector<std::string> words;
  std::istringstream stream(command.substr(0, command.find(" #")));
  for (std::string word; stream >> word;)
    words.push_back(word);
  return words;
}

// The commands of a page: lines of ```sh blocks, and `code spans`, that start with the program
// or with make.
inline std::vector<std::string> commands_of(const std::string& page) {
  std::vector<std::string> commands;
  bool in_sh = false;
  for (const std::string& line : test_files::lines_of(page)) {
    if (line.rfind("```", 0) == 0) {
      in_sh = !in_sh && line == "```sh";
      continue;
    }
    if (in_sh) {
      commands.push_back(line);
      continue;
    }
    for (std::size_t at = line.find('`'); at != std::string::npos; at = line.find('`', at + 1)) {
      const std::size_t end = line.find('`', at + 1);
      if (end == std::string::npos) break;
      const std::string span = line.substr(at + 1, end - at - 1);
      if (span.rfind(kProgram + " ", 0) == 0) commands.push_back(span);
      at = end;
    }
  }
  return commands;
}

}  // namespace page_commands
