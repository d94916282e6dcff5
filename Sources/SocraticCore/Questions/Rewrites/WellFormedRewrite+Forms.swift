// Whether the words a rewrite puts in place are English forms it can stand behind: no verb
// form made from a word that is none, no misspelling moved into a verb's place, and no decision
// asked of what is already done.
extension WellFormedRewrite {
  /// Whether a rewrite carries a word form it cannot stand behind:
  /// - an -ed or -ing form the lexicon does not know, made by the rewrite ("they alsoed have")
  ///   or put where the frame made a verb, after a subject or an auxiliary ("you comming"); one
  ///   copied unchanged from the question elsewhere is theirs ("How common do you think
  ///   gaslighting is?", "Is ofsted fair?");
  /// - an unknown word right after "you", where the frame put a verb ("What makes you
  ///   bcome …");
  /// - an "-s" form made from a function word of the question ("whether everyone ins your
  ///   class …");
  /// - a decision frame ("How would you decide whether …") round a claim that is no decision
  ///   still to make: one in the past ("whether you got the new boiler"), or what others do
  ///   ("whether they also have a dog"); the person's own choice ("whether you go") and what
  ///   something is ("whether Bitcoin is a currency or an asset") are theirs to weigh.
  /// - Parameters:
  ///   - words: the rewrite's words.
  ///   - source: the question's tokens, whose words are the asker's own.
  static func hasBadForm(_ words: [Token], source: [Token]) -> Bool {
    let lowered = words.map(\.lowercased)
    let theirs = Set(source.filter(\.isWord).map(\.lowercased))
    for (index, word) in lowered.enumerated() where word.first?.isLetter == true {
      guard !Lexicon.isKnown(word), !FunctionWords.isFunctionWord(word),
        words[index].text.first?.isUppercase != true
      else { continue }
      let isInflected = inflectedEndings.contains { word.hasSuffix($0) }
      if (index > 0 && lowered[index - 1] == "you")
        || (isInflected && (!theirs.contains(word) || isVerbSlot(index, in: lowered)))
      {
        return true
      }
    }
    return lowered.contains { makesVerbOfNone($0, theirs: theirs) }
      || decidesWhatIsDone(words, lowered: lowered) || strandsComplement(lowered)
  }

  /// Whether the word at an index stands where a clause puts its verb: after a personal
  /// pronoun ("they | glamped"), an auxiliary that is no form of "be" ("have | glamped"), a
  /// participle of "be" ("being | comming"), or a form of "be" after a person ("you are |
  /// comming"); after "is" alone an -ing word can name an act ("is | gaslighting", "it is |
  /// gaslighting").
  private static func isVerbSlot(_ index: Int, in lowered: [String]) -> Bool {
    guard index > 0 else { return false }
    let previous = lowered[index - 1]
    if FunctionWords.personalPronouns.contains(previous) || participlesOfBe.contains(previous) {
      return true
    }
    guard let auxiliary = FunctionWords.auxiliary(previous) else { return false }
    guard auxiliary.kind == .be else { return true }
    return index > 1
      && FunctionWords.personalPronouns.subtracting(["it"]).contains(lowered[index - 2])
  }

  /// Whether a word is an "-s" form the rewrite made, not the asker, from a function word of
  /// theirs that is no verb: "ins" of "in", read as the verb of "everyone in your class have".
  /// A function word of its own is none ("is" beside their "i").
  private static func makesVerbOfNone(_ word: String, theirs: Set<String>) -> Bool {
    guard !theirs.contains(word), word.hasSuffix("s"), !FunctionWords.isFunctionWord(word) else {
      return false
    }
    return [String(word.dropLast()), String(word.dropLast(2))].contains { stem in
      theirs.contains(stem) && FunctionWords.isFunctionWord(stem)
        && FunctionWords.auxiliary(stem) == nil
    }
  }

  /// Whether a copula was put inside the subject, before the phrase that belonged to it, so the
  /// complement is left at the end: "whether everyone | is | in politics corrupt". An
  /// adjective that is an adverb too ends a clause of place ("is at home alone").
  private static func strandsComplement(_ lowered: [String]) -> Bool {
    guard let last = lowered.last, lowered.count > 3 else { return false }
    let classes = Lexicon.classes(of: last)
    guard classes.contains(.adjective), classes.isDisjoint(with: [.noun, .adverb]) else {
      return false
    }
    let tail = lowered.suffix(strandedPhraseLength + 2)
    guard let copula = tail.firstIndex(where: { FunctionWords.auxiliary($0)?.kind == .be }),
      copula + 2 < lowered.count - 1, FunctionWords.prepositions.contains(lowered[copula + 1])
    else { return false }
    return !lowered[(copula + 1)...].contains(where: FunctionWords.coordinators.contains)
  }

  /// The most words a phrase of place between a copula and its stranded complement has.
  private static let strandedPhraseLength = 4

  /// Whether a decision frame asks about a claim that is no decision still to make: "decide
  /// whether you got …", "decide whether they also have …".
  private static func decidesWhatIsDone(_ words: [Token], lowered: [String]) -> Bool {
    guard let frame = lowered.indices.first(where: { lowered[$0...].starts(with: decisionFrame) })
    else { return false }
    guard let clause = ClauseParser.parse(Array(words[(frame + decisionFrame.count)...])) else {
      return false
    }
    switch clause.verb {
    case .be(.past), .perfect, .lexical(_, .past): return true
    case .lexical: return !deciders.contains(clause.subject.map(\.lowercased))
    case .be(.present), .modal: return false
    }
  }

  /// The forms of "be" a participle follows: "being", "been".
  private static let participlesOfBe: Set<String> = ["being", "been"]

  /// Endings of verb forms a rewrite makes or moves: "-ed", "-ing".
  private static let inflectedEndings = ["ed", "ing"]

  /// The subjects whose choice a decision frame asks about.
  private static let deciders: Set<[String]> = [["you"], ["we"]]

  /// The frame that asks how the person would make up their mind.
  private static let decisionFrame = ["decide", "whether"]
}
