/// A line that gives back, in the third person, what the other person said of someone or
/// something else: "so she's finding the commute hard" after "my sister says the flat's too far
/// from work"; "those tools are a bit of grandad he's not ready to lose" after "dad won't part
/// with grandad's tools". It speaks to nobody ("you"), yet the clause is about their person,
/// their people or their thing.
///
/// Led by "so", a clause whose subject stands for someone they named ("she" for "my sister",
/// "people" for "nobody") or which keeps a word of theirs reads their meaning back, and counts
/// for a reflection. Without the "so", its subject must point back to a word of theirs ("those
/// tools") and it must keep more of them, or stand for their person and say what that person
/// wants or feels ("he'd rather put up with it"); it can then give back, but weighs nothing
/// against a cue that states.
struct ThirdPersonReadBack: Equatable {
  /// Whether "so" leads the line: the speaker draws out what they said.
  let isLed: Bool

  /// How much the read-back counts for a reflection: more than a generic clause informs.
  var weight: Int { isLed ? Self.ledWeight : 0 }

  /// The read-back in a line, or nil when the line does not read theirs back.
  /// - Parameters:
  ///   - words: the line's words in lowercase, as the tokenizer splits them, without fillers.
  ///   - heard: the words of what the other person last said.
  init?(_ words: [String], heard: [String]) {
    let said = words.filter { $0.first?.isLetter == true }.map(Self.withoutClitic)
    let isLed = said.first == "so"
    let clause = isLed ? said.dropFirst() : said[...]
    guard let subject = clause.first, !Self.notThirdPerson.contains(subject) else { return nil }
    let heard = heard.filter { $0.first?.isLetter == true }.map(Self.withoutClitic)
    let theirs = Set(heard.filter(Self.isContentWord).map(TopicWords.lemma))
    let kept = Set(clause.filter(Self.isContentWord).map(TopicWords.lemma)).intersection(theirs)
    // "he'd rather put up with it than be a bother" after "he won't go back to the optician,
    // says he doesn't want to make a fuss": what their person wants or feels, read back.
    let readsTheirPersonsMind =
      Self.standsFor(subject, heard: heard) && clause.contains(where: InnerLifeWords.words.contains)
    if isLed {
      guard !kept.isEmpty || Self.standsFor(subject, heard: heard) else { return nil }
    } else if !readsTheirPersonsMind {
      // "those tools are …": a subject pointed back to, whose head is a word of theirs. "Drug
      // prices fell …" points back to nothing: it brings news of the speaker's own.
      guard let pointer = clause.first, Self.pointers.contains(pointer),
        let head = clause.first(where: Self.isContentWord),
        theirs.contains(TopicWords.lemma(of: head)), kept.count >= Self.keptUnled
      else { return nil }
    }
    self.isLed = isLed
  }

  /// Whether a subject stands for someone the other person named: "she" for "my sister" or
  /// "she", "they" or "people" for "nobody" or "the neighbours".
  static func standsFor(_ subject: String, heard: [String]) -> Bool {
    let pronouns = Set(heard.compactMap(KinWords.pronoun(of:)))
    switch subject {
    case "he":
      return pronouns.contains("he") || heard.contains { ["he", "him", "his"].contains($0) }
    case "she":
      return pronouns.contains("she") || heard.contains { ["she", "her", "hers"].contains($0) }
    default:
      guard subject == "they" || SubjectWords.people.contains(subject) else { return false }
      return heard.contains { word in
        ["they", "them", "their"].contains(word) || SubjectWords.people.contains(word)
          || KinWords.isKnown(word) || KinWords.nearby.contains(TopicWords.lemma(of: word))
      }
    }
  }

  /// A word without the clitic the tokenizer may leave on it: "she" of "she's", "grandad" of
  /// "grandad's".
  private static func withoutClitic(_ word: String) -> String {
    word.firstIndex(of: "'").map { String(word[..<$0]) } ?? word
  }

  /// Whether a word carries content: letters, and not a function word.
  private static func isContentWord(_ word: String) -> Bool {
    word.first?.isLetter == true && !FunctionWords.isFunctionWord(word)
  }

  /// Subjects that speak of the speaker or to the listener, or ask: never a read-back of a third.
  private static let notThirdPerson: Set<String> = [
    "i", "we", "you", "me", "us", "my", "our", "your", "let", "what", "why", "how", "who",
  ]

  /// Determiners that point back to what was just said: "those tools", "that job".
  private static let pointers: Set<String> = ["those", "that", "this", "these"]

  /// How much a read-back led by "so" counts for a reflection.
  private static let ledWeight = 3

  /// How many words of theirs a read-back without "so" keeps: "those tools … grandad".
  private static let keptUnled = 2
}
