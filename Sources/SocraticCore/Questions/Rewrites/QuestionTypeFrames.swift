/// Frames chosen by what a closed or leading question does, read off the roles of its words
/// (who acts, what the act is, what is set against it) rather than pasted round its clause:
/// - a jab at a decision, "Why would you / did you X?": "What made you decide to X?", or for a
///   choice the person made, "What drew you to Y?";
/// - a motive put on the person, "You X because Y, right?": the motive is the asker's guess and
///   is left out, "What makes you X?";
/// - a complaint about a task at home, "Are you ever going to X or do I have to?": "How could
///   we share the job of X-ing?";
/// - a step the asker doubts was taken, "Have you even X before Y?": "What did you check before
///   Y?";
/// - whether something went well, "Did X turn out / go …?": "How did X turn out?", in the
///   auxiliary's tense;
/// - a verdict on an amount, "Is N of X a day too much for Y?": "How much X do you think is
///   right for Y?".
enum QuestionTypeFrames {
  /// What a question does, which chooses its frame.
  enum QuestionType: CaseIterable {
    case decisionJab, imputedMotive, sharedChore, skippedStep, outcome, amount
  }

  /// The rewrite's words without "?" for the question read as this type, or nil when it is not.
  static func body(for reading: QuestionReading, as type: QuestionType) -> [Token]? {
    let tokens = Array(reading.tokens[reading.core])
    let words = tokens.map(\.lowercased)
    guard words.count > 2 else { return nil }
    switch type {
    case .decisionJab: return decision(tokens, words)
    case .imputedMotive: return motive(tokens, words)
    case .sharedChore: return chore(tokens, words)
    case .skippedStep: return step(tokens, words)
    case .outcome: return outcome(tokens, words)
    case .amount: return amount(tokens, words)
    }
  }

  /// "Why would you rewire the kitchen yourself?" → "What made you decide to rewire the
  /// kitchen yourself?"; "Why did you pick a law course when …?" → "What drew you to a law
  /// course?". What the asker sets against the act ("when …", "after …") is left out.
  private static func decision(_ tokens: [Token], _ words: [String]) -> [Token]? {
    guard words[0] == "why", ["would", "did", "'d"].contains(words[1]), words[2] == "you",
      var verb = act(after: 3, in: words)
    else { return nil }
    var start = verb + 1
    // "try to rewire", "go and buy": the attempt is the asker's doubt; the act is the topic.
    if attemptVerbs.contains(words[verb]), start + 1 < words.count,
      ["to", "and"].contains(words[start])
    {
      verb = start + 1
      start = verb + 1
    }
    guard let base = QuestionRewriter.baseForm(words[verb]), base == words[verb],
      Lexicon.isVerb(base), !FunctionWords.isFunctionWord(base)
    else { return nil }
    let object = Array(
      tokens[start...].prefix { $0.isWord && !argumentOpeners.contains($0.lowercased) })
    if choiceVerbs.contains(base), let first = object.first?.lowercased,
      FunctionWords.beginsNounPhrase(object[0]) || ["a", "an", "the"].contains(first)
    {
      return QuestionRewriter.phrase("What drew you to") + object
    }
    return QuestionRewriter.phrase("What made you decide to") + [Token(base)] + object
  }

  /// "You only voted for her because your dad did, right?" → "What made you vote for her?":
  /// the act the person did stays, the reason the asker gives for it goes.
  private static func motive(_ tokens: [Token], _ words: [String]) -> [Token]? {
    // "… so you could …", "… so that …": a purpose laid on them, as a because is.
    guard
      let link = words.indices.first(where: {
        $0 > 2
          && (motiveLinks.contains(words[$0])
            || (words[$0] == "so" && $0 + 1 < words.count && purposeOpeners.contains(words[$0 + 1])))
      }),
      let you = words[..<link].firstIndex(of: "you"), you < 3
    else { return nil }
    var index = you + 1
    var isPast = false
    while index < link,
      FunctionWords.auxiliary(words[index]) != nil || FunctionWords.isVerbAdverb(words[index])
        || ["only", "just", "really"].contains(words[index])
    {
      if ["did", "was", "were"].contains(words[index]) { isPast = true }
      index += 1
    }
    if you > 0, ["did", "was", "were"].contains(words[you - 1]) { isPast = true }
    // "you're going to quit because …": the plan's own verb, which they want to do.
    let plan = index < link ? planLeads.first { words[index...].starts(with: $0) } : nil
    if let plan, index + plan.count < link { index += plan.count }
    guard index < link, let base = QuestionRewriter.baseForm(words[index]), Lexicon.isVerb(base),
      !FunctionWords.isFunctionWord(base) || base == "do"
    else { return nil }
    if words[index] != base, Lexicon.past(of: base) == words[index] { isPast = true }
    let object = tokens[(index + 1)..<link].filter(\.isWord)
    let opening =
      plan != nil
      ? (isPast ? "What made you want to" : "What makes you want to")
      : (isPast ? "What made you" : "What makes you")
    return QuestionRewriter.phrase(opening) + [Token(base)] + object
  }

