/// What `LoadedWordingRemover` takes out of a question beyond single loaded words: a clause
/// that argues against the person's choice, a filler or afterthought at the end, and an "ever"
/// that expects a "never".
extension LoadedWordingRemover {
  /// The words without the asker's argument against what the question is about ("when dogs
  /// are so much better", "just because you visited more", the reason after "only … because"),
  /// up to the end of its clause, and without "way" or "far" before "too", where they are
  /// degree words a rewrite would misread as nouns ("Isn't bitcoin way too volatile?").
  static func withoutArguments(_ tokens: [Token]) -> [Token] {
    let words = tokens.map(\.lowercased)
    var result: [Token] = []
    var index = 0
    while index < tokens.count {
      if index > 0, let end = arguingClauseEnd(tokens, words, at: index) {
        while let last = result.last, last.text == "," { result.removeLast() }
        index = end
        continue
      }
      if ["way", "far"].contains(words[index]), index + 1 < words.count,
        words[index + 1] == "too" || AskerJudgement.isComparative(words[index + 1])
      {
        index += 1
        continue
      }
      result.append(tokens[index])
      index += 1
    }
    return result.count == tokens.count ? tokens : Clause.respaced(result)
  }

  /// The words without the fillers at their end ("… too tho?", "… anyway?", "… lol?", a
  /// "then" that presses the point): said in passing, they come back in a rewrite as its point
  /// ("Tho?"). A "too" before "tho" goes with it: it sets the question against what the person
  /// said.
  static func withoutTrailingFillers(_ tokens: [Token]) -> [Token] {
    let tokens = withoutAfterthought(tokens)
    var end = tokens.count
    while end > 0, tokens[end - 1].kind == .punctuation { end -= 1 }
    let punctuation = tokens[end...]
    var removedTho = false
    while end > 3, tokens[end - 1].isWord {
      let word = tokens[end - 1].lowercased
      // "… are corrupt then?": a "then" that presses the point, not one of time ("back then").
      let pressingThen = word == "then" && !timeBeforeThen.contains(tokens[end - 2].lowercased)
      guard trailingFillers.contains(word) || pressingThen || (removedTho && word == "too") else {
        break
      }
      removedTho = removedTho || ["tho", "though"].contains(word)
      end -= 1
    }
    while end > 0, tokens[end - 1].text == "," { end -= 1 }
    return Array(tokens[..<end] + punctuation)
  }

  /// The words without an afterthought after the last comma that hedges or gives an example
  /// of what was asked, with no verb of its own: "…, like whole countries?", "…, even a bit?",
  /// "…, at all?". Said in passing, it would be pasted into a rewrite's clause.
  static func withoutAfterthought(_ tokens: [Token]) -> [Token] {
    guard let comma = tokens.lastIndex(where: { $0.text == "," }), comma > 2,
      comma + 1 < tokens.count
    else { return tokens }
    let after = Array(tokens[(comma + 1)...].filter(\.isWord))
    guard let first = after.first?.lowercased, afterthoughtOpeners.contains(first),
      after.count < 6, ClauseParser.finiteVerbIndex(in: after) == nil
    else { return tokens }
    let punctuation = tokens.last.map { $0.kind == .punctuation ? [$0] : [] } ?? []
    return Array(tokens[..<comma]) + punctuation
  }

  /// Words that open an afterthought: an example ("like"), a hedge ("even a bit", "at all").
  private static let afterthoughtOpeners: Set<String> = [
    "like", "even", "at", "say", "maybe", "perhaps",
  ]

  /// Words after which "then" is a time: "back then", "by then", "since then".
  private static let timeBeforeThen: Set<String> = [
    "back", "by", "since", "until", "till", "and", "from", "before", "just", "only", "even",
  ]

  /// Fillers that end a question without adding to it.
  private static let trailingFillers: Set<String> = [
    "tho", "though", "anyway", "anyways", "lol", "tbh", "innit", "haha", "yeah", "honestly",
  ]

  /// Where a clause ends that argues against what the question is about: a reason brought in
  /// with "just because", or a clause after "when", "while", "since" or "because" that
  /// compares ("when dogs are so much better", "since buses are far cheaper") or asserts an
  /// absolute ("since he's never home"); nil when the clause at this index is none.
  private static func arguingClauseEnd(_ tokens: [Token], _ words: [String], at index: Int)
    -> Int?
  {
    var end = index + 1
    while end < tokens.count, tokens[end].isWord { end += 1 }
    if words[index] == "just", index + 1 < words.count, words[index + 1] == "because" {
      return end
    }
    // "you only went vegan because of that youtuber": the motive charged with "only" is the
    // presumption itself; a rewrite that keeps it asks them to defend it.
    if words[index] == "because", words[..<index].contains("only") { return end }
    guard arguingSubordinators.contains(words[index]) else { return nil }
    let clause = words[(index + 1)..<end]
    let compares = zip(clause, clause.dropFirst()).contains { degree, adjective in
      ["much", "far", "way", "lot"].contains(degree) && AskerJudgement.isComparative(adjective)
    }
    // "since he's never out", "when you always win": an absolute the asker argues with.
    return compares || clause.contains(where: absolutes.contains) ? end : nil
  }

  /// Words by which a clause asserts that something holds without exception.
  private static let absolutes: Set<String> = [
    "never", "always", "constantly", "forever", "ever", "nobody", "nothing",
  ]

  /// Conjunctions that can bring in the asker's argument against the person's choice.
  private static let arguingSubordinators: Set<String> = [
    "when", "while", "whereas", "since", "because", "as",
  ]

  /// The question without an "ever" that expects a "never": "Will he ever pay it back?" →
  /// "Will he pay it back?".
  static func withoutPresumedNever(_ tokens: [Token]) -> [Token] {
    let words = tokens.map(\.lowercased)
    guard let index = words.firstIndex(of: "ever"), presumesNever(words, at: index) else {
      return tokens
    }
    return Array(tokens[..<index] + tokens[(index + 1)...])
  }

  /// Whether "ever" before a verb, after "be", "do" or a modal, says the asker expects it
  /// never to happen ("Is the council ever going to fix it?", "Will he ever pay?"); after
  /// "have" it asks about an experience ("Have you ever tried it?") and stays, as it does in
  /// a complaint ("Why can't you ever …"), which is read by its own rules.
  private static func presumesNever(_ words: [String], at index: Int) -> Bool {
    guard index > 1, index + 1 < words.count,
      let auxiliary = words[..<index].last(where: { FunctionWords.auxiliary($0) != nil })
        .flatMap(FunctionWords.auxiliary),
      auxiliary.kind != .have, !auxiliary.isNegated
    else { return false }
    return QuestionRewriter.baseForm(words[index + 1]) != nil
  }
}
