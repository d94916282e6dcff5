import Foundation
import SocraticCore
import Testing

@Suite("socratic packs")
struct PacksCommandTests {
  static let validPack = """
    id: climate
    title: Climate
    version: 1
    keywords: [climate]
    questions:
      - kind: evidence
        text: What makes you sure that {claim}?

    """

  static let invalidPack = """
    id: climate
    title: Climate
    version: 1
    questoins:
      - kind: evidance
        text: Is it {clam}

    """

  /// A new home folder holding the given files, by path relative to it.
  func home(_ files: [String: String] = [:]) throws -> URL {
    let home = try SocraticProcess.temporaryFolder()
    for (path, text) in files {
      let url = home.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return home
  }

  @Test("validate: a valid file is ok on stdout, exit 0")
  func validateGood() throws {
    let home = try home(["climate.yaml": Self.validPack])
    let result = try SocraticProcess.run(
      ["packs", "validate", home.appendingPathComponent("climate.yaml").path], home: home)
    #expect(result.status == 0)
    #expect(
      result.stdout == home.appendingPathComponent("climate.yaml").path
        + ": ok ('climate', 1 question)\n")
    #expect(result.stderr.isEmpty)
  }

  @Test("validate: every problem with a caret on stderr, exit 65, and the good files still ok")
  func validateBad() throws {
    let home = try home(["bad.yaml": Self.invalidPack, "good.yaml": Self.validPack])
    let result = try SocraticProcess.run(
      ["packs", "validate", "bad.yaml", "good.yaml"], home: home, workingDirectory: home)
    #expect(result.status == 65)
    #expect(result.stdout == "good.yaml: ok ('climate', 1 question)\n")
    #expect(
      result.stderr == """
        bad.yaml:1:1: missing required field 'questions'; add it, like 'questions: [{kind: \
        evidence, text: What makes you sure?}]'
        id: climate
        ^
        bad.yaml:4:1: unknown key 'questoins'; did you mean 'questions'?
        questoins:
        ^
        Error: 1 pack has problems, listed above; fix them and run 'socratic packs validate' \
        again.

        """)
  }

  @Test("validate: each question problem points at its column")
  func validateQuestionProblems() throws {
    let pack = Self.invalidPack.replacingOccurrences(of: "questoins", with: "questions")
    let home = try home(["bad.yaml": pack])
    let result = try SocraticProcess.run(
      ["packs", "validate", "bad.yaml"], home: home, workingDirectory: home)
    #expect(result.status == 65)
    #expect(
      result.stderr == """
        bad.yaml:5:11: unknown kind 'evidance'; did you mean 'evidence'? The kinds are \
        inversion, clarification, assumptions, evidence, viewpoints, implications, meta
          - kind: evidance
                  ^
        bad.yaml:6:11: 'Is …' asks for a yes or a no; ask an open question instead, starting \
        with What, Why, How, Which, Who, Where or When
            text: Is it {clam}
                  ^
        bad.yaml:6:11: a question ends with '?'; end this one with a question mark
            text: Is it {clam}
                  ^
        bad.yaml:6:17: unknown placeholder '{clam}'; did you mean '{claim}'? The placeholders \
        are {claim}, {inverted}, {topic}, {term}
            text: Is it {clam}
                        ^
        Error: 1 pack has problems, listed above; fix them and run 'socratic packs validate' \
        again.

        """)
  }

  @Test("validate: a missing file is a failure the user can act on, exit 1")
  func validateMissing() throws {
    let home = try home()
    let result = try SocraticProcess.run(
      ["packs", "validate", "gone.yaml"], home: home, workingDirectory: home)
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "Error: cannot read the topic pack gone.yaml: no such file or directory; check the "
        + "path and its permissions\n")
  }

  @Test("list: built-ins, the user folder and --pack, with a notice for each replacement")
  func list() throws {
    let home = try home([
      ".config/socratic/packs/climate.yaml": Self.validPack,
      "crypto.yaml": Self.validPack.replacingOccurrences(of: "id: climate", with: "id: crypto"),
    ])
    let result = try SocraticProcess.run(
      ["packs", "list", "--pack", "crypto.yaml"], home: home, workingDirectory: home)
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        ID             TITLE          QUESTIONS  SOURCE
        ai-regulation  AI regulation  41         built-in
        crypto         Climate        1          crypto.yaml
        general        General        40         built-in
        geopolitics    Geopolitics    42         built-in
        politics       Politics       49         built-in
        climate        Climate        1          user folder

        """)
    #expect(
      result.stderr == "Note: the pack 'crypto' from crypto.yaml replaces the built-in one.\n")
  }

  @Test("list: an invalid pack in the user folder stops the command with its problems, exit 65")
  func listWithInvalidUserPack() throws {
    let home = try home([".config/socratic/packs/bad.yaml": "id: bad\n"])
    let result = try SocraticProcess.run(["packs", "list"], home: home)
    let path = home.appendingPathComponent(".config/socratic/packs/bad.yaml").path
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr.hasPrefix(
        "Error: the topic pack \(path) has 3 problems, so none of it was loaded; fix what is "
          + "listed here and run again:\n\(path):1:1: missing required field 'title'"))
  }

  @Test("show: questions grouped by kind, and the terms")
  func show() throws {
    let result = try SocraticProcess.run(["packs", "show", "crypto"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first == "Crypto (crypto, version 1, built-in)")
    #expect(lines.contains("Questions (41)"))
    for label in [
      "  Inversion", "  Clarification", "  Reasons and evidence", "  About the question",
    ] {
      #expect(lines.contains(Substring(label)))
    }
    #expect(lines.contains("    - Why might it be that {inverted}?"))
    #expect(lines.contains("Loaded terms (9)"))
    #expect(lines.contains("  scam"))
    #expect(lines.contains("  - Crypto is mostly used for scams and speculation. (against)"))
  }

  @Test("show: an unknown id suggests the closest, exit 1")
  func showUnknown() throws {
    let result = try SocraticProcess.run(["packs", "show", "cryto"])
    #expect(result.status == 1)
    #expect(
      result.stderr
        == "Error: no loaded pack has the id 'cryto'. Did you mean 'crypto'? Run 'socratic "
        + "packs list' to see the loaded packs.\n")
  }

  @Test("new: a template that validates, to stdout or to a new file that is never overwritten")
  func new() throws {
    let home = try home()
    let printed = try SocraticProcess.run(["packs", "new", "climate-change"], home: home)
    #expect(printed.status == 0)
    #expect(printed.stdout == PackTemplate.text(id: "climate-change"))

    let written = try SocraticProcess.run(
      ["packs", "new", "climate-change", "-o", "climate.yaml"], home: home, workingDirectory: home)
    #expect(written.status == 0)
    #expect(written.stdout.isEmpty)
    #expect(
      written.stderr
        == "Wrote climate.yaml. Fill it in, then check it with 'socratic packs validate "
        + "climate.yaml'.\n")
    let file = home.appendingPathComponent("climate.yaml")
    #expect(try String(contentsOf: file, encoding: .utf8) == printed.stdout)
    let valid = try SocraticProcess.run(
      ["packs", "validate", "climate.yaml"], home: home, workingDirectory: home)
    #expect(valid.status == 0)

    try "mine".write(to: file, atomically: true, encoding: .utf8)
    let again = try SocraticProcess.run(
      ["packs", "new", "other", "-o", "climate.yaml"], home: home, workingDirectory: home)
    #expect(again.status == 1)
    #expect(
      again.stderr
        == "Error: cannot write climate.yaml: it already exists; choose another name, or move "
        + "the file away first\n")
    #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
  }

  @Test("new: an invalid id is bad usage with a suggestion, exit 64")
  func newInvalidID() throws {
    let result = try SocraticProcess.run(["packs", "new", "Climate Change"])
    #expect(result.status == 64)
    #expect(
      result.stderr.hasPrefix(
        "Error: The id 'Climate Change' may only have lowercase letters, digits and '-' between "
          + "them; try 'climate-change'.\n"))
  }

  @Test("path: the places searched, in order, saying whether the folder exists")
  func path() throws {
    let home = try home()
    let folder = home.appendingPathComponent(".config/socratic/packs").path
    let missing = try SocraticProcess.run(["packs", "path"], home: home)
    #expect(
      missing.stdout == """
        Topic packs are loaded in this order; a later pack replaces one with its id:
        1. built-in packs, inside socratic
        2. \(folder)/*.yaml (does not exist yet; create it to load packs on every run)
        3. each --pack FILE, in the order given

        """)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try Self.validPack.write(toFile: folder + "/a.yaml", atomically: true, encoding: .utf8)
    let present = try SocraticProcess.run(["packs", "path"], home: home)
    #expect(present.stdout.contains("2. \(folder)/*.yaml (exists, 1 pack file)\n"))
    let user = try SocraticProcess.run(["packs", "path", "--user-folder"], home: home)
    #expect(user.stdout == folder + "\n")
  }

  @Test("the built-in packs travel inside the binary, copied alone to another folder")
  func builtInsInsideTheBinary() throws {
    let folder = try SocraticProcess.temporaryFolder()
    let copy = folder.appendingPathComponent("socratic")
    try FileManager.default.copyItem(at: SocraticProcess.executable, to: copy)
    let result = try SocraticProcess.run(["packs", "list"], executable: copy, home: folder)
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == 6)
    #expect(result.stdout.contains("geopolitics    Geopolitics    42         built-in"))
  }
}
