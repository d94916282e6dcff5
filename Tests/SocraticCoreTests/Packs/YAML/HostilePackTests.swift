import SocraticCore
import Testing

/// Files built to make a YAML reader hang, exhaust memory or overflow the stack. Each must be
/// refused with a clear message; the benchmark `packs` measures how fast and in how much memory.
@Suite("Refusing hostile packs")
struct HostilePackTests {
  /// The classic "billion laughs": nine levels of nine aliases each.
  static func laughs(asKeys: Bool) -> String {
    var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
      let aliases = Array(repeating: "*\(previous)", count: 9).joined(separator: ",")
      lines.append("\(name): &\(name) [\(aliases)]")
      previous = name
    }
    if asKeys { lines.append("j: {? *i : 1, ? *h : 2}") }
    return lines.joined(separator: "\n") + "\n"
  }

  @Test("aliases that expand past 1 MiB are refused at the alias that crosses the limit")
  func billionLaughs() {
    let expected = [
      "6:11: the pack's aliases expand it past the 1024 KiB a pack may hold; write the "
        + "repeated values out once each instead of repeating them through aliases"
    ]
    #expect(problems(in: Self.laughs(asKeys: false)) == expected)
    #expect(problems(in: Self.laughs(asKeys: true)) == expected)
  }

  @Test("aliases within the limit are allowed and read as the values they name")
  func smallAliases() throws {
    let yaml = """
      id: climate
      title: Climate
      version: 1
      keywords: &words [climate, warming]
      questions:
        - kind: meta
          text: &why Why does this matter to you?
        - kind: evidence
          text: *why
      """
    let pack = try PackReader.read(Array(yaml.utf8), path: "pack.yaml").get()
    #expect(pack.keywords == ["climate", "warming"])
    #expect(
      pack.questions.map(\.text) == Array(repeating: "Why does this matter to you?", count: 2))
  }

  @Test("an alias to an anchor not yet defined is refused")
  func undefinedAlias() {
    #expect(
      problems(in: "id: *nothing\n") == [
        "1:5: the alias '*nothing' refers to no anchor before it; define '&nothing' on an "
          + "earlier value, or write the value out here"
      ])
  }

  @Test(
    "nesting deeper than 32 levels is refused where it crosses the limit",
    arguments: [
      "q: " + String(repeating: "[", count: 100_000),
      "q:\n" + (1...40).map { String(repeating: " ", count: $0) + "- \n" }.joined(),
    ])
  func deepNesting(yaml: String) throws {
    let found = problems(in: yaml)
    #expect(found.count == 1)
    #expect(
      try #require(found.first).hasSuffix(
        ": the pack nests lists and mappings deeper than 32 levels; a topic pack needs at most "
          + "4, so check the indentation and brackets here"))
  }

  @Test("a file over 1 MiB is refused unread")
  func tooLarge() {
    let yaml = "# " + String(repeating: "x", count: PackReader.maximumFileSize)
    #expect(
      problems(in: yaml) == [
        "the file is 1048578 bytes, larger than the 1 MiB (1048576 bytes) a pack may be; split "
          + "it into smaller packs"
      ])
  }

  @Test("a second document in the file is refused")
  func secondDocument() {
    #expect(
      problems(in: packHead + oneQuestion + "---\nid: other\n") == [
        "7:1: a pack is one YAML document, but a second one starts here; remove this '---' and "
          + "what follows it, or move it to a pack of its own"
      ])
  }

  @Test(
    "a YAML syntax error is reported where libyaml found it, with a hint at the usual cause",
    arguments: [
      (
        "id: climate\ntitle: Climate: the basics\n",
        "2:15: YAML syntax error: mapping values are not allowed in this context; a text that "
          + "contains ': ' must be put in quotes"
      ),
      (
        "id: climate\n\ttitle: Climate\n",
        "2:1: YAML syntax error: found a tab character that violates indentation (while "
          + "scanning a plain scalar that starts at line 1); indent with spaces, not tabs"
      ),
      (
        "id: climate\ntitle: @Climate\n",
        "2:8: YAML syntax error: found character that cannot start any token (while scanning "
          + "for the next token that starts at line 2); indent with spaces, not tabs, and put a "
          + "text that starts with '@', '`' or '%' in quotes"
      ),
      (
        "id: climate\ntitle: \"Climate\n",
        "3:1: YAML syntax error: found unexpected end of stream (while scanning a quoted scalar "
          + "that starts at line 2); a quote or bracket is opened but never closed"
      ),
      (
        "id: climate\nkeywords: [a, b\ntitle: x\n",
        "3:6: YAML syntax error: did not find expected ',' or ']' (while parsing a flow "
          + "sequence that starts at line 2); separate the items in brackets with commas, and "
          + "put a text that contains a comma in quotes"
      ),
    ])
  func syntaxErrors(yaml: String, expected: String) {
    #expect(problems(in: yaml) == [expected])
  }
}
