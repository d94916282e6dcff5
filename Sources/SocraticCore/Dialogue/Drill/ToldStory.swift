/// Someone close to the asker, told of in their line: "my mum got done by one of those fake
/// parcel texts, what would …", "our lad waited months on a hearing". A person hearing it says
/// a word about it before answering, so the persona does, and answers the question after it.
struct ToldStory: Sendable, Equatable {
  /// The word the asker calls them by, in lowercase: "mum".
  let person: String
  /// Whether what is told is a hardship ("got done by", "waited"): the persona is sorry for it.
  let isHard: Bool
  /// The question asked after the story, as typed ("what would make u trust people less"); nil
  /// when none follows it in the line.
  let question: String?

  /// The story a line opens with, if it tells one: "my" or "our", someone close, and at least
  /// two words of what happened. Nil for someone named inside a question ("what would my mum
  /// say?", "do you think my dad was wrong?") or after a reflection.
  init?(_ text: String) {
    let tokens = Tokenizer.tokenize(text)
    let lower = tokens.map(\.lowercased)
    let marks: Set<String> = [",", ".", "!", "?", ";", ":"]
    guard
      let at = lower.indices.dropLast().first(where: { index in
        ["my", "our"].contains(lower[index]) && Self.isClose(lower[index + 1])
      })
    else { return nil }
    // The story opens the line, after chat at most: "so you mean …, my grandad kept pigeons"
    // gives back what it heard, with an aside.
    guard tokens[..<at].filter(\.isWord).allSatisfy({ Self.leadIns.contains($0.lowercased) })
    else { return nil }
    let end = tokens[(at + 2)...].firstIndex { marks.contains($0.text) } ?? tokens.endIndex
    let told = tokens[(at + 2)..<end].filter(\.isWord).map(\.lowercased)
    guard told.count >= 2 else { return nil }
    person = lower[at + 1]
    isHard = told.contains { Self.hardshipWords.contains($0) }
    let rest = end < tokens.endIndex ? Array(tokens[(end + 1)...]) : []
    question = rest.contains(where: \.isWord) ? rest.joinedText : nil
  }

  /// The word the persona says about it before its answer.
  var acknowledgement: String {
    isHard ? "That sounds hard for your \(person)." : "Thanks for telling me about your \(person)."
  }

  private static func isClose(_ word: String) -> Bool {
    KinWords.isKin(word) || alsoClose.contains(word)
  }

  /// Words for people close to someone beyond `KinWords`: "our lad", "my parents".
  private static let alsoClose: Set<String> = [
    "lad", "lass", "parents", "grandparents", "family", "kids", "children", "boss",
  ]

  /// Words that may come before a story in its line: chat, and "so", "well".
  private static let leadIns: Set<String> = PersonaQuestion.chatWords.union([
    "so", "well", "and", "but", "honestly", "see", "cos", "because",
  ])

  /// Words that tell of a hardship: a loss, a wait, a wrong done to someone.
  private static let hardshipWords: Set<String> = [
    "done", "scammed", "conned", "robbed", "cheated", "ripped", "burgled", "mugged", "lost",
    "died", "passed", "ill", "sick", "hurt", "injured", "sacked", "fired", "redundant", "waited",
    "waiting", "stuck", "struggled", "struggling", "quiet", "debt", "evicted", "homeless",
    "attacked", "bullied",
  ]
}
