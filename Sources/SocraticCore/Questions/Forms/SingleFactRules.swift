// Question-word questions that ask for a single fact: a quantity, a name, a date, a place.
extension QuestionFormRules {
  static func isSingleFact(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    let words = reading.words
    let end = reading.core.upperBound
    func word(_ offset: Int) -> String? { index + offset < end ? words[index + offset] : nil }
    let questionWord = words[index]
    // "Who?", "Who, her brother?": the question word alone.
    guard let next = word(1), next != "," else {
      return ["who", "when", "where", "which", "whom", "whose"].contains(questionWord)
        && reading.lead.isEmpty
    }
    let asksAboutPerson = reading.coreWords.contains {
      ["you", "your", "yours", "yourself"].contains($0)
    }
    // "What time do you think is reasonable …", "How many do you reckon is too many?": the
    // fact is theirs to judge.
    if asksJudgement(reading, after: index) { return false }
    // A number, a length of time, a point on a scale, a date or a place is asked for whatever
    // follows: "How long have you had the idea that this is what you want?".
    let core = TokenPatternWords(words, end: end)
    if SingleFactCues.beliefOrigin.matches(core, at: index) { return false }
    if SingleFactCues.viewAsked.matches(core, at: index) { return false }
    if SingleFactCues.searchOverTime.matches(core, at: index) { return false }
    if SingleFactCues.quantity.matches(core, at: index) { return true }
    if SingleFactCues.whereItLeaves.matches(core, at: index) { return false }
    if questionWord == "where" {
      // "Where do you agree with them, and where not?": the lead counts too.
      return !reading.words.contains { SingleFactCues.explainingWhere.contains($0) }
    }
    // "…, and how have those judgements aged?", "… from what people expected?": a question that
    // joins or embeds another asks for more than a fact ("when" and "where" are left out: they
    // join a time or a place, "How old were you when you first voted?").
    if ((index + 1)..<end).contains(where: {
      reading.classes[$0].contains(.questionWord) && words[$0] != "when" && words[$0] != "where"
    }) {
      return false
    }
    switch questionWord {
    case "how":
      // "How about in the last year?": the same question again, of another time or thing.
      if next == "about" {
        return ClauseParser.finiteVerbIndex(in: Array(reading.tokens[(index + 2)..<end])) == nil
      }
      if CritiqueVocabulary.quantityWords.contains(next) { return !asksAboutPerson }
      if next == "much", let after = word(2) {
        if after == "of" { return !asksAboutPerson }
        if FunctionWords.auxiliary(after) == nil { return true }
        // "How much did you pay for the flat?": a sum of money is a fact, whoever paid it.
        if reading.words[(index + 3)..<min(end, index + 6)].contains(where: {
          CritiqueVocabulary.moneyVerbs.contains($0)
        }) {
          return true
        }
        // "How much do you drink?", "How much are you smoking these days?": an amount, the verb
        // with no object.
        if let verb = ((index + 3)..<min(end, index + 6)).first(where: {
          !FunctionWords.isFunctionWord(words[$0]) && !Lexicon.verbReadings(of: words[$0]).isEmpty
        }),
          verb + 1 == end || SingleFactCues.amountFollowers.contains(words[verb + 1])
        {
          return true
        }
        return !asksAboutPerson
          && !reading.coreWords.contains { ["matter", "matters"].contains($0) }
      }
      return false
    case "what", "which":
      // "Which bit feels worst?", "What part scares you most?": what they feel is theirs to
      // tell, whatever it is asked of.
      if reading.coreWords.contains(where: SingleFactCues.feelingVerbs.contains) { return false }
      // "What was the best bit of your week?", "whats the hardest part": the best or the worst
      // of something is theirs to weigh up, and no lookup finds it.
      if reading.coreWords.contains(where: SingleFactCues.judgedSuperlatives.contains) {
        return false
      }
      if SingleFactCues.namedThingOrAmount.matches(core, at: index) { return true }
      // "What was your partner's name?", "What part of town are you from?", "What does she
      // do?" (for a living).
      if let last = word(end - index - 1) {
        if last == "from" { return true }
        let isBe = ["is", "'s", "was", "are", "were"].contains(next)
        if isBe, CritiqueVocabulary.factNouns.contains(last) || last == "name" { return true }
        if ["do", "does"].contains(next), last == "do", end - index <= 5 { return true }
      }
      return questionWord == "which" && !asksAboutPerson && isAboutThePast(reading, after: index)
    case "who":
      // "Who's Donna?", "Who's sitting with you?": a name.
      if SingleFactCues.whoIs.matches(core, at: index) { return true }
      if asksAboutPerson { return false }
      return isAboutThePast(reading, after: index)
    case "whose":
      // "Whose bike is this?": an owner's name; "whose fault was it?" asks a verdict.
      return !SingleFactCues.judgedOwnings.contains(next)
    case "when":
      // "When did you start running?": a date. "When was a time you felt proud?" asks for a
      // story.
      if ["was", "is", "were"].contains(next), ["a", "the"].contains(word(2)),
        word(3) == "time"
      {
        return false
      }
      return true
    case "where":
      return true
    default:
      return false
    }
  }

  /// Whether a question asks the person to judge what the fact should be: a verb of opinion
  /// put to them, then a word of judgement ("do you think … is reasonable", "would you say …
  /// is fair").
  static func asksJudgement(_ reading: QuestionReading, after index: Int) -> Bool {
    let words = TokenPatternWords(reading.words, end: reading.core.upperBound)
    return ((index + 1)..<reading.core.upperBound).contains { start in
      SingleFactCues.judgementAsked.matches(words, at: start)
    }
  }

  /// Whether the first verb after the question word is past or perfect: "did", "was", "has",
  /// "invented".
  private static func isAboutThePast(_ reading: QuestionReading, after index: Int) -> Bool {
    for position in (index + 1)..<reading.core.upperBound {
      let word = reading.words[position]
      if let auxiliary = FunctionWords.auxiliary(word), !word.hasPrefix("'") {
        return auxiliary.tense == .past && auxiliary.kind != .modal || auxiliary.kind == .have
      }
      let readings = Lexicon.verbReadings(of: word)
      if readings.contains(where: { $0.form == .past }),
        !readings.contains(where: { $0.form == .base || $0.form == .thirdSingular })
      {
        return true
      }
    }
    return false
  }
}
