/// What a question names: its things, and the clause in which it says the persona said one.
extension PersonaQuestion {
  /// The clause in which a question says the persona said something ("the treaties you
  /// mentioned", "you said you don't hold your keys - how …?"): the words around those that
  /// say so, up to a mark or a turn to what is asked; nil when it says no such thing.
  static func attributed(in tokens: [Token]) -> [Token]? {
    let bounds = { (token: Token) in !token.isWord || clauseTurns.contains(token.lowercased) }
    for start in tokens.indices {
      for cue in attributionCues where cue.mayStart(with: tokens[start].lowercased) {
        guard let end = cue.matchEnds(in: tokens, from: start).max() else { continue }
        let opening = tokens[..<start].lastIndex(where: bounds).map { $0 + 1 } ?? 0
        let close = tokens[end...].firstIndex(where: bounds) ?? tokens.endIndex
        return Array(tokens[opening..<close])
      }
    }
    return nil
  }

  /// Words that turn from what was said to what is asked of it: "you said X but …".
  private static let clauseTurns: Set<String> = ["but", "yet", "so", "how", "what", "why"]

  /// The nouns and names among a question's topic words; never a slip of typing ("diffrent",
  /// "corupt"), chat slang ("tho") nor a fast typist's spelling of a function word ("shud"),
  /// which name nothing.
  static func things(in tokens: [Token], among topic: Set<String>, beside: Set<String>)
    -> Set<String>
  {
    let words = tokens.filter(\.isWord)
    let typed = Set(words.map(\.lowercased)).union(beside)
    // "closing its doors" asks nothing about doors (`EndingFigures`).
    let inFigure = EndingFigures.positions(in: words.map(\.lowercased))
    // "hang on, you said …": the hold opens the line and names nothing.
    // "fair enough, you know him …": a point granted first names nothing either, nor does a
    // sound of listening ("oh interesting, what …").
    let openers = BeliefMap.grantingWords.union(ChatWords.lead).union(ListeningSounds.sounds)
    let granted = words.prefix { openers.contains($0.lowercased) }.count
    let held = max(ChatWords.holdLength(of: words.map(\.lowercased)), granted)
    var things: Set<String> = []
    for (index, word) in words.enumerated() where index >= held {
      let lemma = TopicWords.lemma(of: word.lowercased)
      guard topic.contains(lemma), !slangWords.contains(word.lowercased),
        !isCourtesy(word.lowercased),
        !proForms.contains(word.lowercased), Shorthand.writtenOut(word) == nil,
        !isSlip(word, among: typed), !endsIdiom(words, at: index),
        !inFigure.contains(index), !namesNoThing(word), !describesPersona(words, at: index),
        !answerNouns.contains(lemma)
      else { continue }
      let classes = Lexicon.classes(of: lemma)
      guard classes.isEmpty || classes.contains(.noun) else { continue }
      // What follows a subject is what it does ("you mentioned", "they want"), no thing; so is
      // what follows a modal or a negation ("a bank can't touch", "won't freeze"), or an adverb
      // of the verb ("they still play", "do the kids ever play").
      let subject = words[..<index].last { !FunctionWords.verbAdverbs.contains($0.lowercased) }
      if let subject, subjectPronouns.contains(subject.lowercased) { continue }
      if index > 0, FunctionWords.verbAdverbs.contains(words[index - 1].lowercased),
        !Lexicon.verbReadings(of: word.lowercased).isEmpty
      {
        continue
      }
      // What "who" does is no thing: "who funds it?", "who do you think pays for it?".
      if isDoneByWho(word.lowercased, in: words, at: index) { continue }
      if index > 0, verbLeads.contains(words[index - 1].lowercased),
        !Lexicon.verbReadings(of: word.lowercased).isEmpty
      {
        continue
      }
      // A verb's plain form after "had to", "want to" is what is done ("if you had to bet"),
      // no thing; "to work" after a verb of going is where someone goes, and stays one.
      if index > 1, words[index - 1].lowercased == "to",
        Lexicon.verbReadings(of: words[index - 2].lowercased).contains(where: {
          verbsBeforeToDo.contains($0.base)
        }),
        Lexicon.verbReadings(of: word.lowercased).contains(where: { $0.form == .base })
      {
        continue
      }
      // An "-ing" form after a verb is what is done ("wouldn't stop talking about them"), no
      // thing: a chat "like" before it is no verb.
      if index > 0, Self.isDoing(word.lowercased, after: words[index - 1].lowercased) { continue }
      // What follows "got" or "was" as a participle is what was done ("got scammed", "got
      // stuck"), no thing.
      if index > 0, passiveAuxiliaries.contains(words[index - 1].lowercased),
        word.lowercased.hasSuffix("ed")
          || Lexicon.verbReadings(of: word.lowercased).contains(where: {
            $0.form == .pastParticiple
          })
      {
        continue
      }
      if classes.contains(.adjective), index + 1 < words.count,
        !FunctionWords.isFunctionWord(words[index + 1].lowercased),
        Lexicon.classes(of: TopicWords.lemma(of: words[index + 1].lowercased)).contains(.noun)
      {
        continue
      }
      things.insert(lemma)
    }
    return things
  }

