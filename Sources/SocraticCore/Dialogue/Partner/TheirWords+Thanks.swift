/// How thanks are read: for the talk, or wry.
extension TheirWords {
  /// Whether what follows a thanks thanks for something other than the talk, wryly: "thanks
  /// for reminding me how old I am", "thank you for pointing that out", "thanks for nothing".
  static func thanksForNoTalk(_ after: ArraySlice<String>) -> Bool {
    let rest = after.first == "you" ? after.dropFirst() : after
    return rest.first == "for" && rest.dropFirst().first.map(wryThanksObjects.contains) == true
  }

  /// Whether thanks are for what the listener held back from ("thanks for not lecturing me",
  /// "cheers for not making it weird"): a word on how the talk is going, said on the way, never
  /// a goodbye.
  static func thanksForRestraint(_ after: ArraySlice<String>) -> Bool {
    let rest = after.first == "you" ? after.dropFirst() : after
    return rest.first == "for" && rest.dropFirst().first.map(["not", "never"].contains) == true
  }

  /// Whether they thank the listener for what the listener held back from
  /// (`thanksForRestraint(_:)`).
  var thanksForRestraint: Bool {
    let words = wordTokens.map(\.lowercased)
    return words.indices.contains { index in
      AnswerCues.thanksWords.contains(words[index])
        && Self.thanksForRestraint(words.dropFirst(index + 1))
    }
  }

  /// What wry thanks are for: a reminder or a correction, or nothing at all.
  static let wryThanksObjects: Set<String> = [
    "reminding", "pointing", "correcting", "nothing", "noticing", "clarifying",
  ]

  /// Whether the thanks at an index are told of rather than said: after a verb of getting or
  /// saying them, or a word that counts them ("nobody ever says thank you", "i never get a
  /// thanks", "not even a thank you"). Said now when the verb is the speaker's own, after
  /// `sayingNow` ("i just wanted to say thanks", "let me say thank you").
  static func isToldOf(_ words: [String], thanksAt index: Int) -> Bool {
    var start = index
    while start > 0, thanksCounters.contains(words[start - 1]) { start -= 1 }
    guard start > 0, thankingVerbs.contains(words[start - 1]) else { return start < index }
    return start < 2 || !sayingNow.contains(words[start - 2])
  }

  /// Verbs of getting or saying thanks, as they are told of.
  static let thankingVerbs: Set<String> = [
    "say", "says", "said", "saying", "get", "gets", "got", "getting", "hear", "heard", "expect",
    "expects",
  ]

  /// Words that count thanks told of: "a", "a single", "any".
  static let thanksCounters: Set<String> = ["a", "any", "single", "one", "even"]

  /// Words before a verb of saying thanks that make the saying the speaker's, now.
  static let sayingNow: Set<String> = ["to", "i", "me", "'ll", "will", "'d", "let"]

  /// Thanks that, after a refusal, rebuff: "I can't be doing with it, thanks very much".
  static let rebuffTails: [[String]] = [
    ["thank", "you", "very", "much"], ["thanks", "very", "much"], ["thank", "you", "kindly"],
  ]

  /// Whether the thanks at an index decline or are said curtly (`AnswerCues.decliningWords`).
  static func declines(_ words: [String], thanksAt index: Int) -> Bool {
    index > 0 && AnswerCues.decliningWords.contains(words[index - 1])
  }

  /// Whether words after the thanks at an index go on with the talk: a contrast or carrying on
  /// ("thank you, but I still think …", "thanks for asking. my lad hates it tho").
  static func goesOnAfterThanks(_ words: [String], thanksAt index: Int) -> Bool {
    words.dropFirst(index + 1).contains {
      ReflectionWriter.contrasts.contains($0) || AnswerCues.carryingOnWords.contains($0)
    }
  }

  /// Whether a sentence after the one that holds the thanks at an index tells something more
  /// ("thanks mum. really helpful", "thanks. i still say its a rip-off"): the thanks are said
  /// on the way to it, and only a leave-taking said with them ends the talk. A sentence of a
  /// goodbye, a kiss or a name ("thanks. night x"), or one that ends on a word on the talk or
  /// a plan to meet ("thanks. that really helped", "thanks so much. catch up sunday"), tells
  /// nothing more.
  static func tellsMoreAfterThanks(_ tokens: [Token], thanksAt index: Int) -> Bool {
    var wordsSoFar = 0
    for sentence in SentenceSplitter.sentences(in: tokens) {
      let wordTokens = sentence.filter(\.isWord)
      let words = wordTokens.map(\.lowercased)
      if wordsSoFar > index, words.contains(where: { !wordsEndingThanks.contains($0) }),
        !endsOnLeaveWithThanks(wordTokens)
      {
        return true
      }
      wordsSoFar += words.count
    }
    return false
  }

  /// Whether a sentence ends on a phrase that may follow thanks as they go
  /// (`PartnerCueMatcher.leaveWithThanks`), with only words of `wordsEndingThanks` after it:
  /// "that really helped mate"; "that helped me see they're crooks" goes on with the topic.
  static func endsOnLeaveWithThanks(_ words: [Token]) -> Bool {
    PartnerCueMatcher.leaveWithThanks.spans(in: words).contains { span in
      words[span.upperBound...].allSatisfy { wordsEndingThanks.contains($0.lowercased) }
    }
  }

  /// Words a sentence after thanks may hold and tell nothing more: a goodbye, a kiss, a name
  /// for the listener, thanks again.
  static let wordsEndingThanks = AnswerCues.farewells.union(AnswerCues.farewellTails)
    .union(AnswerCues.thanksWords)

  /// Ground given in the clause before the thanks, which makes them wry: "less sure than I
  /// was an hour ago, thanks very much", "less than I was, thank you very much". A comparison
  /// alone ("calmer than I was") or "less" alone ("I worry less now") gives none.
  static let givingGround = PartnerCueMatcher(["less than", "less _ than"])

  /// Whether the thanks at an index rebuff or grant ground wryly rather than thank: a rebuff's
  /// tail after a refusal, or after ground given in the clause before it; thanks that cap
  /// saying they are fine ("my legs are fine thank you": a brush-off that stays in the talk);
  /// thanks after a quoting "like" ("like cheers karen": a reaction told in a story, never
  /// said to the listener).
  static func isRebuff(_ words: [String], thanksAt index: Int) -> Bool {
    rebuffTails.contains { words[index...].starts(with: $0) }
      && (words[..<index].contains { WordClass.negation.contains($0) }
        || givingGround.matches(lowercased: Array(words[..<index])))
      || cappingFine.matches(lowercased: Array(words[..<index].suffix(3)))
      || words[..<index].last == "like"
  }

  /// Whether a thanks that ends the line caps a claim of theirs said in the same breath:
  /// "people i see forty hours a week thanks" is curt or wry, and the talk goes on. Thanks alone
  /// or after a word or two ("ok thanks", "that helped thanks") still thank.
  static func capsAClaim(_ words: [Token], thanksAt index: Int) -> Bool {
    index == words.count - 1 && index >= claimBeforeThanksLength
      && words[..<index].contains { Lexicon.isVerb($0.lowercased) }
  }

  /// The fewest words before a closing thanks that make a claim of their own.
  static let claimBeforeThanksLength = 4

  /// Saying they or theirs are fine, as the words right before thanks end: "are fine", "i'm
  /// alright really".
  static let cappingFine = PartnerCueMatcher([
    "(are|is|am|'m|'s|im|its) (fine|ok|okay|alright|grand|good) (really|honestly|actually)? !_"
  ])
}
