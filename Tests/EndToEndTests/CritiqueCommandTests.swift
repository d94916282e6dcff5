import Foundation
import Testing

@Suite("socratic critique")
struct CritiqueCommandTests {
  @Test("prints a readable block: the question, form, kind, problems and a rewrite")
  func readableBlock() throws {
    let result = try SocraticProcess.run(["critique", "Don't you think crypto is a scam?"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(
      result.stdout == """
        Question  Don't you think crypto is a scam?
        Form      leading
        Kind      assumptions
        Problem   negative question that presumes the answer
        Try       How do you see crypto?

        """)
  }

  @Test("a reflection and a statement get a form; a reflection's depth is judged against --after")
  func reflectionAndStatement() throws {
    let reflection = try SocraticProcess.run(
      ["critique", "--after", "My boss moved the deadline again.", "Your boss moved it again."])
    #expect(reflection.status == 0)
    #expect(
      reflection.stdout == """
        Question  Your boss moved it again.
        Form      reflection: well heard
        Depth     simple

        """)
    let statement = try SocraticProcess.run(["critique", "You should ask for a raise."])
    #expect(statement.status == 0)
    #expect(
      statement.stdout == """
        Question  You should ask for a raise.
        Form      statement
        Problem   advice: it tells the person what to do, where a question would draw out their own ideas
        Try       What have you thought of trying so far?

        """)
  }

