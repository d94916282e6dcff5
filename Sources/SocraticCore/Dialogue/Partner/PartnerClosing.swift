/// What partner mode offers once the conversation is at its close: lines to say, never a
/// question. When they say they want to stop ("I gotta go", "let's just eat"), probing further
/// would not respect it; once they have gone, a question has no one to answer it.
///
/// So item 7's "a reflection and two questions" gives way at the close to up to three lines:
/// - what they said as they left, given back when it carries something ("So you'd settle for
///   the school backing you up."), or the turn's own line (a secret kept, a feeling);
/// - the first time they take their leave: thanks (or, right after they opened up, an
///   acknowledgement of what they shared, and a goodbye), and what you now understand of their
///   view, in a line;
/// - after that: a warm goodbye.
enum PartnerClosing {
  /// The lines to offer, first the one most their own; none offered before in the session.
  /// - Parameters:
  ///   - claim: the claim discussed, given back as what is now understood.
  ///   - isAfterGoodbye: whether the conversation was at its close before these words.
  ///   - followsOpeningUp: whether what they said before opened up.
  ///   - isPersonalTalk: whether the talk was of their own life: no view was talked through,
  ///     and they are thanked for telling it.
  static func lines(
    for words: TheirWords, claim: String?, isAfterGoodbye: Bool, followsOpeningUp: Bool,
    offered: Set<String>, isPersonalTalk: Bool = false
  ) -> [String] {
    var lines: [String] = []
    func add(_ line: String?) {
      guard let line, !offered.contains(line), !lines.contains(line),
        PartnerGrammar.reads(line)
      else { return }
      lines.append(line)
    }
    // "I've made my mind up": their choice respected, thanks, the door left open.
    if !isAfterGoodbye, PartnerCueMatcher.closingTheQuestion.matches(words.wordTokens) {
      PartnerLines.respectingTheirMind.forEach(add)
      return lines
    }
    // "fine whatever, I've got to go, you always do this": they leave stung. The close owns
    // the pushing and lets them go: no thanks for the talk, no view of theirs summed up.
    if !isAfterGoodbye, words.objection != nil || words.jabsAtListener {
      PartnerLines.leavingStung.forEach(add)
      return lines
    }
    if words.moment == .leaving {
      add(whatTheyShared(words))
    } else if words.moment != .noise, !words.moment.turnsAway {
      // "x", "night": nothing to build on at the close is no cue to invite more; "anyway,
      // what's for tea" turns away, and is let go.
      add(
        PartnerReflection.line(
          for: words, offered: offered, followsOpeningUp: followsOpeningUp))
    }
    let sharedSomething = followsOpeningUp || words.opensUp || words.disclosure != nil
    let farewells = PartnerLines.farewells(
      thanked: words.wordTokens.contains { AnswerCues.thanksWords.contains($0.lowercased) },
      sharedSomething: sharedSomething)
    if isAfterGoodbye {
      add(farewells.first { !offered.contains($0) })
    } else {
      let thanks =
        isPersonalTalk ? PartnerLines.leavingTheirNews : PartnerLines.calmLines(for: .leaving)
      add(
        sharedSomething
          ? PartnerLines.acknowledgingWhatTheyShared : thanks.first { !offered.contains($0) })
      // After they opened up, their view is not what they leave with: a goodbye is.
      if sharedSomething {
        add(farewells.first(where: { !offered.contains($0) }))
      } else if let claim {
        add(PartnerLines.understood(claim))
      } else {
        add(farewells.first(where: { !offered.contains($0) }))
      }
    }
    return Array(lines.prefix(SuggestionPlanner.count))
  }

  /// What they said besides taking their leave, given back when a clause of it carries
  /// meaning: "i'd settle for admin not folding. ok i gotta go" → "So you'd settle for admin
  /// not folding."
  static func whatTheyShared(_ words: TheirWords) -> String? {
    var rest = words
    rest.sentences = words.sentences.filter { !isParting($0) }
    guard let clause = PartnerClauses.of(rest).first(where: PartnerClauses.carriesMeaning),
      let given = PartnerClauses.secondPerson(clause)
    else { return nil }
    return "So \(given)."
  }

  /// Whether a sentence takes leave: a goodbye, thanks, a wish to stop, something passed at the
  /// table.
  static func isParting(_ sentence: [Token]) -> Bool {
    let words = sentence.filter(\.isWord)
    let lowercased = words.map(\.lowercased)
    return PartnerCueMatcher.leaving.matches(words) || TheirWords.isLeaving(lowercased)
      || lowercased.contains(where: TheirWords.closingWords.contains)
      || PartnerCueMatcher.atTable.matches(words)
  }
}
