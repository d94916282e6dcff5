/// What the end of a session may show of the map: only lines that are surely right, each
/// filed by what the person did, clean (`TypedForms`).
extension BeliefMap {
  /// Where they got to: the last sentence, of the places they got to (`shifts`), that states
  /// their own view of the claim — its subject is the speaker or what the claim speaks of
  /// ("my landlord is the greedy one", "maybe locally it does", "I should read the study") —
  /// cleaned. Never a question, a leave-taking, a jab at the tool, someone else's doing or what
  /// moved them; nil when no sentence is one, and the ratings say where they got to.
  public var standingView: String? {
    let claimWords = Self.stems(of: claim ?? "")
    for shift in shifts.reversed() {
      for sentence in Self.sentences(of: shift).reversed() {
        // "so i guess i now think juniors need two days": the view, without how they came to
        // it, and theirs whatever it speaks of.
        let moved = Self.clauses(of: sentence).map { (clause: $0, view: Self.movedView(in: $0)) }
        let clauses = moved.map { $0.view ?? $0.clause }
        guard
          let last = clauses.indices.last(where: { index in
            moved[index].view.map {
              Self.isWhereTheyAre($0) && !Self.turnsToThemselves(Self.plainWords($0))
            }
              ?? Self.statesOwnView(clauses[index], claim: claimWords)
          })
        else { continue }
        // "it's not the landlords, it's the rules": the clauses before it that are theirs too
        // say what it replaces.
        var first = last
        while first > 0, Self.statesOwnView(clauses[first - 1], claim: claimWords) { first -= 1 }
        return Self.withoutVocative(clauses[first...last].joined(separator: ", "))
      }
    }
    return nil
  }

  /// What they said moved their rating ("my sister and the article moved it"), the last
  /// such clause, cleaned, without the rating or a "because" before it; nil when they did not
  /// say.
  public var whatMovedThem: String? {
    for shift in shifts.reversed() {
      for sentence in Self.sentences(of: shift).reversed() {
        for clause in Self.clauses(of: sentence).reversed()
        where Self.tellsWhatMoved(Self.plainWords(clause)) {
          var tokens = Tokenizer.tokenize(clause)
          while let first = tokens.first,
            first.kind == .number
              || ["because", "since", "like", "about"].contains(first.lowercased)
          {
            tokens.removeFirst()
          }
          guard !tokens.isEmpty, ClauseParser.finiteVerbIndex(in: tokens) != nil else { continue }
          tokens[0].hasSpaceBefore = false
          return tokens.joinedText
        }
      }
    }
    return nil
  }

  /// The rating from where they started to where they are, when both are known and differ:
  /// "85 → 40".
  public var ratingMove: String? {
    guard let confidenceBefore, let confidence, confidence != confidenceBefore else {
      return nil
    }
    return "\(confidenceBefore) \u{2192} \(confidence)"
  }

  /// The clauses of a sentence, cleaned: split where a new clause opens after a comma or
  /// "but" ("like 40 now, my parents moved it" → two).
  static func clauses(of sentence: String) -> [String] {
    let tokens = TypedForms.written(Tokenizer.tokenize(TypedForms.cleaned(sentence)))
    var pieces: [[Token]] = [[]]
    for (index, token) in tokens.enumerated() {
      let opensClause =
        (token.text == "," || token.text == ";")
        && ClauseParser.finiteVerbIndex(in: Array(tokens[(index + 1)...])) != nil
      if opensClause {
        pieces.append([])
      } else {
        pieces[pieces.count - 1].append(token)
      }
    }
    return pieces.compactMap { piece in
      var piece = piece
      while let last = piece.last, last.kind == .punctuation { piece.removeLast() }
      guard !piece.isEmpty else { return nil }
      piece[0].hasSpaceBefore = false
      return piece.joinedText
    }
  }