  @Test("a reflection with nothing of theirs given is not called well heard")
  func reflectionUnheard() throws {
    let result = try SocraticProcess.run(["critique", "Your landlord put the rent up again."])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        Question  Your landlord put the rent up again.
        Form      reflection: good if it gives back what they said (--after checks it)
        Depth     simple

        """)
  }

  @Test("a good open question says so, with no problem and no rewrite")
  func goodQuestion() throws {
    let result = try SocraticProcess.run(["critique", "What would change your mind?"])
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        Question  What would change your mind?
        Form      open: a good question to ask
        Kind      inversion

        """)
  }

  @Test("several problems are listed one under another")
  func severalProblems() throws {
    let result = try SocraticProcess.run(
      ["critique", "Why would anyone be so stupid as to buy Bitcoin?"])
    #expect(
      result.stdout == """
        Question  Why would anyone be so stupid as to buy Bitcoin?
        Form      leading
        Kind      viewpoints
        Problems  rhetorical question that makes a point instead of asking
                  insulting wording ('stupid') puts the person on the defensive
        Try       What leads people to buy Bitcoin?

        """)
  }

  @Test("--json --after reads the line against their words: a rebuttal states, sympathy reflects")
  func jsonAfter() throws {
    let rebuttal = try SocraticProcess.run([
      "critique", "--json", "--after", "The mayor fixed every pothole in town.",
      "come on, he isn't even mayor anymore. and the potholes on our street are still there",
    ])
    #expect(rebuttal.status == 0)
    #expect(rebuttal.stdout.contains(#""form": "statement""#))
    #expect(rebuttal.stdout.contains(#""problems": ["your opinion: "#))
    let sympathy = try SocraticProcess.run([
      "critique", "--json", "--after", "The bank called in my loan after ten years.",
      "ten years. that sounds scary, having a call like that out of the blue",
    ])
    #expect(sympathy.status == 0)
    #expect(sympathy.stdout.contains(#""form": "reflection", "kind": null, "depth": "complex""#))
  }

  @Test("--json prints DESIGN.md's object, keys in the contract's order")
  func json() throws {
    let result = try SocraticProcess.run(
      ["critique", "--json", "Don't you think crypto is a scam?"])
    #expect(result.status == 0)
    #expect(
      result.stdout
        == #"{"question": "Don't you think crypto is a scam?", "form": "leading", "#
        + #""kind": "assumptions", "problems": ["negative question that presumes the answer"], "#
        + #""suggestion": "How do you see crypto?"}"# + "\n")
  }

  @Test("--json writes null for the suggestion of a good open question")
  func nullSuggestion() throws {
    let result = try SocraticProcess.run(
      ["critique", "--json", "Can you tell me more about why you distrust banks?"])
    #expect(
      result.stdout
        == #"{"question": "Can you tell me more about why you distrust banks?", "#
        + #""form": "open", "kind": "clarification", "problems": [], "suggestion": null}"# + "\n")
  }

  @Test("--stdin --json writes JSON Lines: an error object for a bad line, the rest go on, exit 65")
  func jsonLines() throws {
    let input = "Is crypto a scam?\n\n   \n?!\nWhat?\r\nWhy might AI not take jobs?"
    let result = try SocraticProcess.run(["critique", "--stdin", "--json"], stdin: input)
    #expect(result.status == 65)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 4)
    #expect(
      lines[0]
        == #"{"question": "Is crypto a scam?", "form": "closed", "kind": "assumptions", "#
        + #""problems": ["yes/no question that can be answered in one word"], "#
        + #""suggestion": "How do you see crypto?"}"#)
    #expect(
      lines[1]
        == #"{"question": "?!", "error": "There is no question to critique: the text has no "#
        + #"words. Write the question you would ask, such as \"Is crypto a scam?\""}"#
    )
    #expect(lines[2].hasPrefix(#"{"question": "What?", "form": "closed", "#))
    #expect(lines[3].hasPrefix(#"{"question": "Why might AI not take jobs?", "form": "open", "#))
    for line in lines {
      #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(line.utf8)) }
    }
  }

  @Test("--stdin exits 0 when every line is a question")
  func stdinSuccess() throws {
    let result = try SocraticProcess.run(
      ["critique", "--stdin", "--json"], stdin: "Why?\nShould we ban TikTok?\n")
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == 2)
  }

  @Test("--stdin without --json prints blocks separated by blank lines, errors on stderr")
  func stdinReadable() throws {
    let result = try SocraticProcess.run(
      ["critique", "--stdin"], stdin: "Is crypto a scam?\n...\nWhy?\n")
    #expect(result.status == 65)
    #expect(
      result.stdout == """
        Question  Is crypto a scam?
        Form      closed
        Kind      assumptions
        Problem   yes/no question that can be answered in one word
        Try       How do you see crypto?

        Question  Why?
        Form      open
        Kind      reasons and evidence
        Problem   open, but a bare 'why' can sound like a demand to justify themselves and put them on the defensive: ask what leads them to it
        Try       What leads you to that?

        """)
    #expect(
      result.stderr
        == "Error: There is no question to critique: the text has no words. Write the question "
        + "you would ask, such as \"Is crypto a scam?\"\n")
  }

  @Test("text that is not a question: a message on stderr, nothing on stdout, exit 65")
  func notAQuestion() throws {
    let result = try SocraticProcess.run(["critique", ""])
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "Error: There is no question to critique: the text is empty. "
        + "Write the question you would ask, such as \"Is crypto a scam?\"\n")
  }

  @Test(
    "TEXT and --stdin together, or neither, is bad usage: exit 64",
    arguments: [
      (
        ["critique", "--stdin", "Why?"],
        "Give the question as an argument or with --stdin, not both."
      ),
      (
        ["critique"],
        "Give a question to critique, such as: socratic critique \"Is crypto a scam?\" (or use --stdin)."
      ),
      (
        ["critique", "--json"],
        "Give a question to critique, such as: socratic critique \"Is crypto a scam?\" (or use --stdin)."
      ),
    ])
  func usage(arguments: [String], message: String) throws {
    let result = try SocraticProcess.run(arguments)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("Error: " + message + "\n"))
  }

  @Test("no escape sequences when piped, even for text that holds some; JSON keeps them escaped")
  func escapes() throws {
    let question = "\u{1B}[31mIs crypto a scam?\u{1B}[0m"
    let readable = try SocraticProcess.run(["critique", question], environment: ["TERM": "xterm"])
    #expect(readable.status == 0)
    #expect(!readable.stdout.contains("\u{1B}"))
    #expect(readable.stdout.hasPrefix("Question  Is crypto a scam?\n"))
    let json = try SocraticProcess.run(["critique", "--json", question])
    #expect(json.stdout.hasPrefix(#"{"question": "\u001b[31mIs crypto a scam?\u001b[0m", "#))
  }

  @Test("--help leads with examples and is listed by socratic --help")
  func help() throws {
    let result = try SocraticProcess.run(["critique", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("OVERVIEW: Coach a question"))
    let examples = try #require(result.stdout.range(of: "EXAMPLES:"))
    let usage = try #require(result.stdout.range(of: "USAGE:"))
    #expect(examples.lowerBound < usage.lowerBound)
    let root = try SocraticProcess.run(["--help"])
    #expect(root.stdout.contains("  critique "))
  }

  @Test("one letter under 100,000 combining marks is refused by what it costs to read (exit 65)")
  func combiningMarks() throws {
    // One character, 100,001 code points: too long for an argument (128 KiB), so on stdin.
    let line = "e" + String(repeating: "\u{301}", count: 100_000)
    let result = try SocraticProcess.run(["critique", "--stdin", "--json"], stdin: line + "\n")
    #expect(result.status == 65)
    let refusal =
      "The question is made of 100,001 Unicode code points (letters and the marks on them); "
      + "the most is 4,000. Ask it in plain words."
    #expect(result.stdout.hasSuffix("\"error\": \"" + refusal + "\"}\n"))
  }
}
