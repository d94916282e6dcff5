/// Something the person sees anew ("huh, never thought of it like that"), given back as what
/// they just saw: the side the question put them on, when it named one.
extension ReflectionWriter {
  /// The reflection of an insight said to a question: "So when you see it as a landlord would,
  /// it looks a bit different to you." when the question asked how someone sees it; else
  /// that the point weighs with them ("good point"), or that the way of looking is new.
  static func insight(after question: String?, saying line: String) -> String {
    if let question, let holder = viewHolder(in: question) {
      return "So when you see it as \(holder) would, it looks a bit different to you."
    }
    let words = Tokenizer.tokenize(line).map(\.lowercased)
    return words.contains(where: pointWords.contains) ? pointLine : newLookLine
  }

  /// Said to an insight when the question named no one whose side it took.
  static let newLookLine = "So that's a way of looking at it you hadn't tried before."
  /// Said to "good point", "you've got a point": the point weighs, nothing more presumed.
  static let pointLine = "So that point carries some weight for you."
  /// Words by which an insight grants a point rather than a new way of seeing.
  private static let pointWords: Set<String> = ["point", "fair"]

  /// Who a question asks them to see it as: "How might a landlord see it?" → "a landlord",
  /// "What would your sister say?" → "your sister"; nil when it names no one but them.
  static func viewHolder(in question: String) -> String? {
    let tokens = Tokenizer.tokenize(question).filter(\.isWord)
    let words = tokens.map(\.lowercased)
    for (index, word) in words.enumerated() where viewModals.contains(word) {
      guard
        let verb = words.indices.dropFirst(index + 1).first(where: {
          viewVerbs.contains(words[$0])
        }), verb - index - 1 >= 1, verb - index - 1 <= holderWordLimit
      else { continue }
      let holder = Array(words[(index + 1)..<verb])
      // "How would you see it?", "how do you think they see it": no one else named; "someone
      // who disagrees with you" names one.
      guard let first = holder.first, !notHolders.contains(first) else { continue }
      return Array(tokens[(index + 1)..<verb]).map(\.text).joined(separator: " ")
    }
    return nil
  }

  /// The modals a question about another's view puts before who holds it.
  private static let viewModals: Set<String> = ["might", "would", "could", "does", "do"]

  /// Verbs of holding a view: "see", "say", "view", "explain".
  private static let viewVerbs: Set<String> = [
    "see", "say", "view", "explain", "describe", "answer", "argue", "feel", "think",
  ]

  /// Words that make what stands before the verb no one else's side: the person, or "it".
  private static let notHolders: Set<String> = [
    "you", "i", "it", "this", "that", "we", "they", "there",
  ]

  /// The most words the one whose side is taken may have.
  private static let holderWordLimit = 6
}

/// A habit of reading others that the person sees in themselves: "being passed over makes me
/// read everything he does as a snub", "i take every comment as criticism".
extension ReflectionWriter {
  /// The habit given back as what they notice: "So you're noticing that you read everything
  /// he does as a snub."; nil when the line names none, or it would not read.
  static func selfReading(in line: String) -> Reflection? {
    for sentence in SentenceSplitter.sentences(in: Tokenizer.tokenize(line)) {
      let tokens = Shorthand.expanded(sentence)
      let words = tokens.map(\.lowercased)
      guard
        let verb = words.indices.first(where: { index in
          index > 0 && readingVerbs.contains(words[index])
            && (words[index - 1] == "i" || words[index - 1] == "me")
        }),
        let asIndex = words.indices.dropFirst(verb + 2).prefix(10).first(where: {
          words[$0] == "as" || words[$0] == "like"
        }),
        words[(verb + 1)..<asIndex].contains(where: readingWholes.contains),
        let habit = secondPersonPhrase(
          (Tokenizer.tokenize("i") + tokens[verb...]).joinedText)
      else { continue }
      return Reflection(text: "So you're noticing that \(habit).", depth: .complex)
    }
    return nil
  }

  /// Verbs of reading what others do a certain way: "read it as", "take it as", "see it as".
  static let readingVerbs: Set<String> = ["read", "see", "take", "hear", "treat", "interpret"]

  /// Words that make a reading a habit rather than one reading: "everything he does as".
  static let readingWholes: Set<String> = [
    "everything", "every", "anything", "all", "each", "whatever", "any",
  ]
}