  /// Whether a clause states the speaker's own view of the claim: a whole clause (a subject
  /// and a finite verb), no question, not about the listener or the talk, no leave-taking, no
  /// line they draw for themselves (a plan), not about themselves ("it's really about me"),
  /// whose subject is the speaker, a word that points at the claim ("it", "that"), or what the
  /// claim speaks of.
  static func statesOwnView(_ clause: String, claim: Set<String>) -> Bool {
    let tokens = Tokenizer.tokenize(clause)
    let words = plainWords(clause)
    // The listener in it ("not sure what you mean"): it is about the talk.
    // "wrong when you don't need to": a "you" after "when" or "if" is anyone, not the listener.
    let speaksToListener = words.indices.contains { index in
      words[index] == "you" && !(index > 0 && genericYouLeads.contains(words[index - 1]))
    }
    guard !tokens.contains(where: \.hasQuestionMark), !speaksToListener, !isAside(clause),
      !addressesListener(clause), !tellsWhatMoved(words), !withdraws(words),
      !sentenceDeclaresChange(clause), !drawsALine(clause), !turnsToThemselves(words)
    else { return false }
    guard let parsed = ClauseParser.parse(Shorthand.expanded(tokens)) else {
      // "maybe not every school": the claim narrowed in a few words, with no verb.
      return words.count <= narrowedWordLimit && !stems(of: clause).isDisjoint(with: claim)
        && !AnswerMoveReader.read(clause).isLeaving
    }
    guard isWhereTheyAre(clause) else { return false }
    let subject = parsed.subject.filter(\.isWord).map(\.lowercased)
    let predicate = words.dropFirst(subject.count)
    // "i'm just tired": how they feel is no view of the claim.
    if subject.contains(where: speakerWords.contains),
      predicate.contains(where: { AnswerCues.feelingWords.contains($0) && !sureWords.contains($0) })
    {
      return false
    }
    // "that's the bit I care about": a word pointing back, with nothing of the claim in it,
    // leaves what it points at behind.
    if let head = subject.first, pointingSubjects.contains(head) {
      return !stems(of: clause).isDisjoint(with: claim)
    }
    // "it's different": "it" with one word said of it and nothing of the claim points back at
    // something else, and says no view read alone.
    if subject == ["it"], stems(of: clause).isDisjoint(with: claim),
      predicate.filter({ !FunctionWords.isFunctionWord($0) }).count < 2
    {
      return false
    }
    if let head = subject.first, ownStanceSubjects.contains(head) { return true }
    return !stems(of: subject.joined(separator: " ")).isDisjoint(with: claim)
  }

  /// Words after which "you" is anyone: "when you don't need to".
  private static let genericYouLeads: Set<String> = ["when", "if", "unless", "once", "until"]

  /// Words of how sure they are, which say where they stand, not how they feel.
  private static let sureWords: Set<String> = ["sure", "certain", "convinced", "unsure"]

  /// Subjects that point back at something said before: a clause of them alone says nothing.
  private static let pointingSubjects: Set<String> = ["that", "this", "thats"]

  /// The most words of a claim narrowed with no verb ("maybe not every school").
  private static let narrowedWordLimit = 6

  /// Subjects by which the speaker states a view: themselves, or the claim pointed at.
  static let ownStanceSubjects: Set<String> = ["i", "it", "that", "this"]

  /// The words of a text that carry meaning, each without a plural "s": "landlords" and
  /// "landlord" are one.
  static func stems(of text: String) -> Set<String> {
    Set(
      plainWords(text).filter { !FunctionWords.isFunctionWord($0) }.map { word in
        word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss")
          ? String(word.dropLast()) : word
      })
  }
}

extension BeliefMap {
  /// The points they granted, every one, cleaned, in the order granted: each says the other
  /// side has something (a hedge, "fair", "not every", a negation) or tells of what the claim
  /// speaks of against it. A disclosure about themselves or theirs ("my parents own two
  /// flats") and a fear ("I'm scared it's true") grant nothing and are left out.
  public var granted: [String] { granted(shownAs: TypedForms.cleaned) }

  /// The points they granted (`granted`), each as they typed it ("i dunno, maybe …"): what a
  /// quotation of their words shows.
  var grantedAsTyped: [String] { granted(shownAs: TypedForms.trimmed) }

  /// The points they granted, each read cleaned and shown in the given form.
  private func granted(shownAs form: (String) -> String) -> [String] {
    let claimWords = Self.stems(of: claim ?? "")
    var result: [String] = []
    for doubt in doubts where Self.grants(TypedForms.cleaned(doubt), claim: claimWords) {
      let shown = form(doubt)
      if !result.contains(where: { $0.lowercased() == shown.lowercased() }) { result.append(shown) }
    }
    return result
  }

