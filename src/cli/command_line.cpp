// command_line.cpp — reading options and their values, with a precise message for every mistake.
//
// support code: command-line parsing; nothing in it is needed to follow the lessons.
#include "cli/command_line.hpp"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace mlp {
namespace {

const OptionSpec* find_spec(const std::vector<OptionSpec>& specs, const std::string& name) {
  for (const OptionSpec& spec : specs) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

std::string range_text(double low, double high) {
  char text[96];
  std::snprintf(text, sizeof text, "between %g and %g", low, high);
  return text;
}

// How many single-letter insertions, deletions and substitutions turn a into b (Levenshtein).
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> previous(b.size() + 1), current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j)
    previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    previous.swap(current);
  }
  return previous[b.size()];
}

// The first letters of the words of a hyphenated name: "learning-rate" -> "lr".
std::string initials(const std::string& name) {
  std::string letters;
  for (std::size_t i = 0; i < name.size(); ++i) {
    if (i == 0 || name[i - 1] == '-') letters += name[i];
  }
  return letters;
}

}  // namespace

std::string nearest_option(const std::string& name, const std::vector<OptionSpec>& specs) {
  if (name.empty()) return "";
  std::string best;
  std::size_t best_distance = 3;  // more than two edits away is no near miss
  for (const OptionSpec& spec : specs) {
    if (spec.name.compare(0, name.size(), name) == 0 || initials(spec.name) == name) {
      return spec.name;  // a prefix such as --learn, or the initials such as --lr
    }
    const std::size_t distance = edit_distance(name, spec.name);
    if (distance < best_distance && distance < spec.name.size()) {
      best = spec.name;
      best_distance = distance;
    }
  }
  return best;
}

CommandLine::CommandLine(const std::vector<std::string>& arguments,
                         const std::vector<OptionSpec>& specs) {
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string& word = arguments[i];
    if (word == "-h" && find_spec(specs, "help") != nullptr) {
      switches_.insert("help");
      given_.push_back("help");
      continue;
    }
    if (word.size() < 3 || word.compare(0, 2, "--") != 0) {
      throw UsageError("unexpected argument '" + word + "' (options start with --)");
    }
    // --name=value is the same as --name value.
    const std::size_t equals = word.find('=');
    const std::string name = word.substr(2, equals == std::string::npos ? equals : equals - 2);
    const OptionSpec* spec = find_spec(specs, name);
    if (spec == nullptr) {
      const std::string near = nearest_option(name, specs);
      throw UsageError("unknown option --" + name +
                       (near.empty() ? "" : "; did you mean --" + near + "?"));
    }
    if (values_.count(name) || switches_.count(name)) {
      throw UsageError("option --" + name + " is given twice");
    }
    given_.push_back(name);
    if (spec->value_name.empty()) {
      if (equals != std::string::npos) throw UsageError("option --" + name + " takes no value");
      switches_.insert(name);
      continue;
    }
    if (equals != std::string::npos) {
      values_[name] = word.substr(equals + 1);
      continue;
    }
    if (i + 1 == arguments.size()) {
      throw UsageError("option --" + name + " needs a value (" + spec->value_name + ")");
    }
    values_[name] = arguments[++i];
  }
}

const std::vector<std::string>& CommandLine::given() const {
  return given_;
}

bool CommandLine::has(const std::string& name) const {
  return values_.count(name) > 0 || switches_.count(name) > 0;
}

std::string CommandLine::text(const std::string& name, const std::string& fallback) const {
  const auto found = values_.find(name);
  return found == values_.end() ? fallback : found->second;
}

std::size_t CommandLine::count(const std::string& name, std::size_t fallback, std::size_t low,
                               std::size_t high) const {
  const auto found = values_.find(name);
  if (found == values_.end()) return fallback;
  return parse_count(found->second, "--" + name, low, high);
}

double CommandLine::number(const std::string& name, double fallback, double low,
                           double high) const {
  const auto found = values_.find(name);
  if (found == values_.end()) return fallback;
  return parse_number(found->second, "--" + name, low, high);
}

std::vector<std::size_t> CommandLine::counts(const std::string& name,
                                             const std::vector<std::size_t>& fallback,
                                             std::size_t low, std::size_t high) const {
  const auto found = values_.find(name);
  if (found == values_.end()) return fallback;
  std::vector<std::size_t> values;
  std::size_t start = 0;
  const std::string& text = found->second;
  while (true) {
    const std::size_t comma = text.find(',', start);
    const std::string item = text.substr(start, comma - start);
    values.push_back(parse_count(item, "--" + name + " item '" + item + "'", low, high));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return values;
}

std::string CommandLine::choice(const std::string& name, const std::string& fallback,
                                const std::vector<std::string>& allowed) const {
  const std::string value = text(name, fallback);
  std::string list;
  for (const std::string& option : allowed) {
    if (option == value) return value;
    list += (list.empty() ? "" : ", ") + option;
  }
  throw UsageError("--" + name + " must be one of " + list + ", not '" + value + "'");
}

std::string help_text(const std::string& usage, const std::string& description,
                      const std::vector<OptionSpec>& specs) {
  std::string text = "usage: " + usage + "\n\n" + description + "\n\noptions:\n";
  for (const OptionSpec& spec : specs) {
    std::string left = "  --" + spec.name + (spec.value_name.empty() ? "" : " " + spec.value_name);
    if (left.size() < 28) left.resize(28, ' ');
    text += left + " " + spec.help;
    if (!spec.default_text.empty()) text += " (default " + spec.default_text + ")";
    text += "\n";
  }
  return text;
}

std::size_t parse_count(const std::string& text, const std::string& what, std::size_t low,
                        std::size_t high) {
  const bool digits_only = !text.empty() && text.size() <= 19 &&
                           text.find_first_not_of("0123456789") == std::string::npos;
  if (!digits_only) throw UsageError(what + " must be a whole number, not '" + text + "'");
  const unsigned long long value = std::strtoull(text.c_str(), nullptr, 10);
  if (value < low || value > high) {
    throw UsageError(what + " must be " + range_text(double(low), double(high)) + ", not " + text);
  }
  return static_cast<std::size_t>(value);
}

double parse_number(const std::string& text, const std::string& what, double low, double high) {
  char* end = nullptr;
  errno = 0;
  const double value = text.empty() ? 0.0 : std::strtod(text.c_str(), &end);
  const bool complete = !text.empty() && end == text.c_str() + text.size() &&
                        text.find_first_of(" \t\n") == std::string::npos;
  if (!complete || errno == ERANGE || !std::isfinite(value)) {
    throw UsageError(what + " must be a number such as 0.1 or 1e-3, not '" + text + "'");
  }
  if (value < low || value > high) {
    throw UsageError(what + " must be " + range_text(low, high) + ", not " + text);
  }
  return value;
}

}  // namespace mlp
