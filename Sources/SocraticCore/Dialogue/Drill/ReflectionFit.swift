/// Whether a reflection gives back what the persona said, or puts a view in its mouth that it
/// never held: "so you're saying it's only as good as the price holds up" to a persona that
/// never spoke of prices.
///
/// A reflection may add a feeling, a value or a picture to their words ("… and that worries
/// you", "you've seen this film before"): that is what makes it complex. What it may not add is
/// a claim of its own about something new: a reflection whose words beyond feelings, values
/// and the words every question is made of share none with the belief, its reasons and what
/// the persona has said (by lemma or by root: "wasteful" of "wastes"), that names at least
/// `unsharedLimit` things of its own, and that makes one of them the subject of a clause
/// ("petrol prices should double"), adds a view it never held. Said of the persona ("you
/// reckon it ends the same way") or of what was said ("the scale of it is what bugs you"), it
/// gives back their view in a picture of its own.
enum ReflectionFit {
  /// How a reflection fails to give back what the persona said.
  enum Misfit: Sendable, Equatable {
    /// It adds a view the persona never held.
    case addsView
    /// It gives back the persona's view turned round: "so you think working from home doesn't
    /// matter?" to one who holds that it makes people more productive.
    case turnsRound
    /// It gives the asker's guess at what would change the persona's mind ("so if someone …,
    /// that would make you rethink it") as if the persona had said it.
    case guessesCondition

    /// What the coach says of it.
    var problem: String {
      switch self {
      case .addsView: ReflectionFit.problem
      case .turnsRound:
        "turns their view round: give back what they said, not its opposite"
      case .guessesCondition:
        "gives your own guess as if they had said it: ask it instead (\u{201C}What would it mean "
          + "for your view if \u{2026}?\u{201D})"
      }
    }
  }

  /// How many words of its own a reflection must add, sharing none with what was said, to put
  /// a view in its mouth: one or two new words are a meaning, a value or a paraphrase given
  /// back ("let down by the people in power" of politicians).
  static let unsharedLimit = 3

  /// Whether a reflection adds a view the persona never held: its own words (beyond feelings,
  /// values and the words questions are made of) are `unsharedLimit` or more, and none of its
  /// words, frame words too ("the people you know" of "people I know"), is in the belief or
  /// what was said.
  /// - Parameters:
  ///   - reflection: the line as typed.
  ///   - said: everything the persona holds and has said: its belief, its reasons, its replies.
  static func addsView(_ reflection: String, said: [String]) -> Bool {
    newSubject(of: reflection, said: said) != nil
  }

  /// Whether a reflection gives back nothing that was said: none of its words beyond feelings,
  /// values and the words questions are made of is in the belief or what the persona said ("so
  /// you feel let down by the banks?" to one that never spoke of banks).
  static func givesBackNothing(_ reflection: String, said: [String]) -> Bool {
    let given = TopicWords(withoutFeelingIdioms(Tokenizer.tokenize(reflection))).lemmas.filter {
      !isFeelingOrValue($0)
    }
    guard !given.isEmpty else { return false }
    let spoken = TopicWords(said.joined(separator: " ")).lemmas
    return !given.contains { isSpoken($0, in: spoken) }
  }

  /// The lemma of the new thing a reflection makes the subject of a claim the persona never
  /// made ("prices" in "so you think petrol prices should double"), when it adds a view
  /// (`addsView(_:said:)`); nil when it gives back what was said.
  static func newSubject(of reflection: String, said: [String]) -> String? {
    let tokens = Tokenizer.tokenize(reflection)
    let reflected = withoutFeelingIdioms(tokens)
    let own = TopicWords(reflected, isQuestion: true).lemmas.filter { lemma in
      !isFeelingOrValue(lemma)
    }
    guard own.count >= unsharedLimit else { return nil }
    let spoken = TopicWords(said.joined(separator: " ")).lemmas
    let given = TopicWords(reflected).lemmas.filter { !isFeelingOrValue($0) }
    guard !given.contains(where: { isSpoken($0, in: spoken) }) else { return nil }
    // A new thing with a verb of its own after it: a claim about it, not a picture of theirs.
    // One inside a phrase after a preposition ("the size of the bill is …") is no subject.
    let tags = Tagger.tags(of: tokens)
    for index in tokens.indices.dropLast() where [.noun, .properNoun].contains(tags[index]) {
      let lemma = TopicWords.lemma(of: tokens[index].lowercased)
      // A word no lexicon knows, in lowercase ("youve"), is chat or a slip, no thing it names.
      let isKnown = Lexicon.isKnown(tokens[index].lowercased) || tokens[index].isCapitalized
      guard isKnown, own.contains(lemma), [.auxiliary, .finiteVerb].contains(tags[index + 1])
      else {
        continue
      }
      var start = index
      while start > 0, nounPhraseTags.contains(tags[start - 1]) { start -= 1 }
      if start > 0, tags[start - 1] == .adposition { continue }
      return lemma
    }
    return nil
  }

