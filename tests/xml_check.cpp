// xml_check.cpp — the well-formedness checker: one pass over the text with a stack of the
// elements still open.
//
// support code: a helper of the tests.
//
// The open elements live in an explicit stack rather than in recursive calls, so a file with a
// million nested tags is reported normally instead of overflowing the call stack.
#include "xml_check.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include "report/xml_characters.hpp"

namespace mlp {
namespace {

// Thrown at the first problem; `position` is the byte offset where it was found.
struct XmlError {
  std::size_t position;
  std::string message;
};

class XmlChecker {
 public:
  explicit XmlChecker(const std::string& text) : text_(text) {}

  void check() {
    if (starts_with("\xEF\xBB\xBF")) pos_ = 3;  // a UTF-8 byte order mark
    document_start_ = pos_;
    skip_misc(true);
    if (at_end()) fail("there is no root element");
    if (text_[pos_] != '<') fail("text before the root element");
    check_root_element();
    skip_misc(false);
    if (at_end()) return;
    if (text_[pos_] == '<' && pos_ + 1 < text_.size() && is_xml_name_start(text_[pos_ + 1])) {
      fail("a second root element; a document has exactly one");
    }
    fail("text after the root element");
  }

  // Lines are counted only when a problem is reported, so the check itself stays one pass.
  std::size_t line_of(std::size_t position) const {
    const auto end = text_.begin() + static_cast<std::ptrdiff_t>(std::min(position, text_.size()));
    return 1 + static_cast<std::size_t>(std::count(text_.begin(), end, '\n'));
  }

 private:
  struct OpenElement {
    std::string name;
    std::size_t position;
  };

  const std::string& text_;
  std::size_t pos_ = 0;
  std::size_t document_start_ = 0;
  std::vector<OpenElement> open_;

  bool at_end() const { return pos_ >= text_.size(); }
  void skip_space() {
    while (!at_end() && is_xml_space(text_[pos_]))
      ++pos_;
  }
  bool starts_with(const char* prefix) const {
    return text_.compare(pos_, std::char_traits<char>::length(prefix), prefix) == 0;
  }

  [[noreturn]] void fail(const std::string& message) const { throw XmlError{pos_, message}; }
  [[noreturn]] void fail_at(std::size_t position, const std::string& message) const {
    throw XmlError{position, message};
  }

  // Comments, processing instructions and white space, which may surround the root element;
  // before it also the XML declaration and one DOCTYPE.
  void skip_misc(bool before_root) {
    bool doctype_allowed = before_root;
    for (;;) {
      skip_space();
      if (starts_with("<!--")) {
        check_comment();
      } else if (starts_with("<?")) {
        check_processing_instruction();
      } else if (doctype_allowed && starts_with("<!DOCTYPE")) {
        check_doctype();
        doctype_allowed = false;
      } else {
        return;
      }
    }
  }

  // Checks the characters from here up to `to`, then moves past the terminator found at `to`.
  void skip_checked(std::size_t to, std::size_t terminator_length) {
    for (; pos_ < to; ++pos_)
      check_byte();
    pos_ += terminator_length;
  }

  void check_byte() const {
    if (!is_allowed_xml_byte(text_[pos_])) {
      fail("control character " + std::to_string(static_cast<int>(text_[pos_])) +
           " is not allowed in XML");
    }
  }

  void check_comment() {
    const std::size_t end = text_.find("--", pos_ + 4);
    if (end == std::string::npos) fail("comment <!-- is never closed with -->");
    if (end + 2 >= text_.size() || text_[end + 2] != '>') fail_at(end, "'--' inside a comment");
    skip_checked(end, 3);
  }

  void check_processing_instruction() {
    const std::size_t start = pos_;
    pos_ += 2;
    const std::string target = read_name("a name after '<?'");
    if (target == "xml" && start != document_start_) {
      fail_at(start, "the XML declaration <?xml ...?> is only allowed at the very start");
    }
    const std::size_t end = text_.find("?>", pos_);
    if (end == std::string::npos) fail_at(start, "<?" + target + " is never closed with ?>");
    skip_checked(end, 2);
  }

  void check_doctype() {
    const std::size_t start = pos_;
    char quote = 0;
    for (pos_ += 9; !at_end(); ++pos_) {
      const char c = text_[pos_];
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        fail("a DOCTYPE with an internal subset [...] is not supported");
      } else if (c == '>') {
        ++pos_;
        return;
      }
    }
    fail_at(start, "<!DOCTYPE is never closed with '>'");
  }

  void check_cdata() {
    const std::size_t end = text_.find("]]>", pos_);
    if (end == std::string::npos) fail("<![CDATA[ is never closed with ]]>");
    pos_ += 9;
    skip_checked(end, 3);
  }