  /// Whether words grant a point: see `granted`.
  static func grants(_ doubt: String, claim: Set<String>) -> Bool {
    let words = plainWords(doubt)
    // "if it's all prices then the policy gets off free": a supposition, often the one they
    // argue against, grants nothing; nor does "I'm not less sure", which denies a doubt.
    if isSupposition(doubt) { return false }
    // "sorry got a ping, work's calling": an apology for stepping away grants nothing.
    if let first = words.first, steppingAwayOpeners.contains(first) { return false }
    // "they'd say it's natural": the other side's line, told, is not granted.
    if isReportedLine(words) { return false }
    if deniedDoubts.contains(where: { has($0, in: words) }) { return false }
    let subject =
      ClauseParser.parse(Shorthand.expanded(Tokenizer.tokenize(doubt)))?.subject
      .filter(\.isWord).map(\.lowercased) ?? []
    let aboutThemselves =
      !subject.isEmpty && !Set(subject).isDisjoint(with: speakerWords)
      && stems(of: subject.joined(separator: " ")).isDisjoint(with: claim)
    if aboutThemselves, words.contains(where: AnswerCues.feelingWords.contains) {
      return false
    }
    if words.contains(where: concessionWords.contains) { return true }
    return !aboutThemselves && !words.contains(where: AnswerCues.feelingWords.contains)
  }

  /// The clauses of a doubt too long to give back whole that grant a point by their own words
  /// ("the keith thing got me, not everyone wants it and maybe every street is a bit much":
  /// the last two), never its first clause for being first.
  static func grantingClauses(of doubt: String) -> [String] {
    clauses(of: doubt).filter { clause in
      !Set(plainWords(clause)).isDisjoint(with: concessionWords)
    }
  }

  /// Words that open a line stepping away from the talk, never a point granted.
  private static let steppingAwayOpeners: Set<String> = ["sorry", "sry", "soz", "oops", "brb"]

  /// Words that deny a doubt: "not less sure", "no less sure".
  private static let deniedDoubts: [[String]] = [
    ["not", "less", "sure"], ["no", "less", "sure"], ["not", "any", "less", "sure"],
    ["not", "unsure"], ["not", "doubting"],
  ]

  /// Words for the speaker in a subject ("my cousin" tells of someone else).
  private static let speakerWords: Set<String> = ["i", "im", "ive", "id", "me", "we"]

  /// Words by which a point is granted: a hedge, a word of agreeing, a negation, a part of
  /// a whole ("some", "not every").
  static let concessionWords: Set<String> = [
    "maybe", "perhaps", "probably", "possibly", "might", "may", "could", "guess", "suppose",
    "fair", "right", "true", "point", "grant", "granted", "admit", "agree", "some", "not", "dont",
    "doesnt", "isnt", "arent", "wasnt", "never", "every", "all", "sure", "wrong", "depends",
    "should", "ought", "need",
  ]

  /// The feelings they named, each a word for a feeling ("scared", "fed up"), never a word
  /// cut from a phrase ("out" of "out of the loop").
  public var namedFeelings: [String] {
    feelings.filter { feeling in
      guard let head = feeling.split(separator: " ").first.map(String.init) else { return false }
      // "out", "left": a particle or a verb's past, read as an adjective after "feel".
      let classes = Lexicon.classes(of: head)
      return AnswerCues.feelingWords.contains(head)
        || AnswerCues.feelingVerbs.values.contains(head)
        || !FunctionWords.isFunctionWord(head) && classes.contains(.adjective)
          && !classes.contains(.adverb) && Lexicon.verbReadings(of: head).isEmpty
    }
  }

  /// A reason as shown: cleaned, without a "because" it was typed with ("cos it's cheap").
  static func reasonText(_ text: String) -> String {
    var tokens = Tokenizer.tokenize(TypedForms.cleaned(text))
    while let first = tokens.first, ["because", "since", "as"].contains(first.lowercased) {
      tokens.removeFirst()
    }
    guard !tokens.isEmpty else { return text }
    tokens[0].hasSpaceBefore = false
    return tokens.joinedText
  }

  /// Where they got to, in the second person, with its own hedge ("maybe locally it does").
  static func givenView(_ clause: String) -> String {
    if let given = ReflectionWriter.givenDoubt(clause) { return given }
    // Too loose for the reflection writer, but theirs: turned to "you" all the same.
    guard FirstPersonReflector.speaksOfSpeaker(clause) else { return quoted(clause) }
    return FirstPersonReflector.reflect(TypedForms.written(Tokenizer.tokenize(clause))).joinedText
  }

  /// What moved them, in the second person: "your sister and the article moved it".
  static func givenMoved(_ sentence: String) -> String {
    ReflectionWriter.given(sentence) ?? quoted(sentence)
  }
}
