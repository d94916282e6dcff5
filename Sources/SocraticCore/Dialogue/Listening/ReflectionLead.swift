/// A way a reflection opens before the clause it gives back: "So …", "You're saying …", "For
/// you, …", "In your experience, …", "It sounds like …", "It seems like …", or none, the clause
/// said plainly in the second person ("You'd be fine with a landline.").
struct ReflectionLead: Equatable, Sendable {
  /// What a lead-in is said of: a point of theirs, or a feeling or meaning guessed at. A
  /// point is never made a guess ("It sounds like it was your brother"), nor a feeling told
  /// as their statement.
  enum Family: Sendable { case point, feeling }

  /// The words before the clause; empty for a clause said plainly.
  var opening: String
  var family: Family
  /// Clause openings after which this lead-in does not read ("You're saying you're thinking
  /// …", "For you, your rent …"), lower case, each ending on a space.
  var unfitOpenings: [String] = []
  /// Clause openings one of which it needs, lower case; empty when any will do.
  var neededOpenings: [String] = []
  /// Words one of which the clause must hold; empty when any clause will do.
  var neededWords: Set<String> = []
  /// Words the clause must not hold.
  var shunnedWords: Set<String> = []
  /// Whether a clause that opens on someone's name ("Frank is …") does not suit it.
  var shunsNames = false

  /// The lead-ins, the preferred of each family first.
  static let all: [ReflectionLead] = [
    ReflectionLead(opening: "So ", family: .point),
    ReflectionLead(
      opening: "You're saying ", family: .point, unfitOpenings: secondPerson + ["for you "]),
    // "You'd be fine with a landline.": only a clause of theirs, or it reads as the listener's
    // own view.
    ReflectionLead(opening: "", family: .point, neededOpenings: secondPerson + ["your "]),
    // "For you, the distance is the big one.": a judgement of theirs, never an event.
    ReflectionLead(
      opening: "For you, ", family: .point,
      unfitOpenings: ["maybe ", "it ", "it's ", "that "], neededWords: judgingWords,
      shunnedWords: ownerWords.union(reportingWords)),
    // "In your experience, the fares go up every spring.": something they have seen, never a
    // judgement, a guess, a hope or what would be, nor what another person did or is ("she
    // cooked every meal", "Frank is just one person").
    ReflectionLead(
      opening: "In your experience, ", family: .point,
      unfitOpenings: ["that ", "it's "] + otherPeople,
      shunnedWords: ownerWords.union(judgingWords).union(unlivedWords).union(anyoneWords)
        .union(reportingWords).union(seemingWords).union(wishingWords)
        .union(verdictComparatives), shunsNames: true),
    ReflectionLead(opening: "It sounds like ", family: .feeling),
    ReflectionLead(opening: "It seems like ", family: .feeling, unfitOpenings: ["for you "]),
  ]

  /// Clause openings whose subject is another person: their story, no experience of the
  /// person's own.
  static let otherPeople = [
    "he ", "she ", "they ", "he's ", "she's ", "they're ", "they've ", "he'd ", "she'd ",
    "they'd ", "his ", "her ", "their ",
  ]

  /// Clause openings whose subject is the person, in the second person.
  static let secondPerson = ["you ", "you're ", "you'd ", "you've ", "you'll "]

  /// Words a clause given a "For you," must judge with: "the distance is the big one", "kids
  /// should have a landline"; "half the class is on their phones" tells a fact, no view.
  static let judgingWords: Set<String> = [
    "should", "shouldn't", "must", "ought", "matters", "matter", "counts", "real", "main", "big",
    "biggest", "core", "problem", "worst", "best", "wrong", "fine", "insane", "unfair", "fair",
    "crazy", "ridiculous", "key", "point", "worth",
  ]

  /// Words by which a clause already says whose it is: "For you, the grades matter to you".
  static let ownerWords: Set<String> = ["you", "your", "you're", "you'd", "yours", "you've"]

  /// Words that report what someone else holds ("my neighbour reckons …"): their view is no
  /// experience or judgement of the person's own.
  static let reportingWords: Set<String> = [
    "reckons", "reckoned", "says", "said", "thinks", "thought", "claims", "reckon", "told",
    "believes",
  ]

