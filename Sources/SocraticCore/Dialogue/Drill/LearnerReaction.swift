/// A line that only reacts to what the persona said: an exclamation ("wow", "blimey", "oh
/// god", "huh"), alone or before the thing it reacts to with no clause of its own ("oh god the
/// fete", "gosh, the waiting list"). It argues no view and asks nothing: the persona hears it
/// as a minimal encourager and goes on, about the thing it names if it has a line on it; an
/// exclamation is never a thing it is asked about ("God"), nor a complaint that it missed the
/// question.
struct LearnerReaction: Sendable, Equatable {
  /// The thing reacted to, as typed ("the fete"); nil for an exclamation alone.
  var thing: String?

  /// Reads a line; nil when it does more than react: it has no exclamation first, or a clause
  /// or a question word follows the exclamation ("wow, that's a stretch", "gosh, why …?").
  init?(_ line: String) {
    let tokens = Tokenizer.tokenize(line)
    let words = tokens.filter(\.isWord).map(\.lowercased)
    let length = Self.exclamationLength(of: words)
    guard length > 0 else { return nil }
    guard length < words.count else {
      thing = nil
      return
    }
    // The tokens after the exclamation's last word, punctuation before the thing passed over.
    guard let last = tokens.indices.filter({ tokens[$0].isWord }).dropFirst(length - 1).first
    else { return nil }
    let rest = Array(tokens[(last + 1)...].drop { !$0.isWord })
    let restWords = rest.filter(\.isWord).map(\.lowercased)
    guard let first = restWords.first, !PersonaQuestion.questionWords.contains(first),
      restWords.count <= Self.thingWordLimit, !restWords.contains(where: Self.makesAClause),
      let head = restWords.last, Self.isHeadNoun(head)
    else { return nil }
    thing = rest.filter { $0.isWord || $0.text == "'s" }.joinedText
  }

  /// Whether a word makes what follows an exclamation a clause of its own: an auxiliary
  /// ("that's"), a subject pronoun ("they"), or a verb in a finite form that is no noun
  /// ("sold"); "the waiting list" has none.
  private static func makesAClause(_ word: String) -> Bool {
    FunctionWords.auxiliary(word) != nil || FunctionWords.subjectPronouns[word] != nil
      || (!Lexicon.classes(of: word).contains(.noun)
        && Lexicon.verbReadings(of: word).contains { [.past, .thirdSingular].contains($0.form) })
  }

  /// Whether a word can end a thing as its head: a noun, or a name no lexicon knows ("oh
  /// come on, really" ends in no thing).
  private static func isHeadNoun(_ word: String) -> Bool {
    let classes = Lexicon.classes(of: word)
    return !ChatWords.lead.contains(word) && (classes.isEmpty || classes.contains(.noun))
  }

  /// The most words a thing reacted to has: more is a sentence of its own, however it reads.
  static let thingWordLimit = 5

  /// How many of some words in lowercase a run of exclamations opens them with; 0 when none
  /// does. Each exclamation is one of `ChatWords.exclamations`, of up to three words.
  static func exclamationLength(of words: [String]) -> Int {
    var length = 0
    while let next = (1...3).reversed().first(where: { size in
      length + size <= words.count
        && ChatWords.exclamations.contains(words[length..<length + size].joined(separator: " "))
    }) {
      length += next
    }
    return length
  }
}
