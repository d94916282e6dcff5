/// The words an explore session ends with: the question that leaves room for a last word and
/// the thanks. Each has several wordings, rotated by the session's seed, so someone who comes
/// back every week does not meet the same lines each time, and a wording said already in the
/// session is passed over. The thanks names what they talked about when it can be named in a
/// few words of theirs ("Thanks for talking through the school run with me."), never the
/// whole belief.
enum ClosingWords {
  /// Ways of leaving room for a last word once the closing rating is given.
  static let lastWordQuestions = [
    "Before we stop, is there anything you'd want to add?",
    "Is there anything else on this you'd like to say before we finish?",
    "Anything we haven't touched on that you'd want to add?",
    "Last thing from me: is there something we missed that matters to you?",
  ]

  /// Ways of thanking them that name what they talked about; `{subject}` is it, in their words.
  static let namedThanks = [
    "Thanks for talking through {subject} with me.",
    "Thank you for thinking about {subject} out loud with me.",
    "Thanks for giving {subject} some thought with me today.",
  ]

  /// Ways of thanking them when what they talked about has no short name.
  static let plainThanks = [
    "Thank you for thinking it through with me. Take care.",
    "Thanks for talking it over with me. Take care.",
    "That's a good place to leave it. Thanks for thinking out loud with me.",
    "Thanks for your time today, and for being so open about it.",
  ]

  /// The first of `wordings`, from where the seed starts them, that `isSaid` has not had.
  static func pick(_ wordings: [String], seed: UInt64, isSaid: (String) -> Bool) -> String? {
    guard !wordings.isEmpty else { return nil }
    let start = Int(seed % UInt64(wordings.count))
    return (wordings[start...] + wordings[..<start]).first { !isSaid($0) }
  }

  /// The thanks for a session about `claim`: named when its subject can be, else plain; a
  /// plain one when every wording was said.
  static func thanks(claim: String?, seed: UInt64, isSaid: (String) -> Bool) -> String {
    let named = claim.flatMap(subject(of:)).map { subject in
      namedThanks.map { $0.replacing("{subject}", with: subject) }
    }
    return pick(named ?? [], seed: seed, isSaid: isSaid)
      ?? pick(plainThanks, seed: seed, isSaid: isSaid) ?? plainThanks[0]
  }

  /// What a claim is about, when it names it in a few plain words that are no person: "the
  /// school run" of "the school run is worse by car", "crypto" of "crypto is mostly scams";
  /// nil for "you", "people", "your brother", or a long subject.
  static func subject(of claim: String) -> String? {
    guard let clause = ClauseParser.parse(Tokenizer.tokenize(claim)) else { return nil }
    let words = clause.subject.filter(\.isWord)
    guard (1...subjectWordLimit).contains(words.count), words.count == clause.subject.count,
      words.allSatisfy({ $0.text.allSatisfy(\.isLetter) }),
      let head = words.last?.lowercased, !people.contains(head),
      !words.contains(where: { unnamed.contains($0.lowercased) })
    else { return nil }
    return words.map(\.text).joined(separator: " ")
  }

  /// The most words a subject named in the thanks has.
  static let subjectWordLimit = 4

  /// Words that leave a subject unnamed, or name a person the thanks should not talk through:
  /// pronouns, possessives, quantifiers, pointers.
  static let unnamed: Set<String> = [
    "i", "you", "we", "they", "he", "she", "it", "this", "that", "these", "those", "there",
    "your", "my", "our", "their", "his", "her", "its", "everyone", "everybody", "nobody",
    "someone", "somebody", "anyone", "all", "most", "some", "any", "no", "every", "each",
    "what", "which", "who", "nothing", "everything", "something", "anything",
    // "the way the council handles …": a clause follows, and the subject is not its noun.
    "way",
  ]

  /// Heads of a subject that name people, never talked through as a topic ("the kids").
  static let people: Set<String> = [
    "people", "kids", "children", "parents", "men", "women", "teachers", "doctors", "nurses",
    "politicians", "boomers", "millennials", "folk", "folks", "guys", "lads", "mum", "mom",
    "dad", "brother", "sister", "wife", "husband", "partner", "friends", "neighbours",
    "neighbors", "immigrants", "voters", "students", "workers", "developers", "rich", "poor",
  ]
}
