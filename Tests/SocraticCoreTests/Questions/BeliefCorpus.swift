import Foundation
import Testing

/// One belief of the corpus in Resources/belief-corpus.tsv with what the engine must make of it.
struct CorpusEntry: Sendable, CustomTestStringConvertible {
  var belief: String
  var claim: String
  var inverted: String
  var reason: String?
  /// The construction it exercises: the comment above its group in the file.
  var construction: String
  /// Why the engine still gets it wrong, for a held-out belief it fails.
  var knownIssue: String?
  var line: Int

  /// Whether the belief is a question the engine must refuse: its claim is written "?" and its
  /// inversion is the statement the refusal suggests ("-" for none).
  var isQuestion: Bool { claim == "?" }

  var testDescription: String { "line \(line): \(belief)" }
}

/// The belief corpus, read from the test bundle.
enum BeliefCorpus {
  static let entries: [CorpusEntry] = load("belief-corpus")
  /// Beliefs held out from tuning the rules: the first set, a second and a third written for
  /// language reviews, and claims in the shapes of debate motions (issue 12).
  static let heldOut: [CorpusEntry] =
    load("held-out-beliefs") + load("held-out-beliefs-2") + load("held-out-beliefs-3")
    + load("held-out-claims")

  /// Beliefs as people type them in chats (issue 12): hedges, fillers, stutters, slips,
  /// rhetorical questions, topics with a comment, explanations.
  static let chat: [CorpusEntry] = load("chat-beliefs") + load("chat-beliefs-2")

  /// Reads a corpus file: `belief TAB claim TAB inverted TAB reason` ("-" for none) and an
  /// optional known issue, with "#" comment lines naming the construction of the lines below.
  static func load(_ name: String) -> [CorpusEntry] {
    CorpusFile.lines(of: name, fieldCounts: 4...5).map { line in
      let fields = line.fields
      return CorpusEntry(
        belief: fields[0], claim: fields[1], inverted: fields[2],
        reason: fields[3] == "-" ? nil : fields[3], construction: line.construction,
        knownIssue: fields.count == 5 ? fields[4] : nil, line: line.number)
    }
  }
}