  /// Whether a word is the "-ing" form of a verb said after a verb: one that takes it ("stop
  /// talking", "kept asking"), or a past form ("got soaked waiting"). An auxiliary's ("is
  /// working from home") is the thing asked about, and so is one after a noun that could be a
  /// verb ("drink driving", "house building").
  private static func isDoing(_ word: String, after previous: String) -> Bool {
    !slangWords.contains(previous) && FunctionWords.auxiliary(previous) == nil
      && Lexicon.verbReadings(of: previous).contains { reading in
        CatenativeVerbs.all.contains(reading.base)
          || [.past, .pastParticiple].contains(reading.form)
      }
      && Lexicon.verbReadings(of: word).contains { $0.form == .presentParticiple }
  }

  /// Whether a word is what a question's "who" does: a verb in the present or the past right
  /// after "who", or after a verb of view that follows "who" ("who do you think pays"), where
  /// the asker's "who" is its subject.
  private static func isDoneByWho(_ word: String, in words: [Token], at index: Int) -> Bool {
    guard index > 0, let who = words.firstIndex(where: { $0.lowercased == "who" }), who < index,
      Lexicon.verbReadings(of: word).contains(where: { [.thirdSingular, .past].contains($0.form) })
    else { return false }
    let previous = words[index - 1].lowercased
    return who == index - 1 || holdingVerbs.contains(previous)
  }

  /// Whether the lexicon knows a word only as a common noun: no verb, adjective or function
  /// word ("department", not "rules" or "people").
  static func isOnlyNoun(_ word: String) -> Bool {
    let classes = Lexicon.classes(of: TopicWords.lemma(of: word))
    return classes.contains(.noun) && classes.isDisjoint(with: [.verb, .adjective, .adverb])
      && !FunctionWords.isFunctionWord(word) && !slangWords.contains(word)
  }

  /// Whether a capitalised word is capitalised only for opening a sentence: a chat word
  /// ("Like", "So") or a function word ("The" is said again as an article, in lowercase).
  static func opensOnlyBySpelling(_ word: String) -> Bool {
    slangWords.contains(word) || FunctionWords.isFunctionWord(word)
  }

  /// Whether a word greets or thanks ("howdy", "cheers"): said around a question, it names
  /// nothing the question asks about.
  private static func isCourtesy(_ word: String) -> Bool {
    AnswerCues.greetings.contains(word) || AnswerCues.thanksWords.contains(word)
  }

  /// Verbs whose "to" is followed by what is done, never by a place: "had to bet", "want to
  /// know", "tried to explain".
  private static let verbsBeforeToDo: Set<String> = [
    "have", "need", "want", "try", "like", "love", "hate", "mean", "plan", "hope", "decide",
    "ought", "use", "seem", "pretend", "refuse", "manage", "choose", "expect",
  ]

  /// Whether a typed word names nothing the persona could know little of, whatever the lexicon
  /// makes of it: a form of "be" or "have" ("been"), a feeling ("knackered"), an amount or
  /// its unit ("a couple of pounds", "a few hours"), an exclamation ("gosh"), a word that
  /// grades ("a bit") or compares ("better", "cheaper").
  private static func namesNoThing(_ word: Token) -> Bool {
    let lower = word.lowercased
    let lemma = TopicWords.lemma(of: lower)
    if FunctionWords.auxiliary(lower) != nil || passiveAuxiliaries.contains(lower) {
      return true
    }
    if ReflectionCheck.exclamations.union(TheirWords.interjections).contains(lower)
      || DegreeWords.inVerbGroup.contains(lower)
    {
      return true
    }
    // "better" is a noun to the lexicon as well; "cleaner", "number" and "forest" are only
    // nouns here.
    if Comparatives.isComparative(lower) || Comparatives.isSuperlative(lower),
      Comparatives.isWordOfItsOwn(lower) || !Lexicon.classes(of: lower).contains(.noun)
    {
      return true
    }
    if AnswerCues.isFeelingWord(lower) { return true }
    if AnswerCues.amountWords.contains(lower) || AmountCorrection.isAmount(lower) { return true }
    return AnswerCues.unitsOfTime.union(AnswerCues.unitsOfMoney).contains(lemma)
  }

