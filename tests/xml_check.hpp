// xml_check.hpp — a small checker that tells whether a text is well-formed XML, so tests can
// verify every SVG picture the programs write without an XML library.
//
// support code: a helper of the tests.
//
// "Well-formed" is XML's basic grammar, not a schema: exactly one root element; every start tag
// <name ...> closed by a matching </name> in the right nesting order (or written <name .../>);
// attribute values in quotes and no attribute twice in one element; '&' only as an entity
// reference (&amp; &lt; &gt; &quot; &apos;, or a character number &#65; / &#x41;); '<' never in
// text or attribute values. Around the root element there may be white space, comments
// <!-- ... -->, processing instructions <?...?>, an XML declaration <?xml ...?> at the very start
// and a <!DOCTYPE ...> without an internal subset. Inside elements, CDATA sections
// <![CDATA[ ... ]]> are allowed too.
#pragma once

#include <string>

namespace mlp {

// "" when `text` is well-formed, otherwise a one-line description of the first problem that
// starts with its line number, e.g. "line 3: </g> does not close <text> (opened on line 2)".
std::string xml_problem(const std::string& text);

}  // namespace mlp
