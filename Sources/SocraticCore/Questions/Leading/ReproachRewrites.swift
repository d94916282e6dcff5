/// Rewrites of questions that argue rather than ask, whichever problem the critic names:
/// - "How is that a foul?", "How was that fair, are you blind?": the asker's disbelief at the
///   person's verdict, asked as what makes the thing look so to them: "What makes that look
///   like a foul to you?", "What made that look fair to you?"; the jab after a comma goes.
/// - "Why are you making such a fuss about the bins?", "Why are you so worked up over
///   parking?": a reproach for caring, asked as what matters in it: "What about the bins
///   matters to you?"; "What matters to you here?" when nothing is named.
/// - "Why didn't you tell me you were struggling?", "How come you haven't rung her?": blame for a
///   thing left undone, asked as what stood in the way: "What made it hard to tell me you were
///   struggling?", "What has made it hard to ring her?".
/// - "What kind of grown man cries over a match?": scorn for whoever does it, asked as the act:
///   "What do you make of crying over a match?".
enum ReproachRewrites {
  /// The rewrite's words without "?", or nil when the question has neither shape.
  static func body(for reading: QuestionReading) -> [Token]? {
    let tokens = Array(reading.tokens[reading.core].prefix { $0.text != "," })
    let words = tokens.map(\.lowercased)
    return disbelief(tokens, words) ?? reproach(tokens, words) ?? omission(tokens, words)
      ?? scornForKind(tokens, words)
  }

  /// "What kind of grown man cries over a match" → "What do you make of crying over a match":
  /// scorn for the kind of person who does something, asked about the act alone.
  private static func scornForKind(_ tokens: [Token], _ words: [String]) -> [Token]? {
    guard words.count > 4, words[0] == "what", ["kind", "sort", "type"].contains(words[1]),
      words[2] == "of",
      let who = words[3...].firstIndex(where: { scornedKinds.contains($0) }),
      who + 1 < words.count, who <= 5
    else { return nil }
    let verb = words[who + 1]
    guard
      let base = Lexicon.verbReadings(of: verb).first(where: {
        $0.form == .thirdSingular || $0.form == .base || $0.form == .past
      })?.base, !FunctionWords.isFunctionWord(verb),
      let gerund = QuestionRewriter.gerund(of: base)
    else { return nil }
    let rest = tokens[(who + 2)...].prefix(while: \.isWord)
    return QuestionRewriter.phrase("What do you make of") + [Token(gerund)] + rest
  }

  /// "How is that a foul" → "What makes that look like a foul to you".
  private static func disbelief(_ tokens: [Token], _ words: [String]) -> [Token]? {
    guard words.count > 3, words[0] == "how", let be = FunctionWords.auxiliary(words[1]),
      be.kind == .be, !be.isNegated, pointingWords.contains(words[2])
    else { return nil }
    let verdict = Array(tokens[3...])
    // "How is that my fault?": whose it is, which other rules ask about.
    guard let first = verdict.first?.lowercased, !FunctionWords.possessives.contains(first),
      verdict.allSatisfy(\.isWord)
    else { return nil }
    let isNounPhrase = FunctionWords.beginsNounPhrase(verdict[0])
    guard isNounPhrase || Lexicon.classes(of: first).contains(.adjective) else { return nil }
    let makes = pastBe.contains(words[1]) ? "What made" : "What makes"
    // "How is that fair to the kids?": whom it is judged for is said; "to you" would be twice.
    let namesWhom = verdict.dropFirst().contains { ["to", "for"].contains($0.lowercased) }
    return QuestionRewriter.phrase(makes) + [tokens[2].replacingText(with: words[2])]
      + QuestionRewriter.phrase(isNounPhrase ? "look like" : "look") + verdict
      + (namesWhom ? [] : QuestionRewriter.phrase("to you"))
  }

  /// "Why didn't you ring her" → "What made it hard to ring her": the act left undone, in its
  /// base form, after what stood in its way; nil when no act follows ("Why weren't you there?").
  private static func omission(_ tokens: [Token], _ words: [String]) -> [Token]? {
    guard !words.isEmpty,
      let asked = WhyChallengeRules.reasonAsked(words, questionWordAt: 0, end: words.count),
      let (helper, start) = WhyChallengeRules.omission(words, from: asked, end: words.count),
      start < words.count
    else { return nil }
    let wanted: VerbForm =
      switch helper.kind {
      case .have: .pastParticiple
      case .be: .presentParticiple
      case .do, .modal: .base
      }
    guard !FunctionWords.isFunctionWord(words[start]),
      let base = Lexicon.verbReadings(of: words[start]).first(where: { $0.form == wanted })?.base
    else { return nil }
    let rest = tokens[(start + 1)...].prefix(while: \.isWord)
    // "haven't you" still owes it: what has made it hard; "didn't", "hadn't" look back.
    let isOwed = helper.kind == .have && helper.tense == .present
    let opening = isOwed ? "What has made it hard to" : "What made it hard to"
    return QuestionRewriter.phrase(opening) + [Token(base)] + rest
  }

  /// The people whose kind is scorned: "what kind of grown man", "what sort of mother".
  private static let scornedKinds: Set<String> = [
    "man", "men", "woman", "women", "person", "people", "adult", "adults", "parent", "mother",
    "father", "husband", "wife", "friend", "bloke", "guy", "lad", "girl", "boy", "idiot",
  ]

  /// "Why are you making such a fuss about the rent" → "What about the rent matters to you".
  private static func reproach(_ tokens: [Token], _ words: [String]) -> [Token]? {
    guard words.count > 3, words[0] == "why", FunctionWords.auxiliary(words[1])?.kind == .be,
      words[2] == "you",
      let fuss = fussPhrases.first(where: { words[3...].starts(with: $0) })
    else { return nil }
    var topic = Array(tokens[(3 + fuss.count)...])
    guard let first = topic.first else {
      return QuestionRewriter.phrase("What matters to you here")
    }
    guard ["about", "over", "with"].contains(first.lowercased) else { return nil }
    topic.removeFirst()
    guard !topic.isEmpty, QuestionRewriter.isNounPhrase(topic),
      !topic.contains(where: { FunctionWords.auxiliary($0.lowercased) != nil })
    else { return nil }
    return QuestionRewriter.phrase("What about") + topic
      + QuestionRewriter.phrase("matters to you")
  }

  /// Words a disbelieving "how is …" points at what the person judged with ("it" stands for a
  /// clause after it as often: "How is it right to …?").
  private static let pointingWords: Set<String> = ["that", "this"]

  /// Past forms of "be", after which the rewrite asks what made it look so.
  private static let pastBe: Set<String> = ["was", "were"]

  /// What the person is reproached for doing or being, after "Why are you".
  private static let fussPhrases: [[String]] = [
    ["making", "such", "a", "big", "deal"], ["making", "such", "a", "fuss"],
    ["making", "a", "big", "deal"], ["making", "a", "fuss"], ["making", "such", "a", "drama"],
    ["making", "a", "drama"], ["making", "a", "scene"], ["kicking", "up", "a", "fuss"],
    ["kicking", "off"], ["getting", "so", "worked", "up"], ["so", "worked", "up"],
    ["getting", "so", "upset"], ["so", "upset"], ["so", "bothered"], ["so", "touchy"],
    ["so", "het", "up"], ["getting", "so", "wound", "up"], ["so", "wound", "up"],
  ]
}
