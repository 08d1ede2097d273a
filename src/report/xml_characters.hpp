// xml_characters.hpp — which characters XML allows and which may form names. The SVG writer uses
// these rules so it never writes a forbidden character, and the checker so it finds them.
//
// support code: pictures and report files; nothing in it is needed to follow the lessons.
//
// Text is taken as UTF-8 bytes. Every byte from 0x80 up belongs to a multi-byte letter and is
// accepted as it is; the rules below only concern the ASCII range and character references.
#pragma once

#include <cstdint>
#include <string>

namespace mlp {

// Space, tab, newline and carriage return: the white space XML skips between attributes.
bool is_xml_space(char c);

// Names (of elements, attributes, entities) start with a letter, '_' or ':' and go on with
// those, digits, '-' and '.'.
bool is_xml_name_start(char c);
bool is_xml_name_char(char c);

// False for the control characters below 0x20 except tab, newline and carriage return: XML text
// cannot hold them at all, not even escaped.
bool is_allowed_xml_byte(char c);

// Whether the character with this number (a Unicode code point) may appear in XML: not the
// forbidden control characters, not the UTF-16 surrogates D800–DFFF, not FFFE/FFFF, and no
// number past 10FFFF.
bool is_allowed_code_point(std::uint32_t code);

// Whether the digits of a character reference, "169" for &#169; or "xA9" for &#xA9;, name a
// character XML allows.
bool is_valid_character_number(const std::string& digits);

}  // namespace mlp