  /// Words of what is guessed at or might be, which nobody has seen: "maybe", "would", "if".
  static let unlivedWords: Set<String> = [
    "maybe", "might", "would", "could", "if", "should", "probably", "perhaps", "will",
    "won't", "wont", "wouldn't", "wouldnt", "'d", "'ll", "suppose", "guess",
  ]

  /// Words of a hope or a wish ("hopefully the weather holds", "ideally the worktops go
  /// first"): what they want, nothing they have lived.
  static let wishingWords: Set<String> = [
    "hope", "hopes", "hoping", "hopefully", "wish", "wishes", "want", "wants", "wanna",
    "ideally", "prefer", "prefers", "rather",
  ]

  /// Comparatives that weigh one thing against another ("a small do is better"): a verdict,
  /// unless a verb of change leads to them (`changeVerbs`).
  static let verdictComparatives: Set<String> = ["better", "worse"]

  /// Verbs of change after which a comparative tells what happened, not what is judged: "my
  /// knee got better after the physio", "the damp got worse every winter".
  static let changeVerbs: Set<String> = [
    "get", "got", "gotten", "getting", "gets", "became", "become", "grew",
  ]

  /// Words of how a thing feels or seems to them ("it feels like failing"): a feeling of
  /// theirs, no experience told.
  static let seemingWords: Set<String> = ["feels", "feel", "felt", "seems", "seemed"]

  /// Words for anyone at all, which make a clause a general claim or a case imagined, no
  /// experience of theirs: "someone holds a door".
  static let anyoneWords: Set<String> = [
    "someone", "somebody", "anyone", "anybody", "whoever", "everyone", "everybody",
  ]

  /// The lead-in a reflection opens with: the longest that starts it, else none when it
  /// opens on the person ("You stopped going."); nil when it opens otherwise ("Sorry, …").
  static func of(_ text: String) -> ReflectionLead? {
    let led = all.filter { !$0.opening.isEmpty && text.hasPrefix($0.opening) }
      .max { $0.opening.count < $1.opening.count }
    if let led { return led }
    let plain = all.first { $0.opening.isEmpty }
    let opensOnThem = plain?.neededOpenings.contains { text.lowercased().hasPrefix($0) } ?? false
    return opensOnThem ? plain : nil
  }

  /// The clause a reflection led in by this gives back, lower case at its start unless a name
  /// or "I" opens it.
  func clause(of text: String) -> String {
    let rest = String(text.dropFirst(opening.count))
    guard opening.isEmpty, let first = rest.first else { return rest }
    return first.lowercased() + rest.dropFirst()
  }

  /// Whether this lead-in reads before a clause.
  func suits(_ clause: String) -> Bool {
    let lowered = clause.lowercased()
    guard !unfitOpenings.contains(where: lowered.hasPrefix), !(shunsNames && opensOnName(clause))
    else { return false }
    if !neededOpenings.isEmpty, !neededOpenings.contains(where: lowered.hasPrefix) {
      return false
    }
    guard !neededWords.isEmpty || !shunnedWords.isEmpty else { return true }
    let split = lowered.split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
    // "they'd say": a clitic is a word of its own ("'d").
    let clitics = split.compactMap { word in word.firstIndex(of: "'").map { String(word[$0...]) } }
    let words = Set(split + clitics)
    // "my knee got better", "it got a lot better": a comparative after a verb of change, and
    // any words that grade it, is lived, not weighed.
    let changed = split.indices.filter { Self.changeVerbs.contains(split[$0]) }.compactMap {
      split[($0 + 1)...].first { !DegreeWords.inVerbGroup.contains($0) }
    }
    return (neededWords.isEmpty || !words.isDisjoint(with: neededWords))
      && words.subtracting(Self.verdictComparatives.intersection(changed))
        .isDisjoint(with: shunnedWords)
  }

  /// Whether a clause opens on a name: a word written with a capital, other than "I".
  private func opensOnName(_ clause: String) -> Bool {
    guard let first = Tokenizer.tokenize(clause).first(where: \.isWord) else { return false }
    return first.isCapitalized && first.text != "I" && !first.text.hasPrefix("I'")
  }

  /// The reflection with this lead-in before the clause.
  func led(_ clause: String) -> String {
    guard opening.isEmpty, let first = clause.first else { return opening + clause }
    return first.uppercased() + clause.dropFirst()
  }
}
