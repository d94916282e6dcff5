import SocraticCore
import Testing

@Suite("Reports on invalid packs")
struct InvalidPackFileTests {
  func report(_ yaml: String) -> String {
    guard case .failure(let file) = PackReader.read(Array(yaml.utf8), path: "climate.yaml") else {
      return ""
    }
    return file.report
  }

  @Test("each problem shows the file, line and column, the line itself and a caret")
  func compilerStyle() {
    let yaml = packHead + "questoins:\n  - kind: meta\n    text: Why {clam}?\n"
    #expect(
      report(yaml) == """
        climate.yaml:1:1: missing required field 'questions'; add it, like 'questions: \
        [{kind: evidence, text: What makes you sure?}]'
        id: climate
        ^
        climate.yaml:4:1: unknown key 'questoins'; did you mean 'questions'?
        questoins:
        ^
        """)
  }

  @Test("a caret under text after tabs lines up, and invisible characters are shown as '?'")
  func tabsAndControlCharacters() {
    let yaml = "id: climate\ntitle: Climate\nversion: x\t# note\n" + oneQuestion
    #expect(
      report(yaml) == """
        climate.yaml:3:10: 'version' must be a whole number, like 1
        version: x\t# note
                 ^
        """)
    let control = "id: climate\ntitle: Climate\u{1B}[31m\nversion: 1\n" + oneQuestion
    #expect(
      report(control) == """
        climate.yaml:2:15: YAML syntax error: control characters are not allowed; remove the \
        invisible control character here
        title: Climate?[31m
                      ^
        """)
  }

  @Test("a very long line is cut around the column")
  func longLines() {
    let keywords = (100..<200).map { "k\($0), " }.joined()
    let yaml = packHead + "keywords: [" + keywords + "{x: y}]\n" + oneQuestion
    let column = "keywords: [".count + keywords.count + 1
    let lines = report(yaml).split(separator: "\n")
    #expect(
      lines[0] == "climate.yaml:4:\(column): a keyword must be text, like 'bitcoin', not a mapping")
    // The last 120 characters, since the column is near the end, and the caret still under it.
    let line = "keywords: [" + keywords + "{x: y}]"
    #expect(lines[1] == "…" + line.suffix(120))
    #expect(lines[2] == String(repeating: " ", count: 1 + 120 - "{x: y}]".count) + "^")
  }
}

@Suite("Reports are safe to show")
struct ReportSafetyTests {
  @Test("escape sequences and bidirectional overrides from a file are shown as '?'")
  func escapes() {
    // YAML's own escapes put the characters in the key; raw, libyaml would refuse them.
    let yaml = packHead + oneQuestion + #""\e[2Jwipe\u202E": x"# + "\n"
    guard case .failure(let file) = PackReader.read(Array(yaml.utf8), path: "a\u{1B}b.yaml") else {
      Issue.record("accepted")
      return
    }
    #expect(
      file.report.hasPrefix(
        "a?b.yaml:7:1: unknown key '?[2Jwipe?'; a pack's keys are id, title, version, "))
    #expect(!file.report.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
  }
}