  /// Words that stand for a thing named before and name none themselves: "which ones".
  private static let proForms: Set<String> = ["one", "ones", "thing", "things", "stuff"]

  /// Modals and negations: a word after them that can be a verb is one.
  private static let verbLeads: Set<String> = [
    "can", "could", "will", "would", "shall", "should", "must", "may", "might", "n't", "not",
    "ca", "wo", "'d", "'ll", "id", "youd", "theyd",
  ]

  /// Pronouns that are the subject of the word after them.
  private static let subjectPronouns: Set<String> = ["i", "you", "we", "they", "he", "she"]

  /// The auxiliaries of the passive: what follows them is what was done to someone.
  private static let passiveAuxiliaries: Set<String> = [
    "got", "get", "gets", "getting", "was", "were", "been", "being", "is", "are", "be",
  ]

  /// Whether a word is a slip of typing: unknown to the lexicon, written in lowercase, and
  /// one slip from a word the corrector knows ("diffrent"), from another word at hand (the
  /// belief's "corrupt" for "corupt"), or two letters of a known word swapped ("speical").
  private static func isSlip(_ word: Token, among words: Set<String>) -> Bool {
    let written = word.lowercased
    guard !word.isCapitalized, written.count >= 4, !Lexicon.isKnown(written) else { return false }
    return TypoCorrector.correction(of: written) != nil
      || words.contains { $0 != written && TypoCorrector.isSlip(written, of: $0) }
      || isSwapOfKnownWord(written)
  }

  /// Whether swapping two letters side by side makes a word the lexicon knows.
  private static func isSwapOfKnownWord(_ written: String) -> Bool {
    let letters = Array(written)
    return letters.indices.dropLast().contains { index in
      guard letters[index] != letters[index + 1] else { return false }
      var swapped = letters
      swapped.swapAt(index, index + 1)
      return Lexicon.isKnown(String(swapped))
    }
  }

  /// Whether a word ends an idiom of the body or the mind that names nothing ("in your eyes",
  /// "on your mind"): it asks the persona's view, not about eyes.
  private static func endsIdiom(_ words: [Token], at index: Int) -> Bool {
    guard index >= 2 else { return false }
    let phrase = words[(index - 2)...index].map(\.lowercased).joined(separator: " ")
    return viewIdioms.contains(phrase)
  }

  /// Whether a word says what the persona is like rather than naming a thing asked about:
  /// "heart" in "you're all heart", "cynic" in "you are such a cynic", "chip" in "you've got a
  /// chip on your shoulder". Only small words come between the remark's opening and the word.
  private static func describesPersona(_ words: [Token], at index: Int) -> Bool {
    let lower = words[..<index].map(\.lowercased)
    let between = lower.reversed().prefix { describingFillers.contains($0) }.count
    let before = Array(lower.dropLast(between))
    return describingOpenings.contains { opening in
      before.count >= opening.count && Array(before.suffix(opening.count)) == opening
    }
  }

  /// How a remark on what the persona is like opens, as typed words in lowercase.
  private static let describingOpenings: [[String]] = [
    ["you", "'re"], ["you", "are"], ["youre"], ["ur"], ["you", "re"], ["you", "'ve", "got"],
    ["you", "have", "got"], ["youve", "got"], ["you", "got"], ["you", "sound", "like"],
    ["you", "seem", "like"], ["you", "seem"], ["you", "sound"], ["you", "must", "be"],
    ["you", "'re", "being"], ["you", "are", "being"],
  ]

  /// Small words between that opening and the word that says what the persona is like.
  private static let describingFillers: Set<String> = [
    "all", "such", "so", "a", "an", "the", "quite", "real", "right", "proper", "bit", "of",
    "little", "total", "complete", "very", "really", "just", "some", "kind", "sort",
    "big", "soft", "old", "one", "true",
  ]

  /// Nouns that name what kind of answer is asked for, not a thing: "what are the
  /// implications?", "what's the upshot?".
  private static let answerNouns: Set<String> = [
    "implication", "upshot", "consequence", "outcome", "gist", "takeaway", "knock-on",
  ]

  /// Idioms that ask for the persona's view in words of the body or the mind.
  private static let viewIdioms: Set<String> = [
    "in your eyes", "on your mind", "in your head", "in your heart", "in your gut",
    "to your mind", "in your book", "in your opinion", "in your view", "of your head",
    "in my eyes", "in your experience",
  ]
}
