// Rewrites chosen by how the question opens: an auxiliary, a presumption, a statement, a
// request, a question word, a fragment.
extension QuestionRewriter {
  static func bodies(
    for reading: QuestionReading, isEitherOr: Bool, isRhetorical: Bool, context: [Token]?,
    search: Search
  ) -> [Token]? {
    let core = Array(reading.coreTokens)
    switch reading.opener {
    case .auxiliary(let index):
      // "I'm wondering, have you noticed …": the question starts at its auxiliary.
      let core = withoutOrNot(Array(reading.tokens[index..<reading.core.upperBound]))
      let positive = positiveQuestion(core)
      if let asked = askingWhich(positive), let body = search.first([{ asked }]) {
        return body
      }
      // The claim's shape rules fit "be" and modals only; a do or have question without a
      // frame is asked openly without parsing its claim.
      let auxiliary = FunctionWords.auxiliary(core[0].lowercased)
      let needsClaim =
        isEitherOr || auxiliary?.kind == .be || auxiliary?.kind == .modal
        || Proposition.hasOpinionFrame(core)
      // "Is the venue deposit refundable?" read as "the venue | is deposit …": no rewrite of a
      // claim read so, nor of the question around it, reads as English.
      let claim = Proposition(yesNoQuestion: core)
      if let claim, WellFormedRewrite.splitsNoun(claim.clause) { return nil }
      if needsClaim, let proposition = claim,
        let body = claimQuestion(
          proposition, sourceQuestion: positive, isEitherOr: isEitherOr, search: search)
      {
        return body
      }
      // "Did you take the bins out last night?" asks about a past act without presuming it.
      let isPastAct =
        positive.count > 2 && positive[0].lowercased == "did"
        && positive[1].lowercased == "you"
      return search.first([
        { gettingOn(positive) },
        {
          claim.flatMap {
            TopicFrames.body(for: $0.clause, isLeading: search.isLeading, isEitherOr: isEitherOr)
          }
        },
        { isPastAct ? pastAct(Array(positive[2...])) : nil },
        { askingOpenly(positive, isLeading: search.isLeading) },
        { phrase("To what extent") + positive },
      ])
    case .statement, .presumption:
      var tokens = core
      var parsed: Clause?
      var isToldTheyKnow = false
      switch reading.opener {
      case .presumption(let index, let length):
        tokens = Array(reading.tokens[(index + length)..<reading.core.upperBound])
        isToldTheyKnow = reading.words[index..<(index + length)].contains(where: isKnowingVerb)
      case .statement(_, let clause):
        parsed = clause
      default:
        break
      }
      // "Surely is it …?" is read again as the yes/no question after the presumption; only a
      // reading that opens with its auxiliary is, or "is?" alone would be read so for ever.
      if let first = tokens.first, FunctionWords.auxiliary(first.lowercased) != nil {
        let again = QuestionReading(tokens)
        if case .auxiliary = again.opener {
          return bodies(
            for: again, isEitherOr: isEitherOr, isRhetorical: isRhetorical, context: context,
            search: search)
        }
      }
      guard let proposition = Proposition(declarative: tokens, parsed: parsed) else {
        return search.first([{ phrase("What makes you think") + tokens }])
      }
      // "You do realise most crashes happen near home?": the fact is the asker's claim.
      if isToldTheyKnow, search.isLeading,
        let body = search.first([{ noticed(proposition.clause) }])
      {
        return body
      }
      return claimQuestion(
        proposition, sourceQuestion: nil, isEitherOr: isEitherOr, search: search)
    case .request(_, let embedded?):
      let tokens = Array(reading.tokens[embedded..<reading.core.upperBound])
      guard let proposition = Proposition(declarative: tokens) else { return nil }
      return claimQuestion(
        proposition, sourceQuestion: nil, isEitherOr: isEitherOr, search: search)
    case .request(_, nil):
      return search.first([{ core }])
    case .questionWord(let index):
      return questionWordBody(
        reading, questionWordAt: index, isRhetorical: isRhetorical, isEitherOr: isEitherOr,
        search: search)
    case .fragment(let index):
      if reading.coreWords.elementsEqual(["so", "what"]) {
        return search.first([{ phrase("Why does that matter to you") }])
      }
      if core.count == 1, CritiqueVocabulary.incredulityWords.contains(reading.words[index]) {
        return search.first([{ phrase("What makes you say that") }])
      }
      // "Source?", "Proof?": a demand for their grounds, asked openly.
      if core.count == 1, let ask = requestsForGrounds[reading.words[index]] {
        return search.first([{ phrase(ask) }])
      }
      // "mostly?", "hm?": a word echoed or a sound names nothing to think about; asked open,
      // it asks what they meant.
      // "a lot lot?", "loads?": an amount echoed names nothing either.
      let words = core.filter(\.isWord).map(\.lowercased)
      if core.count == 1 && namesNothing(reading.words[index])
        || (!words.isEmpty && words.allSatisfy { amountWords.contains($0) || $0 == "a" })
      {
        return search.first([{ phrase("What do you mean by that") }])
      }
      return search.first([
        // "Smart move to sell it now, eh?": a verdict on an act, said without "it's", asks
        // about the act without the verdict.
        {
          guard isShortJudgement(core[...]),
            let to = core.prefix(4).firstIndex(where: { $0.lowercased == "to" })
          else { return nil }
          return gerundAct(core[(to + 1)...]).map { phrase("How do you see") + $0 }
        },
        { phrase("What do you think about") + namedThing(core) },
      ])
    case .none:
      if let context,
        let proposition = Proposition(
          declarative: QuestionReading.sentenceCased(BeliefReader.trimmed(context))),
        let body = claimQuestion(
          proposition, sourceQuestion: nil, isEitherOr: false, search: search)
      {
        return body
      }
      return search.first([{ phrase("What do you think") }])
    }
  }

