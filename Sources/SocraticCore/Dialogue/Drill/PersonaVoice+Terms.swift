/// The persona's answers chosen by a question's terms: the reason or reply whose words the
/// question shares, for a story, a mechanism, a word it used itself and a yes or no about its
/// own stake. A line that shares none of what was asked is never given as if it answered it.
extension PersonaVoice {
  /// The reasons and replies that share words with some words, most shared first (a line not
  /// said yet before one said, then the pack's order); none when nothing is shared.
  func linesSharing(_ words: Set<String>, said: Set<String>) -> [Line] {
    guard !words.isEmpty else { return [] }
    let ranked = lines.enumerated().compactMap { index, line -> (Line, Int, Int)? in
      guard [.reason, .reply].contains(line.source) else { return nil }
      let shared = line.topic.intersection(words).count
      return shared > 0 ? (line, shared, index) : nil
    }
    return ranked.sorted { left, right in
      if left.1 != right.1 { return left.1 > right.1 }
      let (leftSaid, rightSaid) = (said.contains(left.0.text), said.contains(right.0.text))
      return leftSaid != rightSaid ? !leftSaid : left.2 < right.2
    }.map(\.0)
  }

  /// A story asked for in terms its lines speak of ("a time you saw savings eaten by
  /// inflation"): the case of its own that backs the line sharing most of them, told if not told
  /// yet; else, since it makes none up, "I can't point to one time myself, but …" and that case
  /// or that line. Nil when the question's terms match none of its lines.
  func storyByTerms(_ question: PersonaQuestion, said: Set<String>) -> String? {
    // What the story is about is the things it names, not what the persona did in it ("you
    // saw", "you noticed") nor the nouns that ask for a story ("a time", "a moment").
    let words = question.key.split(separator: " ").map(String.init)
    let lived = Set(
      zip(words, words.dropFirst()).filter { $0.0 == "you" }.map { TopicWords.lemma(of: $0.1) })
    let about = question.things.subtracting(lived).subtracting(Self.storyFrameNouns)
    guard let best = linesSharing(about, said: said).first else {
      return nil
    }
    // Its evidence backs it only when it speaks of what the line or the question does: a
    // reply paired with it for want of any other is no story of what was asked.
    let proof = evidence[best.text].flatMap { proof in
      proof.topic.isDisjoint(with: best.topic.union(question.topic)) ? nil : proof
    }
    let backing = [best, proof].compactMap { $0 }.filter {
      Self.isCase($0.text)
    }
    if let told = backing.first(where: { !said.contains($0.text) }) {
      let opening = Self.tellsOfOwnLife(told.text) ? "From my own life: " : "One comes to mind: "
      return opening + Self.runOn(told.text)
    }
    // Asked about others it knows, it answers for them (`story(_:said:)`), not for itself.
    guard !question.asksAboutOthers else { return nil }
    return "I can't point to one time myself, but " + Self.runOn((backing.first ?? best).text)
  }

  /// The nouns a story is asked for with, which name nothing it is about.
  static let storyFrameNouns: Set<String> = [
    "time", "moment", "story", "day", "experience", "life", "example", "case", "instance",
  ]

  /// Two steps that lead to what a question asks about: first a line not said yet (one that
  /// says who would do what, else a reason, else a reply), then the line that shares most of
  /// the question's words, as where it leads. Nil when no line shares them, or no other line
  /// is left to come first.
  func chainedSteps(_ question: PersonaQuestion, said: Set<String>, unsaid: [Line]) -> Reply? {
    let asked = TopicWords(question.key, isQuestion: true).lemmas
    guard let end = linesSharing(asked, said: said).first,
      let start = unsaid.first(where: { $0 != end && Self.saysWhoDoesWhat($0.text) })
        ?? unsaid.first(where: { $0 != end && $0.source == .reason })
        ?? unsaid.first(where: { $0 != end })
    else { return nil }
    return Reply(
      text: "Roughly like this. First, " + Self.runOn(start.text) + " Then, "
        + Self.runOn(end.text))
  }

  /// What it means by a word it used itself, when it has no definition of it: the thing it had
  /// in mind, given as an example (the line it used it in, if not said yet, else
  /// `example(of:using:)`), else that it has not pinned the word down further than what it has
  /// told: that line is never said again.
  func ownWordMeaning(_ term: String, in line: Line, said: Set<String>) -> Reply {
    let opening = "By \u{201C}\(term)\u{201D} I mean something you can point to. "
    if !said.contains(line.text) { return Reply(text: opening + "Take this: " + line.text) }
    // A word from a time of its own ("I have sent money this way myself, and it simply
    // worked") means that what it believes held then: its reasons, those nearest that time first.
    let held = Self.tellsOfOwnLife(line.text) ? reasonsBorneOut(by: line) : []
    if let first = held.first {
      let more = held.dropFirst().first.map { " And " + Self.runOn($0.text) } ?? ""
      return Reply(
        text: "By \u{201C}\(term)\u{201D} I mean it bore out what I've been saying: "
          + Self.runOn(first.text) + more)
    }
    if let example = example(of: TopicWords(term).lemmas, using: line, said: said) {
      return Reply(text: opening + example)
    }
    // With nothing more to show for it, it owns that it has not pinned the word down: a line
    // of its own on another matter ("For example: one accident can undo …" for "quicker") would
    // be no example of the word.
    // The line itself is not said again: it was heard, and word for word it would only repeat.
    return Reply(
      text: "I haven't pinned \u{201C}\(term)\u{201D} down any further than what I've told "
        + "you.")
  }

