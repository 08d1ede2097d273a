// command_line.hpp — strict parsing of the programs' options: --name value pairs and switches.
//
// support code: command-line parsing; nothing in it is needed to follow the lessons.
//
// A learner who types `--epochs 1O` (a letter O) or `--learning-rate 0,1` deserves a message
// saying exactly which option is wrong and why, not an exception from std::stoi or a silently
// truncated number. Every value is read completely and checked against a range.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <stdexcept>
#include <string>
#include <vector>

namespace mlp {

// A problem with the command line; its message is meant to be printed as it is, followed by a
// hint to run --help.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct OptionSpec {
  std::string name;          // without the dashes, e.g. "epochs"
  std::string value_name;    // e.g. "N"; empty for a switch such as --help
  std::string help;          // one line
  std::string default_text;  // shown in --help; empty when there is none
};

class CommandLine {
 public:
  // Reads arguments[0 …] (without the program name). `--name value` and `--name=value` are the
  // same; `-h` stands for --help when there is a --help. Throws UsageError for an unknown option
  // (suggesting the nearest known one), a missing value, an option given twice, or a stray word
  // that is not an option.
  CommandLine(const std::vector<std::string>& arguments, const std::vector<OptionSpec>& specs);

  // The names of the options given, in the order they were given.
  const std::vector<std::string>& given() const;
  bool has(const std::string& name) const;
  // The value of --name, or `fallback` when it was not given.
  std::string text(const std::string& name, const std::string& fallback) const;
  // Whole numbers in [low, high]; decimal digits only.
  std::size_t count(const std::string& name, std::size_t fallback, std::size_t low,
                    std::size_t high) const;
  // Finite real numbers in [low, high], e.g. 0.1, 1e-3.
  double number(const std::string& name, double fallback, double low, double high) const;
  // A comma-separated list of whole numbers, e.g. "784,128,10".
  std::vector<std::size_t> counts(const std::string& name, const std::vector<std::size_t>& fallback,
                                  std::size_t low, std::size_t high) const;
  // One of the listed words.
  std::string choice(const std::string& name, const std::string& fallback,
                     const std::vector<std::string>& allowed) const;

 private:
  std::map<std::string, std::string> values_;
  std::set<std::string> switches_;
  std::vector<std::string> given_;
};

// The option a mistyped `name` most likely meant: one whose name starts with it (--learn), whose
// initials it is (--lr for --learning-rate), or which is at most two letters away (--epoch);
// empty when none is that near.
std::string nearest_option(const std::string& name, const std::vector<OptionSpec>& specs);

// The --help text: a usage line, a description and one line per option.
std::string help_text(const std::string& usage, const std::string& description,
                      const std::vector<OptionSpec>& specs);

// Reads a whole number or a finite real in [low, high] from text; `what` names it in errors.
std::size_t parse_count(const std::string& text, const std::string& what, std::size_t low,
                        std::size_t high);
double parse_number(const std::string& text, const std::string& what, double low, double high);

}  // namespace mlp