  /// What a noun phrase is made of before its noun.
  private static let nounPhraseTags: Set<PartOfSpeech> = [
    .determiner, .adjective, .noun, .properNoun, .number,
  ]

  /// Whether a lemma was said, itself, a word of the same root ("wasteful" of "waste",
  /// "deciding" of "decide") or another degree of the same adjective ("cheapest" of
  /// "cheaper").
  static func isSpoken(_ lemma: String, in spoken: Set<String>) -> Bool {
    let base = adjectiveBase(of: lemma) ?? lemma
    return spoken.contains(lemma) || spoken.contains { sharesRoot($0, lemma) }
      || spoken.contains { (adjectiveBase(of: $0) ?? $0) == base }
  }

  /// The adjective a comparative or a superlative is made from: "cheap" of "cheaper" and
  /// "cheapest", "safe" of "safer", "big" of "biggest", "easy" of "easiest"; nil for any other
  /// word.
  static func adjectiveBase(of word: String) -> String? {
    guard
      let suffix = ["est", "er"].first(where: { word.hasSuffix($0) && word.count > $0.count + 2 })
    else { return nil }
    let stem = String(word.dropLast(suffix.count))
    var candidates = [stem, stem + "e"]
    if stem.hasSuffix("i") { candidates.append(String(stem.dropLast()) + "y") }
    if let last = stem.last, stem.dropLast().last == last {
      candidates.append(String(stem.dropLast()))
    }
    return candidates.first { Lexicon.classes(of: $0).contains(.adjective) }
  }

  /// Whether two words are one root with a suffix: the shorter (four letters or more; less a
  /// final "e" or "y", three before a vowel) opens the longer, and what follows is a suffix that makes a word of
  /// another class ("waste" and "wasteful", "happy" and "happiness").
  static func sharesRoot(_ first: String, _ second: String) -> Bool {
    let (short, long) = first.count <= second.count ? (first, second) : (second, first)
    guard short.count >= 4, short != long else { return false }
    var stems = [short]
    if short.hasSuffix("e") { stems.append(String(short.dropLast())) }
    if short.hasSuffix("y") { stems.append(String(short.dropLast()) + "i") }
    return stems.contains { stem in
      let suffix = String(long.dropFirst(stem.count))
      // A root of three letters takes only a suffix that opens with a vowel: "mine" and
      // "miner", not "care" and "cars".
      let isLongEnough = stem.count >= 4 || (stem.count == 3 && suffix.first.map(isVowel) == true)
      return isLongEnough && long.hasPrefix(stem) && rootSuffixes.contains(suffix)
    }
  }

  private static func isVowel(_ letter: Character) -> Bool { "aeiou".contains(letter) }

  /// The endings that make a word of another class from a root.
  private static let rootSuffixes: Set<String> = [
    "ful", "less", "ness", "ly", "ing", "er", "ers", "ed", "y", "ive", "al", "ity", "ment",
    "ments", "ion", "ions", "ation", "able", "ous", "s", "es",
  ]

  /// Whether a reflection gives a condition under which the persona would think again ("if
  /// …, you'd …", "if …, that would make you …") that the persona has not given: no line of
  /// its with "if" shares its words beyond the belief's. It is the asker's guess, not what was
  /// heard.
  static func guessesCondition(_ reflection: String, said: [String], belief: String) -> Bool {
    // "youd", typed fast, is "you'd".
    let words = Tokenizer.tokenize(TypedForms.written(reflection)).map {
      $0.lowercased.replacingOccurrences(of: "\u{2019}", with: "'")
    }
    // "you'd" is one word or two, as typed; the condition comes before it or after.
    guard words.contains("if"),
      words.contains(where: { $0.hasPrefix("would") || $0.hasSuffix("'d") || $0 == "d" }),
      words.contains(where: { $0 == "your" || $0.hasPrefix("you") })
    else { return false }
    // A condition it gave itself, given back, shares its words beyond the belief's.
    let beliefWords = TopicWords(belief).lemmas
    let given = TopicWords(reflection, ignoring: beliefWords, isQuestion: true).lemmas
    return !said.contains { line in
      Tokenizer.tokenize(line).contains { $0.lowercased == "if" }
        && !TopicWords(line, ignoring: beliefWords).lemmas.isDisjoint(with: given)
    }
  }

