extension ReflectionWriter {
  /// The most words of theirs one item of a summary gives back.
  static let summaryItemWordLimit = 14

  /// A short summary of the map in the person's words turned to the second person, at most
  /// three sentences, said before the closing rating: where they ended up first, when they
  /// said ("Where you've got to: …"), or else what moved their rating ("What moved your rating
  /// (80 → 70): …"), never as a view of the claim; then what they came to see of themselves
  /// and what they plan; then, while there is room, their reasons, the one they said weighs
  /// most leading (a story they told when they gave none), then one other thing: a doubt they
  /// granted, what would change their mind, a blockage, a feeling, or a story told; never a
  /// reason they set aside. It asks nothing, as the rating is what is asked next. Nil when fewer than two
  /// things on the map read well given back on their own.
  public static func summary(of map: BeliefMap) -> String? {
    var seen: [String] = []
    func fresh(_ text: String?) -> String? {
      guard let text, text.split(separator: " ").count <= summaryItemWordLimit else { return nil }
      let key = text.lowercased()
      guard !seen.contains(where: { $0.contains(key) || key.contains($0) }) else { return nil }
      seen.append(key)
      return text
    }
    // Where they got to is their own latest view of the claim, with the ratings; what moved
    // them, a question or a leave-taking never stands for it.
    // A view that would not read as plain English given back is left unsaid.
    // "maybe I just don't want to go down there without her": what they came to see of
    // themselves says where they got to when no view of the claim does and nothing moved them.
    let landing = map.standingView ?? (map.whatMovedThem == nil ? map.selfInsight : nil)
    let view = landing.map(BeliefMap.givenView).flatMap { readsPlainly($0) ? $0 : nil }
    if let view { seen.append(view.lowercased()) }
    // What they came to see and what they plan are where they are now, said before the
    // reasons they started from.
    let latest = [
      realisedPart(of: map, besides: landing, fresh: fresh), planPart(of: map, fresh: fresh),
    ].compactMap { $0.map { CaseStyle.capitalizingFirst($0) + "." } }
    // A score ("a 6 out of 10 so far") is no reason.
    let sure = map.reasonsByWeight.filter {
      !BeliefMap.tellsWhatMoved(BeliefMap.plainWords($0.text)) && !BeliefMap.isRating($0.text)
    }
    .prefix(3).compactMap { referred($0, claim: map.claim).flatMap(sureReason) }
    .filter(readsPlainly)
    let reasons = Array(sure.compactMap(fresh).prefix(2))
    // A main reason is named only when they said which weighs most.
    let main =
      map.strongest != nil
      ? map.reasonsByWeight.first.flatMap { referred($0, claim: map.claim) }.flatMap(sureReason)
      : nil
    // "they went up before covid too" is told with what "they" were, or not at all.
    let told = toldWithReferents(of: map)
    let story = told.filter {
      !BeliefMap.tellsWhoTheyAre($0) && !BeliefMap.isTrivia($0) && !BeliefMap.isSupposition($0)
    }.map(TypedForms.cleaned)
      .compactMap(given)
      .first { standsAlone($0) && fresh($0) != nil }
    var parts: [String] = []
    let moved = map.whatMovedThem.map(BeliefMap.givenMoved)
    if let moved { seen.append(moved.lowercased()) }
    // What moved their rating is said as that, never as where they got to.
    let rating = map.ratingMove.map { " (\($0))" } ?? ""
    // "the cousin thing moved it" says what moved it already: never "what moved it: … moved it".
    let movedSays = moved.map { BeliefMap.tellsWhatMoved(BeliefMap.plainWords($0)) } ?? false
    let cause = moved.map { (movedSays ? "you said " : "") + $0 }
    if let view {
      let cause = cause.map { (movedSays ? "; " : "; what moved it: ") + $0 } ?? ""
      parts.append("Where you've got to: " + view + rating + cause + ".")
    } else if let cause {
      parts.append("What moved your rating" + rating + ": " + cause + ".")
    }
    parts += latest
    let hasRoom = parts.count < summarySentenceLimit
    let start = parts.isEmpty ? "So far, you " : "You "
    if hasRoom, let reason = reasons.first, !parts.isEmpty {
      // Where they got to is no longer the claim: "you think so" would point at either. Only
      // a reason that is a clause is named after "that" ("that of …" is no sentence).
      let clauses = reasons.filter { !$0.hasPrefix("of ") }
      if reason == main, !reason.hasPrefix("of ") {
        parts.append("Your main reason was that " + reason + ".")
      } else if !clauses.isEmpty {
        let lead = clauses.count == 1 ? "Your reason was that " : "Your reasons were that "
        parts.append(lead + clauses.joined(separator: ", and that ") + ".")
      }
    } else if hasRoom, !reasons.isEmpty {
      let lead =
        main == nil || reasons.first != main || reasons.count < 2 ? "because " : "mostly because "
      parts.append(
        start + "think " + thinking(map.claim) + " " + lead
          + reasons.joined(separator: ", and because ") + ".")
    } else if hasRoom, let story {
      parts.append(start + "told me " + story + ".")
    }
    // A story told comes after the reasons when nothing else on the map reads well.
    let toldToo = reasons.isEmpty ? nil : story.map { "you told me " + $0 }
    let other =
      parts.count < summarySentenceLimit ? otherPart(of: map, fresh: fresh) ?? toldToo : nil
    if let other { parts.append(CaseStyle.capitalizingFirst(other) + ".") }
    // Two reasons, or one thing besides the first, make a summary; one thing alone does not.
    let things = parts.count + max(reasons.count - 1, 0)
    return things >= 2 ? parts.joined(separator: " ") : nil
  }