  /// How a plan is put before its verb: "going to quit", "gonna sell".
  private static let planLeads: [[String]] = [["going", "to"], ["gonna"]]

  /// "Are you ever going to clean the bathroom or do I have to?" → "How could we share the job
  /// of cleaning the bathroom?": a task at home the asker complains of doing, asked about as
  /// one to share. A task of the home is one by its verb (`choreVerbs`); any act is one when
  /// the asker sets themselves against the person ("or do I have to", "or should I").
  private static func chore(_ tokens: [Token], _ words: [String]) -> [Token]? {
    guard let you = words.prefix(3).firstIndex(of: "you") else { return nil }
    var index = you + 1
    while index < words.count,
      FunctionWords.auxiliary(words[index]) != nil || FunctionWords.isVerbAdverb(words[index])
        || ["going", "to", "ever", "actually", "even"].contains(words[index])
    {
      index += 1
    }
    guard index < words.count, let base = QuestionRewriter.baseForm(words[index]),
      base == words[index], let gerund = QuestionRewriter.gerund(of: base)
    else { return nil }
    let or = words[index...].firstIndex(of: "or")
    let setsAskerAgainst = or.map { words[$0...].contains("i") } ?? false
    guard setsAskerAgainst || choreVerbs.contains(base) && words.contains(where: digs.contains)
    else { return nil }
    let end = or ?? words.count
    let act = TimeExtent.removing(
      from: tokens[(index + 1)..<end].filter { $0.isWord && !digs.contains($0.lowercased) })
    guard !act.isEmpty,
      !act.contains(where: { FunctionWords.subjectPronouns[$0.lowercased] != nil })
    else { return nil }
    return QuestionRewriter.phrase("How could we share the job of") + [Token(gerund)] + act
  }

  /// "Have you even measured the shelf before drilling?" → "What did you check before
  /// drilling?": the step doubted is the asker's idea of what should come first.
  private static func step(_ tokens: [Token], _ words: [String]) -> [Token]? {
    guard ["have", "did", "has"].contains(words[0]), words[1] == "you",
      let before = words.firstIndex(of: "before"), before > 3, before + 1 < words.count
    else { return nil }
    let after = tokens[(before + 1)...].prefix(while: \.isWord)
    guard !after.isEmpty else { return nil }
    return QuestionRewriter.phrase("What did you check before") + after
  }

  /// "Did any of those past panics turn out to be right?" → "How did those past panics turn
  /// out?": the subject and the verb of how something went, in the auxiliary's tense; what the
  /// asker says it came to is left out.
  private static func outcome(_ tokens: [Token], _ words: [String]) -> [Token]? {
    guard ["did", "does", "do"].contains(words[0]) else { return nil }
    guard
      let verb = words.indices.dropFirst(2).first(where: { index in
        outcomeVerbs[words[index]].map { particle in
          particle.isEmpty || (index + 1 < words.count && words[index + 1] == particle)
        } ?? false
      })
    else { return nil }
    var subject = Array(tokens[1..<verb])
    // "any of those panics": the quantifier is the yes/no's, not the subject's.
    if subject.count > 2, quantifiers.contains(subject[0].lowercased),
      subject[1].lowercased == "of"
    {
      subject.removeFirst(2)
    }
    subject.removeAll { PresumptionCheck.leadingReasonWords.contains($0.lowercased) }
    guard let head = subject.first?.lowercased, !["you", "i", "we", "it"].contains(head),
      subject.allSatisfy({ $0.isWord && FunctionWords.auxiliary($0.lowercased) == nil }),
      QuestionRewriter.isNounPhrase(subject)
    else { return nil }
    let particle = outcomeVerbs[words[verb]].map { $0.isEmpty ? [] : [tokens[verb + 1]] } ?? []
    return [Token("How"), Token(words[0])] + subject + [tokens[verb]] + particle
  }