  /// Nouns that, said alone as a question, demand the other person's grounds ("Source?",
  /// "Proof?"), with the open question that asks for them.
  private static let requestsForGrounds: [String: String] = [
    "source": "What makes you see it that way", "sources": "What makes you see it that way",
    "link": "What makes you see it that way", "citation": "What makes you see it that way",
    "proof": "What makes you see it that way", "evidence": "What makes you see it that way",
    "reason": "What makes you see it that way", "reasons": "What makes you see it that way",
    "stats": "What makes you see it that way", "data": "What makes you see it that way",
    "example": "What is an example of that", "examples": "What is an example of that",
  ]

  /// A thing named alone, as a noun phrase: "mortgage" → "the mortgage"; a name, a plural or
  /// a mass noun ("Brexit", "rates", "money") stands as it is.
  private static func namedThing(_ core: [Token]) -> [Token] {
    guard core.count == 1, let word = core.first?.lowercased,
      Lexicon.classes(of: word).contains(.noun), !Negator.isUsuallyUncountable(word),
      Lexicon.number(ofNoun: word) == .singular, !Lexicon.classes(of: word).contains(.properSense)
    else { return core }
    return phrase("the") + core
  }

  /// Words that only say how much: "a lot", "loads", "heaps".
  private static let amountWords: Set<String> = [
    "lot", "lots", "loads", "load", "heaps", "tons", "ton", "bit", "little", "much", "many",
    "plenty", "few", "more", "less", "most", "least",
  ]

  /// Whether a word names nothing to ask about: a filler ("hm"), a comparative ("cheaper"), or
  /// a word the lexicon knows with no reading as a noun or a name ("mostly"). A word it does
  /// not know is taken for a name ("bitcoin?", "Brexit?").
  private static func namesNothing(_ word: String) -> Bool {
    if Fillers.roles[word] != nil || Comparatives.isComparative(word) { return true }
    let classes = Lexicon.classes(of: word)
    return !classes.isEmpty && !TopicFallback.isNoun(word) && !classes.contains(.properSense)
  }

  /// The question without "or not" at its end, which only repeats that it asks yes or no:
  /// "Is Taiwan part of China or not" → "Is Taiwan part of China".
  private static func withoutOrNot(_ core: [Token]) -> [Token] {
    let count = core.count
    guard count > 3, core[count - 1].lowercased == "not", core[count - 2].lowercased == "or"
    else { return core }
    var end = count - 2
    if core[end - 1].text == "," { end -= 1 }
    return Array(core[..<end])
  }

  /// "Do you have any evidence for that?" → "What evidence do you have for that?"; "Is there
  /// a better way to fund it?" → "What better way is there to fund it?": an indefinite
  /// determiner after "have" or "there" becomes "what".
  private static func askingWhich(_ question: [Token]) -> [Token]? {
    let words = question.map(\.lowercased)
    let determiners: Set<String> = ["any", "some", "a", "an", "another"]
    let verbEnd: Int
    if words.count > 4, ["do", "does", "did"].contains(words[0]), words[2] == "have",
      determiners.contains(words[3])
    {
      verbEnd = 3
    } else if words.count > 3, ["is", "are", "was", "were"].contains(words[0]),
      words[1] == "there", determiners.contains(words[2])
    {
      verbEnd = 2
    } else {
      return nil
    }
    var nounEnd = verbEnd + 1
    while nounEnd < words.count, !isBoundary(words[nounEnd]) { nounEnd += 1 }
    // "Is there a god?" asks whether one exists, not which: "What god is there?" would not.
    guard nounEnd > verbEnd + 1,
      nounEnd < words.count || words[verbEnd] != "a" && words[verbEnd] != "an"
    else { return nil }
    // "Is there any kind of tax …": "What kind is there of tax" is no English.
    if nounEnd < words.count, words[nounEnd] == "of" { return nil }
    let other = words[verbEnd] == "another" ? phrase("other") : []
    // The auxiliary stays before its subject: "what evidence do you have".
    return phrase("What") + other + question[(verbEnd + 1)..<nounEnd] + question[..<verbEnd]
      + question[nounEnd...]
  }

  /// Words that end a noun phrase after a determiner: prepositions, "that", "to", "who".
  private static func isBoundary(_ word: String) -> Bool {
    FunctionWords.prepositions.contains(word) || FunctionWords.auxiliary(word) != nil
      || ["that", "to", "who", "which", "and", "or", ","].contains(word)
  }
}
