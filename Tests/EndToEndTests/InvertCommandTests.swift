import Foundation
import Testing

@Suite("socratic invert")
struct InvertCommandTests {
  @Test("prints a readable block: claim, inversion, reason, terms, questions by kind")
  func readableBlock() throws {
    let result = try SocraticProcess.run(["invert", "I think crypto is a scam because of FTX."])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      Array(lines.prefix(6)) == [
        "Claim     crypto is a scam", "Inverted  crypto is not a scam", "Reason    because of FTX",
        "Terms     scam", "", "Inversion",
      ])
    #expect(lines[6] == "  Why might crypto not be a scam?")
    for heading in [
      "Clarification", "Assumptions", "Reasons and evidence", "Viewpoints", "Implications",
      "About the question",
    ] {
      #expect(lines.contains(Substring(heading)))
    }
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test("--json prints DESIGN.md's object, keys in the contract's order")
  func json() throws {
    let result = try SocraticProcess.run(
      ["invert", "--json", "I think crypto is a scam because of FTX."])
    #expect(result.status == 0)
    #expect(
      result.stdout.hasPrefix(
        #"{"belief": "I think crypto is a scam because of FTX.", "claim": "crypto is a scam", "#
          + #""inverted": "crypto is not a scam", "reason": "because of FTX", "terms": ["scam"], "#
          + #""topics": [], "questions": [{"kind": "inversion", "text": "Why might crypto not be a scam?"}, "#
      ))
    #expect(result.stdout.hasSuffix("}]}\n"))
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let questions = try #require(object["questions"] as? [[String: String]])
    #expect(questions.count >= 10)
    #expect(Set(questions.compactMap { $0["kind"] }).count == 7)
    #expect(questions.allSatisfy { Set($0.keys) == ["kind", "text"] })
  }

  @Test("--json writes a null reason when none is stated")
  func nullReason() throws {
    let result = try SocraticProcess.run(["invert", "--json", "Nobody needs a central bank."])
    #expect(result.stdout.contains(#""inverted": "somebody needs a central bank", "reason": null"#))
  }

  @Test("--stdin --json writes JSON Lines: an error object for a bad line, exit 65")
  func jsonLines() throws {
    let input = "Crypto is a scam.\n\n   \nIs AI dangerous?\nNobody needs a central bank.\n"
    let result = try SocraticProcess.run(["invert", "--stdin", "--json"], stdin: input)
    #expect(result.status == 65)
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0].hasPrefix(#"{"belief": "Crypto is a scam.", "claim": "crypto is a scam", "#))
    #expect(
      lines[1]
        == #"{"belief": "Is AI dangerous?", "error": "That is a question, not a belief. "#
        + #"State it as a belief you hold, such as \"AI is dangerous.\""}"#)
    #expect(lines[2].hasPrefix(#"{"belief": "Nobody needs a central bank.", "#))
    for line in lines {
      #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(line.utf8)) }
    }
  }

  @Test("--stdin exits 0 when every line is a belief, and reads a last line without a newline")
  func stdinSuccess() throws {
    let result = try SocraticProcess.run(
      ["invert", "--stdin", "--json"], stdin: "Crypto is a scam.\r\nAI will take jobs.")
    #expect(result.status == 0)
    #expect(result.stdout.split(separator: "\n").count == 2)
    #expect(result.stdout.contains(#""claim": "AI will take jobs""#))
  }

  @Test("--stdin without --json prints blocks separated by blank lines, errors on stderr")
  func stdinReadable() throws {
    let result = try SocraticProcess.run(
      ["invert", "--stdin"], stdin: "Crypto is a scam.\nCrypto.\nAI is overhyped.\n")
    #expect(result.status == 65)
    #expect(result.stdout.contains("Inverted  crypto is not a scam\n"))
    #expect(result.stdout.contains("\n\nClaim     AI is overhyped\n"))
    #expect(
      result.stderr
        == "Error: That has no verb, so it states nothing to question. "
        + "Write a belief as a whole sentence, such as \"Crypto is a scam.\"\n")
  }

  @Test("text that is not a belief: a message on stderr, nothing on stdout, exit 65")
  func notABelief() throws {
    let result = try SocraticProcess.run(["invert", "Is crypto a scam?"])
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr
        == "Error: That is a question, not a belief. State it as a belief you hold, "
        + "such as \"Crypto is a scam.\"\n")
  }

  @Test(
    "TEXT and --stdin together, or neither, is bad usage: exit 64",
    arguments: [["invert", "--stdin", "Crypto is a scam."], ["invert"], ["invert", "--json"]])
  func usage(arguments: [String]) throws {
    let result = try SocraticProcess.run(arguments)
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("Error: Give"))
  }

  @Test("--seed varies the wording; the same seed gives the same output")
  func seed() throws {
    let plain = try SocraticProcess.run(["invert", "--json", "Remote work kills productivity."])
    let first = try SocraticProcess.run(
      ["invert", "--json", "--seed", "3", "Remote work kills productivity."])
    let second = try SocraticProcess.run(
      ["invert", "--json", "--seed", "3", "Remote work kills productivity."])
    #expect(first.stdout == second.stdout)
    #expect(first.stdout != plain.stdout)
    #expect(
      try SocraticProcess.run(["invert", "--json", "Remote work kills productivity."]).stdout
        == plain.stdout)
  }

  @Test("escape sequences in a belief are kept in JSON and never reach the terminal raw")
  func escapes() throws {
    let belief = "\u{1B}[31mCrypto is a scam\u{1B}[0m."
    let readable = try SocraticProcess.run(["invert", belief])
    #expect(readable.status == 0)
    #expect(!readable.stdout.contains("\u{1B}"))
    let json = try SocraticProcess.run(["invert", "--json", belief])
    #expect(json.stdout.hasPrefix(#"{"belief": "\u001b[31mCrypto is a scam\u001b[0m.""#))
  }
}