  /// What they think, as a recap says it: the claim when it is short enough to say whole
  /// ("the pub should be saved"), else "so".
  static func thinking(_ claim: String?) -> String {
    guard let claim, (1...summaryClaimWordLimit).contains(claim.split(separator: " ").count)
    else { return "so" }
    return claim
  }

  /// The most words of a claim a recap says whole.
  static let summaryClaimWordLimit = 10

  /// The one thing a summary gives back besides the reasons, the first of these that reads
  /// well on its own: a doubt they granted, what would change their mind, a blockage or
  /// the feelings.
  private static func otherPart(of map: BeliefMap, fresh: (String?) -> String?) -> String? {
    let blockages = map.notes.filter { $0.category == .blockage }.map(\.text)
    if let granted = grantedPart(of: map, fresh: fresh) { return granted }
    if let change = map.wouldChangeMind.last.flatMap(givenChange), fresh(change) != nil {
      return change
    }
    if let blockage = blockages.last.flatMap(given), fresh(blockage) != nil {
      return "you wonder whether " + blockage
    }
    let feelings = map.namedFeelings.prefix(2)
    return feelings.isEmpty ? nil : "you feel " + listed(Array(feelings))
  }

  /// The latest point they granted, as a summary says it ("you granted that …"), when one
  /// reads well alone and `fresh` lets it through; never a blockage.
  static func grantedPart(of map: BeliefMap, fresh: (String?) -> String?) -> String? {
    let blockages = map.notes.filter { $0.category == .blockage }.map(\.text)
    // A doubt that says what they doubt comes before a bare "I'm not sure anymore".
    // What they came to see of themselves is said as that, never as a point granted.
    let latest = map.granted.filter { !blockages.contains($0) && !BeliefMap.isAboutThemselves($0) }
      .reversed()
    let doubts = latest.filter { !isBareWavering($0) } + latest.filter(isBareWavering)
    guard
      let doubt = doubts.filter({ !BeliefMap.speaksForUs($0) }).compactMap(standingDoubt)
        .first(where: { fresh($0) != nil })
    else { return nil }
    // A phrase the parser reads no clause in ("some of them learn fine", "the breeding
    // stuff your cousin does") is given after a colon, never after "that".
    let tokens = Shorthand.expanded(Tokenizer.tokenize(doubt))
    let lead =
      ClauseParser.parse(tokens).map(isWholeClause) == true
      ? "you granted that " : "you granted a point for the other side: "
    guard let first = tokens.first, first.text != "I" else { return lead + doubt }
    return lead + CaseStyle.lowercasingFirst(of: first) + doubt.dropFirst(first.text.count)
  }

  /// A doubt given back as a line that makes sense alone, in the second person ("the new ones
  /// might be better built", "some of them learn fine on their own"); nil for words that lean
  /// on what came before ("that's something", "talking it out", "maybe like prisoner swaps").
  static func standingDoubt(_ doubt: String) -> String? {
    if let clause = givenDoubt(doubt) {
      let words = clause.split(separator: " ").count
      return (standingDoubtWordMinimum...summaryItemWordLimit).contains(words)
        && standsAlone(clause) && BeliefMap.endsWhole(clause) ? clause : nil
    }
    // A line the parser finds no verb in needs more words to say what it is about.
    guard let phrase = fragment(doubt),
      phrase.split(separator: " ").count > standingDoubtWordMinimum,
      standsAlone(phrase)
    else { return nil }
    return phrase
  }

