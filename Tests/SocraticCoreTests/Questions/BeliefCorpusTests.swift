import Foundation
import SocraticCore
import Testing

@Suite("The belief corpus")
struct BeliefCorpusTests {
  let engine = InversionEngine()

  @Test("the corpus holds at least 200 distinct beliefs")
  func corpusSize() {
    #expect(BeliefCorpus.entries.count >= 200)
    #expect(Set(BeliefCorpus.entries.map(\.belief)).count == BeliefCorpus.entries.count)
  }

  @Test("claim, inversion and reason are as expected", arguments: BeliefCorpus.entries)
  func analysis(entry: CorpusEntry) throws {
    let analysis = try engine.analyze(entry.belief)
    #expect(analysis.belief == entry.belief)
    #expect(analysis.claim == entry.claim)
    #expect(analysis.inverted == entry.inverted)
    #expect(analysis.reason == entry.reason)
  }

  @Test(
    "held-out beliefs come out right, apart from the known rule failures",
    arguments: BeliefCorpus.heldOut)
  func heldOut(entry: CorpusEntry) throws {
    if entry.isQuestion {
      let expected = NotABelief.question(suggestion: entry.inverted == "-" ? nil : entry.inverted)
      if let knownIssue = entry.knownIssue {
        withKnownIssue(Comment(rawValue: knownIssue)) {
          #expect(throws: expected) { try engine.analyze(entry.belief) }
        }
      } else {
        #expect(throws: expected) { try engine.analyze(entry.belief) }
      }
      return
    }
    let analysis = try engine.analyze(entry.belief)
    let isRight =
      analysis.claim == entry.claim && analysis.inverted == entry.inverted
      && analysis.reason == entry.reason
    if let knownIssue = entry.knownIssue {
      withKnownIssue(Comment(rawValue: knownIssue)) {
        #expect(isRight, "got \(analysis.claim) / \(analysis.inverted)")
      }
    } else {
      #expect(analysis.claim == entry.claim)
      #expect(analysis.inverted == entry.inverted)
      #expect(analysis.reason == entry.reason)
    }
    let questions = engine.questions(for: analysis)
    #expect(questions.count >= 10)
    #expect(questions.allSatisfy { QuestionShape.isOpenEnded($0.text) })
  }

  @Test(
    "chat beliefs read as what they state, apart from the known rule failures",
    arguments: BeliefCorpus.chat)
  func chat(entry: CorpusEntry) throws {
    if let knownIssue = entry.knownIssue {
      withKnownIssue(Comment(rawValue: knownIssue)) {
        let analysis = try engine.analyze(entry.belief)
        #expect(
          analysis.claim == entry.claim && analysis.inverted == entry.inverted
            && analysis.reason == entry.reason, "got \(analysis.claim) / \(analysis.inverted)")
      }
      return
    }
    let analysis = try engine.analyze(entry.belief)
    #expect(analysis.belief == entry.belief)
    #expect(analysis.claim == entry.claim)
    #expect(analysis.inverted == entry.inverted)
    #expect(analysis.reason == entry.reason)
    let questions = engine.questions(for: analysis)
    #expect(questions.count >= 10)
    #expect(questions.allSatisfy { QuestionShape.isOpenEnded($0.text) })
  }

  @Test(
    "every belief gets at least ten distinct open-ended questions of all seven kinds",
    arguments: BeliefCorpus.entries)
  func questions(entry: CorpusEntry) throws {
    let questions = engine.questions(for: try engine.analyze(entry.belief))
    #expect(Set(questions.map(\.text)).count == questions.count)
    #expect(questions.count >= 10)
    #expect(Set(questions.map(\.kind)) == Set(QuestionKind.allCases))
    for question in questions {
      #expect(QuestionShape.isOpenEnded(question.text), "\(question.text)")
      #expect(QuestionShape.problems(in: question.text).isEmpty, "\(question.text)")
    }
  }

  @Test(
    "questions are the same every time, and the same for an analysis read back from JSON",
    arguments: BeliefCorpus.entries)
  func determinism(entry: CorpusEntry) throws {
    let analysis = try engine.analyze(entry.belief)
    let questions = engine.questions(for: analysis)
    #expect(engine.questions(for: try engine.analyze(entry.belief)) == questions)
    let decoded = try JSONDecoder().decode(
      BeliefAnalysis.self, from: JSONEncoder().encode(analysis))
    #expect(decoded == analysis)
    #expect(engine.questions(for: decoded) == questions)
    #expect(engine.questions(for: analysis, seed: 7) == engine.questions(for: decoded, seed: 7))
  }
}

/// Checks on the form of a question that hold for every belief.
enum QuestionShape {
  static let openings = ["What ", "Why ", "How ", "Who ", "When ", "Where ", "Which ", "In what "]

  /// Whether it starts with a question word and ends with a question mark.
  static func isOpenEnded(_ text: String) -> Bool {
    openings.contains { text.hasPrefix($0) } && text.hasSuffix("?")
      && !text.dropLast().contains("?")
  }

  /// What is wrong with its surface: the person's first person left in, a placeholder left
  /// unfilled, doubled or stray spaces, a lowercase start.
  static func problems(in text: String) -> [String] {
    var problems: [String] = []
    let words = text.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
    if words.contains(where: { ["my", "mine", "myself", "me", "I", "I'm", "I've"].contains($0) }) {
      problems.append("speaks in the person's first person")
    }
    if text.contains("{") || text.contains("}") { problems.append("an unfilled placeholder") }
    if text.contains("  ") || text.contains(" ,") || text.contains(" ?") {
      problems.append("stray spaces")
    }
    if text.first?.isUppercase != true { problems.append("no capital at the start") }
    return problems
  }
}