  /// "Is two hours of screen time a day too much for a nine-year-old?" → "How much screen
  /// time do you think is right for a nine-year-old?": the amount is the asker's verdict; the
  /// thing measured and who it is for are the topic.
  private static func amount(_ tokens: [Token], _ words: [String]) -> [Token]? {
    guard ["is", "are", "was", "isn't", "aren't"].contains(words[0]),
      let of = words.firstIndex(of: "of"), of > 1, of < 4,
      let verdict = words.indices.first(where: {
        $0 > of && $0 + 1 < words.count
          && (words[$0] == "too" && ["much", "many", "little", "few"].contains(words[$0 + 1]))
      })
    else { return nil }
    let measured = tokens[(of + 1)..<verdict].prefix {
      $0.isWord && !["a", "an", "per", "every", "each"].contains($0.lowercased)
    }
    guard let last = measured.last?.lowercased, !FunctionWords.isFunctionWord(last) else {
      return nil
    }
    let isPlural = Lexicon.singular(of: last) != nil
    let who =
      verdict + 2 < words.count && words[verdict + 2] == "for"
      ? Array(tokens[(verdict + 2)...].prefix(while: \.isWord)) : []
    return QuestionRewriter.phrase(isPlural ? "How many" : "How much") + measured
      + QuestionRewriter.phrase(isPlural ? "do you think are right" : "do you think is right")
      + (who.count > 1 ? who : [])
  }

  /// The index of the verb after the person's auxiliary and adverbs, or nil.
  private static func act(after start: Int, in words: [String]) -> Int? {
    var index = start
    while index < words.count,
      FunctionWords.isVerbAdverb(words[index])
        || PresumptionCheck.leadingReasonWords.contains(
          words[index])
    {
      index += 1
    }
    return index + 1 < words.count ? index : nil
  }

  /// Verbs of trying that stand before the act they are about.
  private static let attemptVerbs: Set<String> = ["try", "bother", "go", "want", "choose"]

  /// Verbs of choosing, whose object is the choice the person made.
  private static let choiceVerbs: Set<String> = ["pick", "choose", "buy", "book", "get", "take"]

  /// Words that open what the asker sets against an act: a time, a reason, a condition.
  private static let argumentOpeners: Set<String> = [
    "when", "after", "if", "since", "because", "cos", "coz", "cuz", "given", "while", "though",
    "although", "knowing", "considering", "instead",
  ]

  /// Words after "so" that make it a purpose: "so you could", "so that", "so she'd".
  private static let purposeOpeners: Set<String> = [
    "you", "that", "he", "she", "they", "we", "i", "nobody", "no",
  ]

  /// Words that give a reason for what the person does.
  private static let motiveLinks: Set<String> = ["because", "cos", "coz", "cuz", "'cause"]

  /// Tasks of a shared home, by their verb.
  private static let choreVerbs: Set<String> = [
    "clean", "wash", "tidy", "hoover", "vacuum", "empty", "fold", "iron", "cook", "mow", "dust",
    "sweep", "mop", "scrub", "wipe", "feed", "walk", "water", "load", "unload", "change",
  ]

  /// Words by which a question about a task complains that it is not done.
  private static let digs: Set<String> = ["ever", "again", "actually", "still", "even", "once"]

  /// Verbs that say how something went, with the particle they take ("" for none).
  private static let outcomeVerbs: [String: String] = [
    "go": "", "turn": "out", "work": "out", "pan": "out", "play": "out", "end": "up",
  ]

  /// Quantifiers a yes/no question puts before its subject: "any of those".
  private static let quantifiers: Set<String> = ["any", "all", "some", "either", "none", "each"]
}