  /// What the coach says of a reflection that adds a view.
  static let problem =
    "adds something they didn't say: give back their own words, or ask what they mean"

  /// A reflection's tokens without the words of its feeling idioms (`FeelingIdioms`): "walking
  /// on eggshells" names a feeling, as "worried" does, and no thing of its own.
  private static func withoutFeelingIdioms(_ tokens: [Token]) -> [Token] {
    let idiom = FeelingIdioms.positions(in: tokens.map(\.lowercased))
    return tokens.indices.filter { !idiom.contains($0) }.map { tokens[$0] }
  }

  /// Whether a word names a feeling ("worried", "worry", "scared") or a value ("matter",
  /// "important"), which a complex reflection adds by design.
  private static func isFeelingOrValue(_ lemma: String) -> Bool {
    AnswerCues.feelingWords.contains(lemma) || AnswerCues.feelingVerbs.keys.contains(lemma)
      || AnswerCues.feelingVerbs.values.contains(lemma)
      || feelingBases.contains(lemma) || valueWords.contains(lemma)
  }

  /// The base forms of the feeling verbs and adjectives that a lemma is read as ("worry" of
  /// "worries"): what the feeling words' table has only in other forms.
  private static let feelingBases: Set<String> = Set(
    AnswerCues.feelingVerbs.keys.map(TopicWords.lemma(of:))
      + AnswerCues.feelingWords.map(TopicWords.lemma(of:)) + ["feel", "fear", "bit", "little"])

  /// Words that give back what matters to someone rather than what they claimed.
  private static let valueWords: Set<String> = [
    "matter", "important", "care", "value", "mean", "safe", "safety", "fair", "fairness",
    "right", "wrong", "deep", "lot", "really",
  ]
}

extension PersonaVoice {
  /// How a reflection misfits what the persona holds and has said (`ReflectionFit`), if it
  /// does; nil for a question, or a reflection that gives back a second side.
  /// - Parameter saidSentences: what it has said so far (`DrillState.saidSentences`); its
  ///   belief and its reasons, shown at the start, count as said.
  func misfit(of question: PersonaQuestion, saidSentences: Set<String>) -> ReflectionFit.Misfit? {
    guard question.form == .reflection else { return nil }
    let reasons = lines.filter { $0.source == .reason }.map(\.text)
    if ReflectionFit.guessesCondition(question.key, said: Array(saidSentences), belief: ownClaim) {
      return .guessesCondition
    }
    if turnsRound(question) { return .turnsRound }
    // What the asker tells of themselves beside it ("my dad served") puts nothing in its mouth.
    guard !question.givesOtherSide,
      ReflectionFit.addsView(
        ReflectionFit.givenBack(question.tokens), said: [ownClaim] + reasons + Array(saidSentences))
    else { return nil }
    return .addsView
  }

  /// Whether a reflection gives back nothing the persona holds, has said or has thought about
  /// (`ReflectionFit.givesBackNothing(_:said:)`; its subject's words count: "a garden pays for
  /// itself" gives back a belief about growing vegetables).
  func givesBackNothing(_ question: PersonaQuestion, saidSentences: Set<String>) -> Bool {
    let reasons = lines.filter { $0.source == .reason }.map(\.text)
    return question.things.isDisjoint(with: subjectWords.union(spokenOf))
      && ReflectionFit.givesBackNothing(
        question.key, said: [ownClaim] + reasons + Array(saidSentences))
  }

