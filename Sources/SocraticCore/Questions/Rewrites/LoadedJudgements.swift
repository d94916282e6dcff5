/// What a claim put to the person says a thing is, when it judges rather than describes: a
/// rewrite asks how the person sees the thing and leaves the judgement out ("Is Dogecoin just a
/// joke?" → "How do you see Dogecoin?"), where a description is kept and asked about ("Is the
/// bypass worth the cost?" → "What would tell you whether the bypass is worth the cost?").
enum LoadedJudgements {
  /// Words that make light of what follows or push it to an extreme: "just a fad", "a total
  /// disaster", "nothing but hype", "obviously rigged".
  static let dismissiveWords: Set<String> = [
    "just", "merely", "nothing", "only", "total", "complete", "utter", "absolute", "obviously",
    "clearly", "simply", "basically", "glorified", "mere",
  ]

  /// Verdicts that say only whether an act is good or bad, nothing of what it is: "Is smoking
  /// bad?", "is working from home better for you?". A rewrite asks how the person sees the act
  /// (`QuestionRewriter.judgedAct(in:isLeading:)`).
  static let plainVerdicts: Set<String> = [
    "good", "bad", "better", "worse", "best", "worst", "wrong",
  ]

  /// Whether a word judges what it is said of: an insult, a charge or a verdict.
  static func isLoaded(_ word: String) -> Bool {
    loadedWords.contains(word) || loadedWords.contains(Lexicon.singular(of: word) ?? word)
  }

  /// The words without the verdicts that only qualify the word after them ("that awful
  /// landlord" → "that landlord", "the useless council" → "the council"): a rewrite asks about
  /// the thing, not the asker's verdict on it. A verdict that ends the words is what a clause
  /// says of its subject, and stays.
  static func withoutJudgingModifiers(_ tokens: [Token]) -> [Token] {
    tokens.indices.compactMap { index in
      // "a waste | of money" names the verdict itself; "awful | landlord" qualifies a noun.
      let modifies =
        index + 1 < tokens.count && tokens[index + 1].isWord
        && !FunctionWords.isFunctionWord(tokens[index + 1].lowercased)
      let judges =
        isLoaded(tokens[index].lowercased)
        || CritiqueVocabulary.loadedWords.contains(
          tokens[index].lowercased)
      return modifies && judges ? nil : tokens[index]
    }
  }

  /// Nouns and adjectives that pass a verdict on a thing or a group.
  private static let loadedWords: Set<String> = [
    "scam", "scheme", "fraud", "con", "hoax", "joke", "ponzi", "pyramid", "cult", "propaganda",
    "disaster",
    "catastrophe", "mess", "farce", "sham", "racket", "plagiarism", "theft", "rip-off", "gamble",
    "bubble", "fad", "hype", "parasite", "gambler", "puppet", "traitor", "sheep", "coward",
    "thief", "liar", "crook", "criminal", "bully", "clown", "grifter", "shill", "leech",
    "corrupt", "rigged", "evil", "useless", "pointless", "worthless", "insane", "crazy",
    "delusional", "brainwashed", "overrated", "overhyped", "bogus", "fake", "dishonest",
    "immoral", "disgusting", "shameful", "pathetic", "ridiculous", "absurd", "doomed",
    "hideous", "ugly", "awful", "terrible", "horrible", "dreadful", "lousy", "crappy",
    "fantasy", "myth", "waste", "lie", "nonsense", "rubbish", "garbage", "scandal", "disgrace",
    "outrage", "travesty",
  ]

  /// Whether the words after the verb open with a verdict of several words: "made up",
  /// "a waste of time", "all in your head".
  static func opensWithVerdictPhrase(_ words: some Collection<String>) -> Bool {
    verdictPhrases.contains { words.starts(with: $0) }
  }

  /// Verdicts of several words on a claim or a thing.
  private static let verdictPhrases: [[String]] = [
    ["made", "up"], ["a", "waste", "of"], ["all", "in", "your", "head"], ["a", "load", "of"],
    ["a", "cop", "out"], ["a", "cop-out"], ["a", "copout"],
  ]

  /// Whether a verdict of several words stands anywhere in words: "a bit of a cop out".
  /// Only where a phrase's first word stands is it looked for, with no copy of the words.
  static func hasVerdictPhrase(_ words: [String]) -> Bool {
    words.indices.contains {
      verdictPhraseOpenings.contains(words[$0]) && opensWithVerdictPhrase(words[$0...])
    }
  }

  /// The words the verdicts of several words open with: "made", "a", "all".
  private static let verdictPhraseOpenings = Set(verdictPhrases.compactMap(\.first))

  /// Whether what a plural subject is said to be is a bare plural noun, a label put on a group:
  /// "Are crypto traders gamblers?" (but "Are bonds a safe bet?" has its article).
  static func isBareLabel(_ rest: [Token], subject: [Token]) -> Bool {
    guard rest.count == 1, let word = rest.first?.lowercased, isPlural(subject) else {
      return false
    }
    let classes = Lexicon.classes(of: word)
    return Lexicon.number(ofNoun: word) == .plural && !classes.contains(.adjective)
      && (Lexicon.singular(of: word) != nil || classes.contains(.noun))
  }

  private static func isPlural(_ subject: [Token]) -> Bool {
    QuestionRewriter.isPlural(subject)
  }
}
