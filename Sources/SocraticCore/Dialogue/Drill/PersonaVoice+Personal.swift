/// The persona's answers about itself: whether it trusts someone, what the matter is in its
/// own life, and what the people of its life make of it. It is the same person all drill long:
/// one who follows the matter rather than lives it, unless a line of its own tells of its life;
/// every answer ends in why it holds the belief.
extension PersonaVoice {
  /// A first-person answer to a question about itself, then the reason it goes on, one not
  /// said yet (else its first).
  /// A name it has no line on ("Would you trust Ruritania?") catches it unready.
  /// - Parameter facts: what it has said of its own life: a line of its life it said no to is
  ///   among `said` as unsayable, never as told ("as I told you").
  /// - Parameter saidSentences: everything it has said (`PersonaVoice.key(of:)`): a life it
  ///   told once as one it follows more than lives is told so again in other words.
  func personal(
    _ question: PersonaQuestion, said: Set<String>, facts: OwnFacts = OwnFacts(),
    saidSentences: Set<String> = []
  ) -> Reply {
    // "What do you do on a Tuesday evening?" names a day, not a thing it could know little of.
    if question.aim == .ownTime { return ownTime(saidSentences: saidSentences) }
    if question.aim == .ownThings {
      return ownThing(question, said: said, saidSentences: saidSentences)
    }
    if namesSomethingNew(question, among: question.names) { return unready(said: said) }
    let reason =
      firstUnsaid([.reason, .reply], said: said) ?? lines.first { $0.source == .reason }
    let tie = reason.map { Self.runOn($0.text) } ?? ownClaim + "."
    if question.aim == .trust {
      return Reply(text: Self.trustAnswer + " What I do go on is this: " + tie)
    }
    // "Does your other half agree?": it speaks for itself, never for them, and supposes
    // neither that they agree nor that they don't; what its own lines have them say ("my aunt
    // already said …") it tells, and a fact of theirs ("my uncle is paying …") it gives as its
    // own reason, never as their view.
    if let close = question.closeOne, let told = lineTelling(of: close, saying: true) {
      let again = said.contains(told.text) ? "As I told you, " + Self.runOn(told.text) : told.text
      return Reply(text: Self.capitalized(close) + "? " + again)
    }
    if let close = question.closeOne {
      let them = KinWords.pronoun(ofNamed: close).map { $0 == "she" ? "her" : "him" } ?? "them"
      let fact = lineTelling(of: close, saying: false).map { Self.runOn($0.text) }
      return Reply(
        text: Self.capitalized(close) + "? I won't speak for \(them). For me it comes down to "
          + "this: " + (fact ?? tie))
    }
    // A life it has spoken of already is still its life: never "I follow it more than I live
    // it" after "I get more done at home".
    let denied = contradicting(facts)
    let lived = lines.filter {
      [.reason, .reply].contains($0.source) && Self.speaksOfOwnLife($0.text)
        && !denied.contains($0.text)
    }
    if let line = lived.first(where: { !said.contains($0.text) }) {
      return Reply(text: "It's close to home. " + line.text)
    }
    if !lived.isEmpty { return Reply(text: "It's close to home, as I told you, and " + tie) }
    let subject = self.subject ?? "the debate"
    let outside = "I follow \(subject) more than I live it"
    let first = "Day to day, not much, honestly: \(outside)."
    // Asked of its life again, it answers again in one sentence of its own: never the first
    // answer's tail alone ("Why it matters to me all the same: …").
    guard saidSentences.contains(Self.key(of: first)) else {
      return Reply(text: first + " Why it matters to me all the same: " + tie)
    }
    return Reply(text: "As I said, \(outside), and what keeps me on it is that " + tie)
  }

  /// How it spends its own time: as one who follows the matter, ordinary things; asked again,
  /// the same in other words.
  private func ownTime(saidSentences: Set<String>) -> Reply {
    let subject = self.subject ?? "all this"
    let first = "Nothing special: work, cooking, seeing friends, the usual."
    guard saidSentences.contains(Self.key(of: first)) else {
      return Reply(
        text: first + " I keep up with \(subject) in the news, but it doesn't fill my week.")
    }
    return Reply(
      text:
        "The usual things, like I said; I read about \(subject), but it's not how I spend my time."
    )
  }

  /// A plain thing of its everyday life ("what's in your garden?"): its own line on that
  /// thing, else a short, plain word that it is an ordinary one. It knows its own life: never
  /// that it does not, which would shake it over nothing it holds.
  private func ownThing(
    _ question: PersonaQuestion, said: Set<String>, saidSentences: Set<String>
  ) -> Reply {
    let words = question.words.map(\.lowercased)
    let at = words.firstIndex(where: PersonaQuestion.isHomeThing)
    let thing = at.map { words[$0] }
    // "your garden" is "My garden?"; "for dinner", "Dinner?".
    let isTheirs = at.map { $0 > 0 && ["your", "ur"].contains(words[$0 - 1]) } == true
    let echo = thing.map { (isTheirs ? "My \($0)" : Self.capitalized($0)) + "? " } ?? ""
    let named = thing.map { TopicWords.lemma(of: $0) }
    let line = lines.first { line in
      [.reason, .reply].contains(line.source)
        && named.map(TopicWords(line.text).lemmas.contains) == true
    }
    if let line {
      return Reply(
        text: echo + (said.contains(line.text) ? "As I said, " + Self.runOn(line.text) : line.text))
    }
    // "where do you live?" asks for a place.
    let plains = words.first == "where" ? Self.plainPlaces : Self.plainLives
    let plain = plains.first { !saidSentences.contains(Self.key(of: $0)) } ?? plains[0]
    return Reply(text: echo + plain)
  }

  /// How it says a thing of its everyday life is ordinary, in turn.
  static let plainLives = [
    "Nothing special, honestly: much like anyone's.",
    "Ordinary enough, really; nothing that bears on this.",
    "The usual, like most people; nothing out of the way.",
  ]

  /// How it says where it lives or grew up is ordinary, in turn.
  static let plainPlaces = [
    "Nowhere special, honestly: an ordinary street in an ordinary town.",
    "Somewhere ordinary; nothing that bears on this.",
  ]

  /// A reason or a reply of its own that brings up someone of its life as a question names
  /// them: with `saying`, only one where they say or think something ("My aunt already said
  /// she might not make the trip"); else any that names them ("My uncle is paying …").
  private func lineTelling(of close: String, saying: Bool) -> Line? {
    let named = Tokenizer.tokenize(close).filter(\.isWord).map(\.lowercased)
    return lines.first { line in
      let tokens = Tokenizer.tokenize(line.text)
      guard [.reason, .reply].contains(line.source) else { return false }
      guard saying else {
        let words = tokens.filter(\.isWord).map(\.lowercased)
        return words.indices.contains { words[$0...].starts(with: named) }
      }
      guard let clause = ClauseParser.parse(tokens), let verb = clause.lexicalVerb else {
        return false
      }
      return clause.subject.filter(\.isWord).map(\.lowercased) == named
        && ReflectionLead.reportingWords.contains(verb.lowercased)
    }
  }

  /// Whether it trusts those a question names: as one who holds its belief by what can be
  /// checked.
  static let trustAnswer = "Not blindly, no. I trust what can be checked, not promises."
}