  /// Whether a reflection says the opposite of the view it gives back: it is negated ("doesn't
  /// matter", "nobody") where the belief is not, or the other way round, and no line of the
  /// persona's on the same words is negated as it is ("so nobody loses time commuting?" gives
  /// back "Nobody loses two hours a day commuting", in words beyond the belief's); it speaks
  /// of the belief's own words, and, not negated itself, of what the belief denies. A reframe that sets one side aside for another
  /// (`ReflectionReframe`) turns nothing round, nor does a contrast cut short
  /// (`ReflectionFit.deniesOnlyInContrast(_:)`).
  func turnsRound(_ question: PersonaQuestion) -> Bool {
    // "so the army isn't the problem, it's that they looked weak" weighs one cause against
    // another: its "not" sets a side aside, it does not deny the view.
    let words = question.words.map(\.lowercased)
    guard !ReflectionReframe.reframes(words) else { return false }
    // "so people keep telling you it matters" reports a view put to it, not its own.
    guard !ReflectionFit.reportsOthers(words) else { return false }
    // "… that cats don't" lacks on the other side what the view credits: no denial of it.
    let isNegated =
      DrillDialogue.isNegated(question.key) && !ReflectionFit.deniesOnlyInContrast(question.tokens)
    guard isNegated != DrillDialogue.isNegated(ownClaim) else { return false }
    // "so you don't really trust the cheap ones" denies a stance beside the view ("made to fall
    // apart"), not what the belief says: only a denial headed by a word of the belief turns it.
    if isNegated, let head = DrillDialogue.deniedPart(of: question.key).flatMap(Self.deniedHead),
      !beliefWords.contains(where: { $0 == head || ReflectionFit.sharesRoot($0, head) })
    {
      return false
    }
    // Only a reflection of the belief itself can turn it round: "so it's not the money for
    // you" gives back something beside it.
    let asked = TopicWords(question.key, isQuestion: true).lemmas
    guard !asked.isDisjoint(with: beliefWords) else { return false }
    // A line with no negation keeps a denial's polarity in words of its own only when they tell
    // of losing ground (`DeclineWords`): "so the way folk shop has left the corner shop behind"
    // of "the shop can't compete". Other words beside the denied part may turn it round as well
    // ("so the corner shop is thriving?"), so they are read against its lines below.
    if !isNegated, let denied = DrillDialogue.deniedPart(of: ownClaim),
      asked.isDisjoint(with: TopicWords(denied).lemmas),
      words.contains(where: DeclineWords.contains)
    {
      return false
    }
    // A line it gives back shares its own words, beyond the belief's: "banks did not fix
    // payments" is not given back by "so banks don't matter?".
    let own = asked.subtracting(beliefWords)
    return !lines.contains { line in
      [.reason, .reply].contains(line.source) && DrillDialogue.isNegated(line.text) == isNegated
        && !TopicWords(line.text).lemmas.isDisjoint(with: own)
    }
  }

  /// The word a denial is about: its first content word, past adverbs ("really") and verbs of
  /// thinking ("think", "reckon"), as a lemma; "trust" of "really trust the cheap ones".
  static func deniedHead(_ denied: String) -> String? {
    Tokenizer.tokenize(denied).filter(\.isWord).map(\.lowercased).first { word in
      !FunctionWords.isFunctionWord(word) && !FunctionWords.isVerbAdverb(word)
        && !ReflectionCheck.clauseVerbs.contains(TopicWords.lemma(of: word))
    }.map(TopicWords.lemma(of:))
  }

  /// What it says to a reflection that misfits: to a view it never held, "Not quite — I didn't
  /// say anything about <the thing it made the subject>." and its first reason; to a condition it never gave, that it did not say it, and
  /// the condition it would take: the same thing seen again and again, not once.
  func correction(of misfit: ReflectionFit.Misfit, in question: PersonaQuestion, said: Set<String>)
    -> Reply
  {
    switch misfit {
    case .addsView:
      // What differs first: the thing it never spoke of, as typed; then what it does say.
      let reasons = lines.filter { $0.source == .reason }.map(\.text)
      let thing = ReflectionFit.newSubject(
        of: question.key, said: [ownClaim] + reasons + Array(said)
      )
      .flatMap { question.spokenPhrase(naming: [$0]) }
      let differs = thing.map { " I didn't say anything about \($0)." } ?? ""
      let own =
        reasons.first.map { " What I'd say is that " + Self.runOn($0) } ?? " I'd say \(ownClaim)."
      return Reply(text: "Not quite \u{2014}" + differs + own)
    case .turnsRound:
      return Reply(text: "You're putting words in my mouth. I think \(ownClaim).")
    case .guessesCondition:
      // Said as its own, never called a question.
      let opening =
        question.tokens.last?.hasQuestionMark == true
        ? "I didn't say that, but it's a fair question."
        : "I didn't say that, but it's a fair thought."
      return Reply(
        text: opening + " One case wouldn't do it; if I saw that happen again and again, I'd have "
          + "to think again.")
    }
  }
}
