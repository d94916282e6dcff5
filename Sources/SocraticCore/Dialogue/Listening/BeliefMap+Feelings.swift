extension BeliefMap {
  /// Takes off the feelings one they set right: "not angry really, more uneasy" leaves
  /// "uneasy" and drops "angry". Only the first 1,000 characters are read.
  mutating func dropCorrectedFeelings(in text: String) {
    let words = Self.plainWords(TypedTextLimit.prefix(of: text, characters: 1_000))
    // "hurt is maybe the wrong word", "heartbroken is a bit strong": the label set aside.
    if let label = Self.feelingLabelSetAside(words) {
      feelings.removeAll { $0.lowercased().split(separator: " ").contains(Substring(label)) }
    }
    // "i wasnt hurt i was horrified", "im not hurt": the feeling they say they do not have;
    // "im not worn down" denies the phrase its first word opens.
    for (index, word) in words.enumerated() where Self.feelingNegators.contains(word) {
      guard
        let named = words[(index + 1)...].prefix(3).first(where: {
          !Self.feelingSofteners.contains($0)
        })
      else { continue }
      feelings.removeAll { $0.lowercased().split(separator: " ").first == Substring(named) }
    }
  }

  /// Words that deny the feeling named after them: "not", "wasnt".
  static let feelingNegators: Set<String> = [
    "not", "wasnt", "isnt", "arent", "werent", "aint", "never",
  ]

  /// The feeling a line says is not the speaker's: "im not upset, just saying", "i wasnt
  /// angry about it", "not bitter really" → "upset", "angry", "bitter". Nil when it denies
  /// none, denies someone else's ("she's not upset"), or denies a glad one ("i'm not happy
  /// about it" is no calm). Only the first 1,000 characters are read.
  static func deniedOwnFeeling(in text: String) -> String? {
    let words = plainWords(TypedTextLimit.prefix(of: text, characters: 1_000))
    for (index, word) in words.enumerated() where feelingNegators.contains(word) {
      let before = words[..<index]
      guard
        before.isEmpty || ownDenialOpeners.contains(where: { before.suffix($0.count) == $0[...] }),
        let named = words[(index + 1)...].prefix(3).first(where: { !feelingSofteners.contains($0) }
        ),
        AnswerCues.feelingWords.contains(named), !AnswerCues.gladFeelings.contains(named)
      else { continue }
      return named
    }
    return nil
  }

  /// What the speaker says before the "not" of a feeling they deny: "im", "i am", "i" (of
  /// "i wasnt").
  private static let ownDenialOpeners: [[String]] = [["im"], ["i", "am"], ["i", "was"], ["i"]]

  /// Takes off the feeling last named when they set aside a word for it that the map does not
  /// hold ("angry is the wrong word" after "it makes me furious"): they name again the
  /// feeling just given back, in other words. Only the first 1,000 characters are read.
  mutating func dropRelabelledFeeling(in text: String) {
    let words = Self.plainWords(TypedTextLimit.prefix(of: text, characters: 1_000))
    guard let label = Self.feelingLabelSetAside(words),
      !feelings.contains(where: { $0.lowercased().split(separator: " ").contains(Substring(label)) }
      )
    else { return }
    feelings.removeLast(min(1, feelings.count))
  }

  /// The feeling word a person sets aside as a label for how they feel ("hurt is maybe the
  /// wrong word", "angry's a bit strong", "gutted is too much"): a feeling word, a form of
  /// "be", hedges, then a judgement of the word (`labelJudgements`). It speaks of the word for
  /// their feeling, never of the claim; after a determiner it names a thing ("the hate is too
  /// much").
  static func feelingLabelSetAside(_ words: [String]) -> String? {
    for index in words.indices.dropLast(2)
    where
      (index == 0 || !FunctionWords.determiners.contains(words[index - 1]))
      && (AnswerCues.feelingWords.contains(words[index])
        || AnswerCues.feelingVerbs[words[index]] == words[index])
      && ["is", "'s", "s", "was"].contains(words[index + 1])
    {
      let judged = words[(index + 2)...].drop(while: labelHedges.contains)
      if labelJudgements.contains(where: { judged.starts(with: $0) }) { return words[index] }
    }
    return nil
  }

  /// Whether an item sets aside the word for a feeling (`feelingLabelSetAside`).
  static func setsAsideFeelingLabel(_ item: String) -> Bool {
    feelingLabelSetAside(plainWords(item)) != nil
  }

  /// Words that soften a judgement of a label: "maybe", "probably a bit".
  private static let labelHedges: Set<String> = [
    "maybe", "probably", "prob", "perhaps", "kinda", "kind", "of", "like", "just",
  ]

  /// What is said of a word that does not fit: "the wrong word", "a bit strong", "too much".
  private static let labelJudgements: [[String]] = [
    ["the", "wrong", "word"], ["not", "the", "word"], ["not", "the", "right", "word"],
    ["a", "bit", "strong"], ["a", "little", "strong"], ["too", "strong"], ["bit", "strong"],
    ["a", "bit", "much"], ["too", "much"], ["strong"],
    ["a", "strong", "word"], ["a", "big", "word"], ["overdoing", "it"], ["not", "quite", "it"],
  ]

  /// Words between "not" and the feeling it sets aside: "not really angry", "not that angry".
  private static let feelingSofteners: Set<String> = ["really", "that", "so", "too", "just"]

  /// The feeling a line only states, with nothing said of why: "i'm gutted about it", "honestly
  /// it makes me furious", "i feel so let down by it" → "gutted", "furious", "let down"; nil
  /// for a line that says more ("i'm angry they closed it" is a reason with a feeling in it),
  /// or whose word says a view, not a feeling ("i'm sure about it").
  static func statedFeeling(_ text: String) -> String? {
    var words = plainWords(text)[...].drop(while: feelingLeads.contains)
    guard let frame = feelingFrames.first(where: { words.starts(with: $0) }) else { return nil }
    words = words.dropFirst(frame.count).drop(while: feelingIntensifiers.contains)
    guard let word = words.first, !viewWords.contains(word) else { return nil }
    let isFeelingWord =
      AnswerCues.feelingWords.contains(word) || AnswerCues.feelingVerbs.values.contains(word)
    // "i'm livid about it": an adjective with nothing of why after it names a feeling too.
    let isAdjective =
      word.hasSuffix("ed") || Lexicon.classes(of: word).contains(.adjective)
    guard isFeelingWord || isAdjective && words.count > 1 || isAdjective && frame.contains("me")
    else { return nil }
    // "let down", "fed up", "worn out": the particle is part of the feeling.
    var feeling = [word]
    var rest = words.dropFirst()
    if let particle = rest.first, feelingParticles.contains(particle) {
      feeling.append(particle)
      rest = rest.dropFirst()
    }
    let tail = Array(rest).filter { !closingFillers.contains($0) }
    guard tail.isEmpty || feelingTails.contains(tail) else { return nil }
    return feeling.joined(separator: " ")
  }

  /// The openings after which a word names the speaker's feeling: "i'm", "it makes me".
  private static let feelingFrames: [[String]] = [
    ["im"], ["i", "am"], ["i", "was"], ["i", "feel"], ["i", "felt"], ["i", "get"], ["i", "got"],
    ["ive", "been"], ["it", "makes", "me"], ["it", "made", "me"], ["that", "makes", "me"],
    ["that", "made", "me"], ["this", "makes", "me"], ["it", "leaves", "me"],
    ["it", "just", "makes", "me"], ["makes", "me"], ["it", "makes", "me", "feel"],
    ["that", "makes", "me", "feel"], ["makes", "me", "feel"],
  ]

  /// Words that may open a line and say nothing of it.
  private static let feelingLeads: Set<String> = [
    "honestly", "tbh", "ngl", "and", "but", "so", "also", "just", "well", "yeah", "oh",
    "really", "lol", "look",
  ]

  /// Words that may close a line and say nothing of it: "… to be honest", "… tbh".
  private static let closingFillers: Set<String> = [
    "honestly", "tbh", "ngl", "really", "to", "be", "honest", "if", "im", "lol", "haha", "tho",
    "though", "tbf", "mate", "man", "now", "already", "too", "as", "well",
  ]

  /// Words that say how much: "so", "really", "a bit".
  private static let feelingIntensifiers: Set<String> = [
    "so", "really", "very", "pretty", "quite", "a", "bit", "little", "kinda", "kind", "of",
    "just", "absolutely", "totally", "completely", "super", "bloody", "fucking", "proper",
    "dead", "still", "actually", "honestly", "feel", "more", "too",
  ]

  /// Words after "I'm" that say a view or a state of knowing, not a feeling.
  private static let viewWords: Set<String> = [
    "sure", "certain", "convinced", "positive", "right", "wrong", "aware", "done", "fine", "ok",
    "okay", "not", "unsure", "undecided", "biased", "informed", "interested", "involved",
    "qualified", "based", "used", "supposed", "allowed", "going", "gonna", "told", "asked",
    "talking", "saying", "thinking", "here", "there", "retired", "married", "single",
    "divorced", "widowed", "employed", "unemployed", "pregnant", "old", "young", "new", "local",
    "religious", "vegan", "rich", "poor", "disabled", "skilled", "trained", "paid", "underpaid",
  ]

  /// Particles that belong to a feeling: "let down", "fed up".
  private static let feelingParticles: Set<String> = ["down", "up", "out", "off"]

  /// What may follow a feeling when nothing of why is said: "about it", "by all this".
  private static let feelingTails: Set<[String]> = [
    ["about", "it"], ["about", "this"], ["about", "that"], ["about", "all", "this"],
    ["about", "all", "that"], ["over", "it"], ["by", "it"], ["by", "this"], ["by", "that"],
    ["by", "all", "this"], ["about", "the", "whole", "thing"], ["with", "it"],
    ["with", "it", "all"], ["of", "it"], ["of", "it", "all"],
  ]

  /// Whether a condition is a feeling they would have ("if that was my ward i'd be
  /// ashamed"), not what would change their mind: a feeling word, and no word of a mind
  /// changing.
  static func isFeelingNotCondition(_ text: String) -> Bool {
    let words = plainWords(text)
    return words.contains(where: AnswerCues.feelingWords.contains)
      && !words.contains(where: mindWords.contains)
  }

  /// Whether a condition is a regret about what is past ("if id trained harder id have made
  /// the team"), not what would change their mind: an "if" of what had been, and no word of
  /// a mind changing.
  static func isRegretNotCondition(_ text: String) -> Bool {
    let words = plainWords(text)
    guard !words.contains(where: mindWords.contains) else { return false }
    return words.indices.contains { index in
      guard words[index] == "if" else { return false }
      let after = Array(words[(index + 1)...].prefix(2))
      return pastIfOpenings.contains { after.starts(with: $0) }
    }
  }

  /// How an "if" of what had been opens: "if I'd", "if we had", "if only".
  private static let pastIfOpenings: [[String]] = {
    let contracted = ["id", "wed", "youd", "hed", "shed", "theyd"].map { [$0] }
    let spelled = ["i", "we", "you", "he", "she", "they"].flatMap {
      [[$0, "had"], [$0, "hadnt"]]
    }
    return contracted + spelled + [["only"]]
  }()

  /// Words that speak of a mind changing.
  private static let mindWords: Set<String> = [
    "mind", "change", "convince", "convinced", "reconsider", "rethink", "wrong", "believe",
    "persuade", "persuaded", "agree",
  ]
}