  /// Whether a clause is a whole one, not a noun with a clause inside it ("the stuff your
  /// cousin does", where "does" ends it with someone else's subject inside the first).
  private static func isWholeClause(_ clause: Clause) -> Bool {
    let subject = clause.subject.filter(\.isWord).map(\.lowercased).dropFirst()
    let innerSubject = subject.contains(where: innerSubjectWords.contains)
    return !(innerSubject && !clause.rest.contains(where: \.isWord))
  }

  /// Words that start a second subject inside a noun: "your" in "the stuff your cousin does".
  private static let innerSubjectWords: Set<String> = [
    "my", "your", "his", "her", "their", "our", "i", "you", "he", "she", "we", "they",
  ]

  /// The fewest words a doubt given back on its own has.
  static let standingDoubtWordMinimum = 4

  /// Whether a line given back makes sense read alone: it does not start with words that point
  /// back ("that's how stealing works", "there, you …") or with a verb that has no subject
  /// ("talking to you like a normal person"), and says something that carries meaning ("you
  /// don't have it" does not).
  static func standsAlone(_ line: String) -> Bool {
    let tokens = Tokenizer.tokenize(line)
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard let head = words.first,
      !leaningWords.contains(head) || isExistential(words)
    else { return false }
    let verb = ClauseParser.finiteVerbIndex(in: tokens)
    if let verb, !tokens[..<verb].contains(where: \.isWord) { return false }
    if verb == nil, head.hasSuffix("ing"), !head.hasSuffix("thing") { return false }
    let meaning = words.filter {
      !FunctionWords.isFunctionWord($0) && !beliefVerbs.contains($0) && !negations.contains($0)
    }
    return !meaning.isEmpty
  }

  /// First words of a clause that point back at what was said before it.
  private static let leaningWords: Set<String> = [
    "that", "thats", "this", "it", "its", "which", "there", "so", "those", "these",
  ]

  /// Whether a line opens on an existential "there" ("there were two fires on our road"),
  /// which points back at nothing.
  private static func isExistential(_ words: [String]) -> Bool {
    words.first == "there" && words.count > 2 && existentialVerbs.contains(words[1])
  }

  /// Verbs after which "there" says that something is: "there were", "there's been".
  private static let existentialVerbs: Set<String> = [
    "is", "are", "was", "were", "'s", "s", "have", "has", "had", "used", "will", "would",
  ]

  /// Words that only say "not".
  private static let negations: Set<String> = [
    "not", "no", "dont", "don't", "doesnt", "doesn't", "didnt", "didn't", "never", "n't",
  ]

  /// A reason given back in a summary only when it says something of its own: a clause of at
  /// least `sureReasonWordMinimum` words with more in it than a verb of believing ("because
  /// you believe it", "because you're done" say nothing a summary can stand on).
  /// "of airbnb in our city" (a belief's "because of …") is given back as "of airbnb in your
  /// city".
  static func sureReason(_ reason: BeliefMap.Reason) -> String? {
    // "nah its more that my aunt would be stuck", told for which weighs most: what points at
    // the reason is no part of it.
    let typed = CorrectionReply.withoutOpeners(
      Tokenizer.tokenize(BeliefMap.reasonText(reason.text))
    ).joinedText
    if let thing = ofPhrase(typed) { return "of " + thing }
    guard let text = given(typed),
      let clause = ClauseParser.parse(text), !clause.subject.isEmpty, isWholeClause(clause)
    else { return nil }
    let words = text.split(separator: " ")
    return words.count >= sureReasonWordMinimum && standsAlone(text) ? text : nil
  }

  /// The fewest words a reason has to be given back in a summary.
  static let sureReasonWordMinimum = 4

  /// Verbs that only say a person holds a view.
  private static let beliefVerbs: Set<String> = [
    "believe", "think", "know", "feel", "say", "said", "guess", "mean", "done", "sure",
  ]

  /// Whether a doubt only says they are unsure, not what about.
  private static func isBareWavering(_ doubt: String) -> Bool {
    let words = Tokenizer.tokenize(doubt).filter(\.isWord).map(\.lowercased)
    return words.count <= 6 && !Set(words).isDisjoint(with: ["sure", "know", "anymore", "torn"])
  }
}
