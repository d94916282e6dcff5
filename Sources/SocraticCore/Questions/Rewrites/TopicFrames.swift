/// Neutral frames chosen by what a closed or leading question is about: the rewrite names the
/// topic (a noun phrase or an act from the parsed claim) and asks the person's view,
/// experience or decision, instead of pasting the asker's clause into a template.
///
/// - a plan the asker shares ("we"): "Are we seriously spending New Year at your dad's
///   again?" → "How do you feel about spending New Year at your dad's?";
/// - what something did for the person, in the past or perfect: "Has the gym actually paid
///   off for you?" → "How has the gym worked out for you?";
/// - a purchase doubted: "Do you really need another bike?" → "What made you want another
///   bike?";
/// - a cause or a fault: "Are the floods the council's fault or the weather's?" → "What do you
///   think is behind the floods?";
/// - a comparison that argues: "Isn't tea way nicer than coffee?" → "How do you compare tea
///   with coffee?".
///
/// Each shape is a table entry: the words around the topic, and how the topic is found.
enum TopicFrames {
  /// What a question is about, which chooses its frame.
  enum TopicType: CaseIterable {
    /// A plan the asker is part of: "we are going camping".
    case sharedPlan
    /// What something has done for the person: "therapy has helped you".
    case experience
    /// What something did for the person, in the past: "the diet worked for you".
    case pastExperience
    /// Something the person bought or wants, doubted: "you need another console".
    case purchase
    /// What caused something, or whose fault it is.
    case cause
    /// Whose fault something unnamed is: "is it the ref's fault or …".
    case fault
    /// One thing argued to beat another: "remote work is more productive than the office".
    case comparison
    /// A thing likened to what was said before: "gold is the same", "vinyl is no different".
    case likeness
    /// The part a thing plays: "luck plays any part at all".
    case role
    /// An event a leading question passes a verdict on: "the referee ruined the final".
    case event
    /// How a named side did, judged: "Arsenal bottled it again".
    case performance
    /// Something said to affect the person: "the price rise doesn't bother you".
    case feeling
    /// How far a thing has a quality: "a four-day week is realistic for a bakery".
    case degree
  }

  /// The words before and after the topic, by topic type.
  static let frames: [TopicType: (before: String, after: String)] = [
    .sharedPlan: ("How do you feel about", ""),
    .experience: ("How has", "worked out for you"),
    .pastExperience: ("How did", "work out for you"),
    .purchase: ("What made you want", ""),
    .cause: ("What do you think is behind", ""),
    .fault: ("What do you think went wrong", ""),
    .comparison: ("How do you compare", ""),
    .likeness: ("How do you see", ""),
    .role: ("What part do you think", ""),
    .event: ("What did you make of", ""),
    .performance: ("What did you make of how", "did"),
    .feeling: ("How do you feel about", ""),
    .degree: ("How", ""),
  ]

  /// The rewrite's words without "?", or nil when the claim is none of these shapes.
  /// - Parameters:
  ///   - clause: the claim the question puts, without its loaded words.
  ///   - isLeading: whether the question leads; a purchase or a comparison is only doubted or
  ///     argued in a leading question ("Do you need a lift?" is an offer).
  ///   - isEitherOr: whether the question offers two answers; a cause is asked about only
  ///     when two are weighed ("Is the flood caused by rain?" asks what would settle it).
  static func body(for clause: Clause, isLeading: Bool, isEitherOr: Bool) -> [Token]? {
    for type in TopicType.allCases {
      guard type != .cause || isEitherOr,
        let topic = topic(of: clause, as: type, isLeading: isLeading),
        let frame = frames[type]
      else { continue }
      let after = frame.after.isEmpty ? [] : QuestionRewriter.phrase(frame.after)
      return QuestionRewriter.phrase(frame.before) + topic + after
    }
    return nil
  }

