// test_xml_check.cpp — the well-formedness checker: accepts good documents, and reports each kind
// of broken one with the line of its first problem.
#include <string>

#include "check.hpp"
#include "xml_check.hpp"

using mlp::xml_problem;

namespace {

bool mentions(const std::string& problem, const std::string& part) {
  return problem.find(part) != std::string::npos;
}

void test_good_documents() {
  CHECK_EQ(xml_problem("<svg/>"), "");
  CHECK_EQ(xml_problem("<svg></svg>"), "");
  CHECK_EQ(xml_problem("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<a x='1' y=\"2\">text</a>\n"),
           "");
  CHECK_EQ(xml_problem("<!-- before -->\n<a><b c = \"d\" /><!-- inside --><e>f</e></a>\n"
                       "<!-- after -->\n"),
           "");
  CHECK_EQ(xml_problem("<t>&amp; &lt; &gt; &quot; &apos; &#169; &#x1F600; a &gt; b</t>"), "");
  CHECK_EQ(xml_problem("<t a=\"&lt;&amp;&gt;&quot;\">x</t>"), "");
  CHECK_EQ(xml_problem("<t><![CDATA[ <not a tag> & ]]></t>"), "");
  CHECK_EQ(xml_problem("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\">\n<svg/>"), "");
  CHECK_EQ(xml_problem("<a><?target some data?></a>"), "");
  CHECK_EQ(xml_problem("\xEF\xBB\xBF<a>caf\xC3\xA9</a>"), "");
  CHECK_EQ(xml_problem("<svg:g xmlns:svg=\"u\" data-x.y_z=\"1\"/>"), "");
}

void test_bad_documents() {
  const std::string unclosed = xml_problem("<svg>\n<g>\n</svg>");
  CHECK(mentions(unclosed, "line 3"));
  CHECK(mentions(unclosed, "</svg> does not close <g> (opened on line 2)"));
  CHECK(mentions(xml_problem("<svg>\n<g>\n</g>"), "line 1: <svg> is never closed"));
  CHECK(mentions(xml_problem("<a><b></a></b>"), "</a> does not close <b>"));
  CHECK(mentions(xml_problem("<a x=1/>"), "must be in quotes"));
  CHECK(mentions(xml_problem("<a x/>"), "has no '='"));
  CHECK(mentions(xml_problem("<a x=\"1/>"), "never closed with its quote"));
  CHECK(mentions(xml_problem("<a x=\"1\" x=\"2\"/>"), "attribute x appears twice"));
  CHECK(mentions(xml_problem("<a x=\"1\"y=\"2\"/>"), "unexpected character"));
  CHECK(mentions(xml_problem("<a>fish & chips</a>"), "'&' must start an entity reference"));
  CHECK(mentions(xml_problem("<a>&nbsp;</a>"), "&nbsp; is not a valid entity reference"));
  CHECK(mentions(xml_problem("<a>&#0;</a>"), "&#0; is not a valid"));
  CHECK(mentions(xml_problem("<a>&#x110000;</a>"), "not a valid"));
  CHECK(mentions(xml_problem("<a>&#xD800;</a>"), "not a valid"));
  CHECK(mentions(xml_problem("<a>&#12a;</a>"), "not a valid"));
  CHECK(mentions(xml_problem("<a title=\"<\"/>"), "'<' in the value"));
  CHECK(mentions(xml_problem("<a>1 < 2</a>"), "'<' does not start a tag"));
  CHECK(mentions(xml_problem("<a/>\n<b/>"), "line 2: a second root element"));
  CHECK(mentions(xml_problem("<a/>\ntrailing"), "line 2: text after the root element"));
  CHECK(mentions(xml_problem("leading<a/>"), "text before the root element"));
  CHECK(mentions(xml_problem(""), "no root element"));
  CHECK(mentions(xml_problem("  <!-- only a comment -->  "), "no root element"));
  CHECK(mentions(xml_problem("<a><!-- unclosed </a>"), "never closed with -->"));
  CHECK(mentions(xml_problem("<a><!-- a -- b --></a>"), "'--' inside a comment"));
  CHECK(mentions(xml_problem("<a>\n<?xml version=\"1.0\"?></a>"), "line 2: the XML declaration"));
  CHECK(mentions(xml_problem("<a>x]]>y</a>"), "']]>' is not allowed"));
  CHECK(mentions(xml_problem("<a>\x01</a>"), "control character 1"));
  CHECK(mentions(xml_problem("<a"), "never closed with '>'"));
  CHECK(mentions(xml_problem("<a></a"), "expected '>'"));
  CHECK(mentions(xml_problem("<1a/>"), "'<' does not start a tag"));
  CHECK(mentions(xml_problem("<!DOCTYPE a [<!ENTITY x \"y\">]><a/>"), "internal subset"));
}

// Deep nesting is handled by an explicit stack: no recursion to overflow.
void test_deep_nesting() {
  const std::size_t depth = 200000;
  std::string deep;
  for (std::size_t i = 0; i < depth; ++i)
    deep += "<g>";
  for (std::size_t i = 0; i < depth; ++i)
    deep += "</g>";
  CHECK_EQ(xml_problem(deep), "");
  deep.pop_back();
  CHECK(mentions(xml_problem(deep), "expected '>'"));
}

}  // namespace

int main() {
  test_good_documents();
  test_bad_documents();
  test_deep_nesting();
  return check::summary();
}