  /// The reasons a time of its own bears out, at most two: those sharing most words with it
  /// first, then in the pack's order.
  private func reasonsBorneOut(by line: Line) -> [Line] {
    let reasons = lines.filter { $0.source == .reason }.enumerated()
    let ranked = reasons.sorted { left, right in
      let (l, r) = (
        left.element.topic.intersection(line.topic).count,
        right.element.topic.intersection(line.topic).count
      )
      return l != r ? l > r : left.offset < right.offset
    }
    return ranked.prefix(2).map(\.element)
  }

  /// Its definition of a term, or of the first word of it it has one for, said of that word
  /// ("By “value” I mean what something is worth to the people who use it."); nil when it
  /// has none.
  func definedWord(in term: String) -> String? {
    let words = term.split(separator: " ").map(String.init)
    let candidates = [term] + words.filter { !FunctionWords.isFunctionWord($0.lowercased()) }
    for word in candidates {
      if let definition = PersonaDefinitions.definition(ofWhole: word) {
        return "By \u{201C}\(word)\u{201D} I mean \(definition)."
      }
    }
    return nil
  }

  /// A case of what some words mean, as an example: a line not said yet that shares them, else
  /// the line they were used in when it names cases ("aircraft and medicines") and is not said
  /// yet, else what that line rests on, not said yet; nil when it has none.
  func example(of words: Set<String>, using line: Line, said: Set<String>) -> String? {
    let least = Self.wordsShared(toSpeakOf: words)
    let sharing = lines.first {
      [.reason, .reply].contains($0.source) && $0.text != line.text && !said.contains($0.text)
        && $0.topic.intersection(words).count >= least
    }
    if let sharing { return "For example: " + Self.runOn(sharing.text) }
    // Never its last words said again as the example; a line not said yet is an example.
    if Self.isCase(line.text), !said.contains(line.text) {
      return "For example: " + Self.runOn(line.text)
    }
    guard let backing = evidence[line.text], !said.contains(backing.text) else { return nil }
    return "For example: " + Self.runOn(backing.text)
  }

  /// Whether a line speaks of something the persona has ("my savings", "I have sent money this
  /// way myself"): a possessive of the first person, or "myself".
  static func ownsSomething(_ text: String) -> Bool {
    Tokenizer.tokenize(text).contains { ["my", "mine", "myself"].contains($0.lowercased) }
  }

  /// The line in which the persona speaks of something of its own that a closed question about
  /// its life asks about ("Did you buy any bitcoin yourself?" and "nobody can dilute my
  /// savings" in a belief about bitcoin): a reason or a reply with "my" that shares the
  /// question's words (the belief's too), where the question's verb is the line's own ("Do you
  /// commute …?" and "my commute") or one of having and using it (`havingVerbs`). It answers
  /// yes, never a "No" that its own words contradict; "Have you been hit by a car?" asks of
  /// something its "cars" never said happened to it.
  func stake(in question: PersonaQuestion, belief: String) -> Line? {
    let asked = TopicWords(question.key, isQuestion: true).lemmas
    let words = question.key.split(separator: " ").map(String.init)
    guard let you = words.firstIndex(of: "you"),
      let verb = words[(you + 1)...].first(where: { !Self.stakeFillers.contains($0) })
    else { return nil }
    let action = TopicWords.lemma(of: verb)
    return lines.first { line in
      guard [.reason, .reply].contains(line.source), Self.ownsSomething(line.text) else {
        return false
      }
      let spoken = TopicWords(line.text + " " + belief).lemmas
      // What someone it knows did ("my sister gave up driving") is not its own doing.
      let isOwnAction =
        Self.havingVerbs.contains(action)
        || (TopicWords(line.text).lemmas.contains(action) && !Self.tellsOfSomeoneKnown(line.text))
      return isOwnAction && !spoken.isDisjoint(with: asked)
    }
  }

  /// Verbs of having or using something, as lemmas: a yes or no about them asks about a stake.
  static let havingVerbs: Set<String> = [
    "have", "own", "hold", "buy", "keep", "use", "spend", "invest", "save", "get", "put",
  ]

  /// Words between "you" and the verb of a question about the persona's life.
  static let stakeFillers: Set<String> = [
    "ever", "personally", "actually", "really", "yourself", "still", "also", "already",
  ]
}