  /// The topic of the claim read as this type, or nil when it is not one.
  private static func topic(of clause: Clause, as type: TopicType, isLeading: Bool) -> [Token]? {
    let subject = clause.subject.map(\.lowercased)
    let words = clause.rest.map(\.lowercased)
    switch type {
    case .sharedPlan:
      return subject == ["we"] ? act(of: clause) : nil
    case .experience, .pastExperience:
      // "Has your brother paid you back?": what someone did is their act, not how a thing
      // worked out.
      guard isThing(subject), !subject.contains(where: KinWords.isKin), isForThePerson(words)
      else { return nil }
      switch clause.verb {
      case .perfect: return type == .experience ? clause.subject : nil
      case .lexical(_, .past), .be(.past): return type == .pastExperience ? clause.subject : nil
      default: return nil
      }
    case .purchase:
      guard isLeading, subject == ["you"], let act = act(of: clause), let verb = act.first,
        let base = QuestionRewriter.baseForm(verb.lowercased)
      else { return nil }
      return thing(after: act.dropFirst(), wantedBy: base)
    case .cause:
      guard isThing(subject), case .be = clause.verb, !clause.isNegated,
        let cause = words.firstIndex(where: causeWords.contains), let first = clause.rest.first
      else { return nil }
      // "the drop | in sales because of …", "the power | cut caused by …": what stands before
      // the cause, unless it is the party blamed ("the council's fault"), is the topic's too.
      let isBlamed = FunctionWords.beginsNounPhrase(first) || cause == 0
      let topic = clause.subject + (isBlamed ? [] : clause.rest[..<cause])
      return QuestionRewriter.isNounPhrase(topic) ? topic : nil
    case .fault:
      guard subject == ["it"], case .be = clause.verb, !clause.isNegated,
        words.contains(where: ["fault", "blame"].contains)
      else { return nil }
      return []
    case .comparison:
      guard isLeading, isThing(subject),
        let than = words.firstIndex(of: "than"), than > 0,
        AskerJudgement.isComparative(words[than - 1])
          || words[..<than].suffix(2).contains(where: ["more", "less"].contains)
      else { return nil }
      guard let other = nounPhrase(clause.rest[(than + 1)...]) else { return nil }
      return clause.subject + QuestionRewriter.phrase("with") + other
    case .likeness:
      // "the same" with nothing it is the same as: the comparison is with what came before.
      guard isThing(subject), case .be = clause.verb,
        likenesses.contains(words.filter { $0 != "no" && $0 != "not" })
      else { return nil }
      return clause.subject
    case .role:
      guard isThing(subject), case .lexical(let base, _) = clause.verb, base == "play",
        words.contains(where: ["part", "role"].contains)
      else { return nil }
      let verb = QuestionRewriter.isPlural(clause.subject) ? "play" : "plays"
      return clause.subject + [Token(verb)]
    case .event:
      // "the referee ruined the final": the event named after the verdict is the topic.
      guard isLeading, isThing(subject), case .lexical(_, .past) = clause.verb,
        let first = clause.rest.first,
        first.lowercased == "the" || first.text.first?.isUppercase == true
      else { return nil }
      return nounPhrase(clause.rest[...])
    case .performance:
      // "Arsenal bottled it again": a named side's act judged, with nothing else named.
      guard isLeading, case .lexical(_, .past) = clause.verb,
        clause.subject.allSatisfy({ $0.text.first?.isUppercase == true }),
        words.allSatisfy({ pronouns.contains($0) || complaintWords.contains($0) })
      else { return nil }
      return clause.subject
    case .feeling:
      // "the price rise bothers you": what it does to the person is theirs to say.
      guard isThing(subject), words.first == "you",
        case .lexical(let base, _) = clause.verb, feelingVerbs.contains(base)
      else { return nil }
      return clause.subject
    case .degree:
      // Only a plain question, with what the quality is for: in a leading one the quality is
      // the asker's verdict ("Isn't it odd that …", "the deal is dead").
      return isLeading ? nil : degree(of: clause)
    }
  }