  std::string read_name(const char* what) {
    if (at_end() || !is_xml_name_start(text_[pos_])) fail(std::string("expected ") + what);
    const std::size_t start = pos_;
    while (!at_end() && is_xml_name_char(text_[pos_]))
      ++pos_;
    return text_.substr(start, pos_ - start);
  }

  // The root element and everything inside it, up to its end tag.
  void check_root_element() {
    check_start_tag();
    while (!open_.empty()) {
      if (at_end()) {
        fail_at(open_.back().position, "<" + open_.back().name + "> is never closed");
      }
      if (starts_with("</")) {
        check_end_tag();
      } else if (starts_with("<!--")) {
        check_comment();
      } else if (starts_with("<![CDATA[")) {
        check_cdata();
      } else if (starts_with("<?")) {
        check_processing_instruction();
      } else if (text_[pos_] == '<') {
        check_start_tag();
      } else if (text_[pos_] == '&') {
        check_reference();
      } else {
        if (starts_with("]]>")) fail("']]>' is not allowed in text");
        check_byte();
        ++pos_;
      }
    }
  }

  void check_start_tag() {
    const std::size_t start = pos_++;
    if (at_end() || !is_xml_name_start(text_[pos_])) {
      fail_at(start, "'<' does not start a tag; text must write it as &lt;");
    }
    const std::string name = read_name("an element name");
    std::set<std::string> attributes;
    for (;;) {
      const std::size_t before_space = pos_;
      skip_space();
      if (at_end()) fail_at(start, "the start tag <" + name + " is never closed with '>'");
      if (starts_with("/>")) {
        pos_ += 2;
        return;
      }
      if (text_[pos_] == '>') {
        ++pos_;
        open_.push_back({name, start});
        return;
      }
      if (pos_ == before_space || !is_xml_name_start(text_[pos_])) {
        fail("unexpected character '" + std::string(1, text_[pos_]) + "' in the tag <" + name +
             ">");
      }
      const std::size_t attribute_start = pos_;
      const std::string attribute = check_attribute(name);
      if (!attributes.insert(attribute).second) {
        fail_at(attribute_start, "attribute " + attribute + " appears twice in <" + name + ">");
      }
    }
  }

  // name = "value" or name = 'value'; returns the name.
  std::string check_attribute(const std::string& element) {
    const std::string name = read_name("an attribute name");
    const std::string where = "attribute " + name + " of <" + element + ">";
    skip_space();
    if (at_end() || text_[pos_] != '=') fail(where + " has no '=' and value");
    ++pos_;
    skip_space();
    if (at_end() || (text_[pos_] != '"' && text_[pos_] != '\'')) {
      fail("the value of " + where + " must be in quotes");
    }
    const char quote = text_[pos_++];
    while (!at_end() && text_[pos_] != quote) {
      if (text_[pos_] == '<') fail("'<' in the value of " + where + "; write &lt;");
      if (text_[pos_] == '&') {
        check_reference();
      } else {
        check_byte();
        ++pos_;
      }
    }
    if (at_end()) fail("the value of " + where + " is never closed with its quote");
    ++pos_;
    return name;
  }

  void check_end_tag() {
    const std::size_t start = pos_;
    pos_ += 2;
    const std::string name = read_name("an element name after '</'");
    skip_space();
    if (at_end() || text_[pos_] != '>') fail("expected '>' to end </" + name);
    ++pos_;
    const OpenElement& open = open_.back();
    if (name != open.name) {
      fail_at(start, "</" + name + "> does not close <" + open.name + "> (opened on line " +
                         std::to_string(line_of(open.position)) + ")");
    }
    open_.pop_back();
  }

  // &amp; &lt; &gt; &quot; &apos;, or a character number in decimal (&#169;) or hex (&#xA9;).
  void check_reference() {
    const std::size_t start = pos_++;
    const std::size_t semicolon = text_.find(';', pos_);
    if (semicolon == std::string::npos || semicolon == pos_ || semicolon - pos_ > 12) {
      fail_at(start, "'&' must start an entity reference such as &amp;");
    }
    const std::string body = text_.substr(pos_, semicolon - pos_);
    const bool valid = body[0] == '#' ? is_valid_character_number(body.substr(1))
                                      : (body == "amp" || body == "lt" || body == "gt" ||
                                         body == "quot" || body == "apos");
    if (!valid) fail_at(start, "&" + body + "; is not a valid entity reference");
    pos_ = semicolon + 1;
  }
};

}  // namespace

std::string xml_problem(const std::string& text) {
  XmlChecker checker(text);
  try {
    checker.check();
  } catch (const XmlError& error) {
    return "line " + std::to_string(checker.line_of(error.position)) + ": " + error.message;
  }
  return "";
}

}  // namespace mlp
