// xml_characters.cpp — the character and name rules of XML 1.0, for the ASCII range.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
#include "report/xml_characters.hpp"

namespace mlp {

bool is_xml_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool is_xml_name_start(char c) {
  const unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_' || u == ':' || u >= 0x80;
}

bool is_xml_name_char(char c) {
  return is_xml_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool is_allowed_xml_byte(char c) {
  return static_cast<unsigned char>(c) >= 0x20 || is_xml_space(c);
}

bool is_allowed_code_point(std::uint32_t code) {
  return code == 0x9 || code == 0xA || code == 0xD || (code >= 0x20 && code <= 0xD7FF) ||
         (code >= 0xE000 && code <= 0xFFFD) || (code >= 0x10000 && code <= 0x10FFFF);
}

bool is_valid_character_number(const std::string& digits) {
  const bool hex = !digits.empty() && digits[0] == 'x';
  const std::uint32_t base = hex ? 16 : 10;
  if (digits.size() == (hex ? 1u : 0u)) return false;
  std::uint32_t code = 0;
  for (std::size_t i = hex ? 1 : 0; i < digits.size(); ++i) {
    const char c = digits[i];
    const char lower = static_cast<char>(c | 0x20);  // ASCII 'A'..'F' → 'a'..'f'
    std::uint32_t digit = base;
    if (c >= '0' && c <= '9') digit = static_cast<std::uint32_t>(c - '0');
    if (lower >= 'a' && lower <= 'f') digit = static_cast<std::uint32_t>(lower - 'a' + 10);
    if (digit >= base) return false;
    code = code * base + digit;
    if (code > 0x10FFFF) return false;
  }
  return is_allowed_code_point(code);
}

}  // namespace mlp