  /// What a purchase is of: the noun phrase after the verb ("another guitar", "a third
  /// console"), or after "on" for what money is spent on ("spend all that on a watch").
  private static func thing(after rest: ArraySlice<Token>, wantedBy base: String) -> [Token]? {
    guard let place = purchaseVerbs[base] else { return nil }
    var rest = rest
    if let preposition = place {
      guard let index = rest.firstIndex(where: { $0.lowercased == preposition }) else {
        return nil
      }
      rest = rest[(index + 1)...]
    }
    guard let first = rest.first, boughtThingOpeners.contains(first.lowercased) else {
      return nil
    }
    return nounPhrase(rest)
  }

  /// A noun phrase from the start of these words, up to what ends it (a clause, a comparison,
  /// a time or a place added to it); nil when it has no noun.
  private static func nounPhrase(_ tokens: ArraySlice<Token>) -> [Token]? {
    let phrase = Array(
      tokens.prefix {
        ($0.isWord || $0.text == "'s" || $0.text == "'") && !phraseEnds.contains($0.lowercased)
          && FunctionWords.auxiliary($0.lowercased) == nil
      })
    guard let last = phrase.last?.lowercased, !FunctionWords.isFunctionWord(last),
      QuestionRewriter.isNounPhrase(phrase)
    else { return nil }
    return phrase
  }

  /// Whether a subject names a thing, not a person in the talk or a pronoun that names nothing.
  static func isThing(_ subject: [String]) -> Bool {
    guard let first = subject.first else { return false }
    return !(subject.count == 1 && pronouns.contains(first))
  }

  /// Whether the words say what happened to the person, and no more: "helped you", "good for
  /// you personally", "paid off for you at work" (not "changed how you see the Middle East",
  /// whose topic is more than the person).
  private static func isForThePerson(_ words: [String]) -> Bool {
    let isForThem =
      words.contains("you") || words.contains("personally")
      || zip(words, words.dropFirst()).contains { $0 == "your" && $1 == "life" }
    let content = words.filter { !FunctionWords.isFunctionWord($0) }
    return isForThem && content.count <= 3
      && !words.contains(where: FunctionWords.questionWords.contains)
  }

  private static let pronouns: Set<String> = [
    "you", "i", "we", "it", "that", "this", "there", "they", "he", "she", "these", "those",
  ]

  /// Verbs by which a thing acts on how the person feels.
  private static let feelingVerbs: Set<String> = [
    "bother", "worry", "upset", "annoy", "scare", "frighten", "concern", "bug", "stress",
    "please", "excite", "surprise", "irritate", "trouble", "hurt", "anger",
  ]

  /// Words that make an act a complaint, left out of its topic.
  static let complaintWords: Set<String> = [
    "again", "always", "still", "ever", "seriously", "actually", "really", "even",
  ]

  /// Verbs of buying or wanting a thing, with the preposition before the thing when it is not
  /// the object ("spend … on").
  static let purchaseVerbs: [String: String?] = [
    "need": nil, "buy": nil, "want": nil, "order": nil, "get": nil, "spend": "on",
  ]

  /// Words that open the noun phrase of a thing bought: a new one, or one more.
  private static let boughtThingOpeners: Set<String> = [
    "another", "a", "an", "more", "new", "that", "this", "those", "these", "the", "all",
  ]

  /// Complements that liken a thing to what was said before, with nothing after them.
  private static let likenesses: Set<[String]> = [
    ["the", "same"], ["similar"], ["different"], ["any", "different"], ["just", "the", "same"],
  ]

  /// Words in a claim that say what caused something or whose fault it is.
  private static let causeWords: Set<String> = ["fault", "blame", "caused", "because", "due"]

  /// Words that end a noun phrase.
  private static let phraseEnds: Set<String> = [
    "or", "and", "but", "to", "because", "so", "when", "if", "again", "just", "than", "for",
    "at", "in", "on", "by", "with", "now", "these", "this", "every", "all", "instead",
  ]
}
