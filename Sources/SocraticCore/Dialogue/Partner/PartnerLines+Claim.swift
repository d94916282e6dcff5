/// How partner says back a claim they stated: as a view they think, or as their news.
extension PartnerLines {
  /// The reflection of a belief they just stated, with the reason they gave for it; an
  /// explanation ("… won because …") already holds its reason, which is not said twice.
  /// - Parameter isNews: whether the talk is of their own life: "my scan is next thursday" is
  ///   given back plainly, "So your scan is next thursday.".
  static func claim(_ claim: String, reason: String?, isNews: Bool = false) -> String {
    let unsaid = reason.flatMap { claim.hasSuffix(" " + $0) ? nil : $0 }
    // "So you're gonna open a cafe.", "So the doctor says it's gout.", "So you've started a
    // petition.": a plan of theirs, a finding or a thing they did is no view they think.
    let isNews =
      isNews || isPlan(claim) || isDeed(claim)
      || TheirWords.reportsAFinding(Tokenizer.tokenize(claim))
    let frame = isNews ? "So " : "So you think "
    return frame + withoutFillers(theirsTurned(claim)) + (unsaid.map { ", " + $0 } ?? "") + "."
  }

  /// A claim with their "we" and "our" turned to "you" and "your": said back by the listener,
  /// "we should sell the house" would be the listener's own view. People at large ("we all
  /// waste food", "we should tax the rich more") stay "we", the listener one of them.
  static func theirsTurned(_ claim: String) -> String {
    let tokens = Tokenizer.tokenize(claim)
    guard !ReflectionCheck.isPeopleAtLarge(tokens) else { return claim }
    return ReflectionWriter.ourToYour(tokens).joinedText
  }

  /// A claim without the padding it was said with ("like totally", "honestly", "innit"): a
  /// reflection gives back what they mean, never their fillers. A comma left doubled or
  /// leading is dropped with them. Only padding set off from the clause is dropped: "never
  /// going to be honest with voters" says something.
  static func withoutFillers(_ claim: String) -> String {
    let tokens = Tokenizer.tokenize(claim)
    var kept: [Token] = []
    var index = 0
    while index < tokens.count {
      if tokens[index].isWord,
        let end = PartnerCueMatcher.filler.matchEnd(atStartOf: Array(tokens[index...])), end > 0,
        isSetOff(tokens, index..<(index + end))
      {
        index += end
        continue
      }
      let token = tokens[index]
      index += 1
      if token.text == ",", kept.last.map({ $0.text == "," }) ?? true { continue }
      kept.append(token)
    }
    guard kept.contains(where: \.isWord) else { return claim }
    if kept.last?.text == "," { kept.removeLast() }
    return kept.enumerated().map { offset, token in
      (offset > 0 && token.hasSpaceBefore ? " " : "") + token.text
    }.joined()
  }

  /// Whether words stand apart from the clause around them: at its start or end, or beside a
  /// comma or a conjunction ("…, like totally, and honestly …").
  private static func isSetOff(_ tokens: [Token], _ range: Range<Int>) -> Bool {
    let before =
      range.lowerBound == 0 || tokens[range.lowerBound - 1].kind == .punctuation
      || FunctionWords.coordinators.contains(tokens[range.lowerBound - 1].lowercased)
    let after = range.upperBound == tokens.count || tokens[range.upperBound].kind == .punctuation
    return before || after
  }

  /// Whether a claim, turned to the second person, is a plan of theirs: "you're gonna open a
  /// cafe", "you want to move back home".
  static func isPlan(_ claim: String) -> Bool {
    let words = Tokenizer.tokenize(claim).filter(\.isWord).map(\.lowercased)
    return planOpenings.contains { words.starts(with: $0) }
  }

  /// Whether a claim, turned to the second person, is something they must do: "you've got to
  /// tell her by friday", "you need to ring the bank".
  static func isObligation(_ claim: String) -> Bool {
    let words = Tokenizer.tokenize(claim).filter(\.isWord).map(\.lowercased)
    return obligationOpenings.contains { words.starts(with: $0) }
  }

  /// How a thing they must do opens, in the second person.
  private static let obligationOpenings: [[String]] = [
    ["you", "'ve", "got", "to"], ["you", "have", "got", "to"], ["you", "'ve", "gotta"],
    ["you", "gotta"], ["you", "have", "to"], ["you", "need", "to"], ["you", "must"],
  ]

  /// Whether a claim, turned to the second person, tells what they did or have been doing:
  /// "you've started a petition", "you just moved out", "you've been running the quiz". A deed
  /// told is a fact of theirs, never a belief.
  static func isDeed(_ claim: String) -> Bool {
    let words = Tokenizer.tokenize(claim).filter(\.isWord).map(\.lowercased)
    guard words.first == "you" else { return false }
    let rest = words.dropFirst().drop { deedLeadIns.contains($0) }
    // "you've been doing the rota for years": what they have been doing is a deed too.
    if rest.first == "been", let next = rest.dropFirst().first,
      Lexicon.verbReadings(of: next).contains(where: { $0.form == .presentParticiple })
    {
      return true
    }
    // "you were right about it all along": a form of "be" states, it does nothing.
    guard let verb = rest.first, FunctionWords.auxiliary(verb)?.kind != .be else { return false }
    return TheirWords.isOnlyPast(verb)
  }

  /// Words between "you" and the verb of a deed: "you've just", "you have finally".
  private static let deedLeadIns: Set<String> = [
    "'ve", "have", "just", "finally", "already", "actually", "basically", "totally",
  ]

  /// How a plan of theirs opens, in the second person.
  private static let planOpenings: [[String]] =
    [
      ["you", "'re", "gonna"], ["you", "'re", "going", "to"], ["you", "want", "to"],
      ["you", "wanna"], ["you", "'re", "thinking", "of"], ["you", "'re", "planning", "to"],
      ["you", "plan", "to"], ["you", "'ll"], ["you", "'re", "gonna", "try"],
    ] + PartnerCues.planVerbs.map { ["you", "'re"] + $0.split(separator: " ").map(String.init) }
}

extension PartnerCues {
  /// Padding said inside a claim, which a reflection leaves out: "like totally", "honestly".
  static let fillers: [String] = [
    "like (totally|literally|honestly)", "honestly", "to be (fair|honest)", "innit", "tbh", "ngl",
  ]
}

extension PartnerCueMatcher {
  static let filler = PartnerCueMatcher(PartnerCues.fillers)
}
