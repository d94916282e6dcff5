// The kind of a question with problems, and the open rewrite assembled for it.
extension QuestionCritic {
  /// The kind of a question with problems that are not fine, and the rewrite to offer: the
  /// question without its loaded words, a fair question without its jab, or a stock question
  /// for what a complaint or a threat is about; nil when no rewrite passes.
  /// - Parameter context: the sentence before the question, if any.
  static func kindAndRewrite(
    of reading: QuestionReading, problems: [QuestionProblem], context: [Token]?
  ) -> (kind: QuestionKind?, suggestion: String?) {
    // Insults and disbelief say nothing of what is asked: the kind is read without them. A
    // claim put to the person ("You don't actually trust them, do you?", "Isn't crypto just
    // a fad?") loses its words of disbelief and of making light too.
    let isLoaded = problems.contains {
      switch $0 {
      case .insultingWord, .loadedWording, .disbelief, .rhetorical, .tagQuestion,
        .presumingOpener, .statementWithQuestionMark, .negativeQuestion, .wordsInTheirMouth:
        true
      default: false
      }
    }
    // A demand for candour, an answer offered to a question or a scornful "seriously" is left
    // out of what is rewritten: "When are you fixing the shelf, next year?" is rewritten as
    // the question.
    // Each rule runs only when those before it gave nothing.
    let withoutAsides: [() -> [Token]?] = [
      { JabShapeRules.withoutCandourDemand(reading) },
      { OfferedAnswerRules.withoutOfferedAnswer(reading) },
      { QuestionFormRules.withoutScornfulAside(reading) },
      { MakingLightRules.withoutLightMaking(reading) },
    ]
    let asked =
      withoutAsides.lazy.compactMap { $0() }.first.map {
        QuestionReading($0 + [Self.questionMark])
      } ?? reading
    var cleaned = isLoaded ? QuestionRewriter.withoutLoadedWording(asked) : asked
    // "… literally all the time?" is rewritten without the charge of always.
    if let sweeping = QuestionFormRules.sweepingTimePhrase(in: cleaned) {
      cleaned = QuestionReading(
        Array(cleaned.tokens[..<sweeping.lowerBound] + cleaned.tokens[sweeping.upperBound...]))
    }
    // A rewrite is made of the question's own words and neutral ones: only a question that
    // calls someone names can pass one on.
    let callsNames = problems.contains(where: \.isInsult)
    let kind = QuestionKindRules.kind(
      of: cleaned.core.isEmpty ? reading : cleaned, problems: problems)
    // A rewrite never says again what a problem quotes ("Why can't you … about the money?").
    let quoted = Self.quotedPhrases(of: problems)
    let keepsQuoted = { (body: [Token]) in Self.keeps(quoted, in: body.map(\.lowercased)) }
    // "Who told you that, Facebook?" is a fair question without its jab.
    // "Would it kill you to call?" asks what would make it easier to call; "Who's going to
    // call, me?" how to decide who calls, in the asker's own words; "…, the cat?" or "How is
    // it my job to call?" how to handle calling (`SharedTaskRewrites`).
    // Each rule runs only when those before it gave nothing that passes.
    let withoutJabs: [() -> [Token]?] = [
      { SarcasmRules.askingHowToDecide(reading) }, { SharedTaskRewrites.body(for: reading) },
      { SarcasmRules.withoutMockingTag(reading) },
      { SarcasmRules.askingWhatHelps(reading) }, { ScoldedActRewrites.askingWhatHelps(reading) },
      { OfferedAnswerRules.withoutOfferedAnswer(reading) },
      { JabShapeRules.withoutCandourDemand(reading) },
      { QuestionFormRules.withoutScornfulAside(reading) },
      { JabShapeRules.askingHowItFits(reading) },
      { JabShapeRules.askingHowTheyDecide(reading) }, { JabShapeRules.askingHowShared(reading) },
    ]
    let untagged = withoutJabs.lazy.compactMap { $0() }.first {
      !keepsQuoted($0) && Self.isOpen(body: $0, lookingUpNames: callsNames)
    }
    .map { QuestionRewriter.asked(QuestionReading($0 + [Self.questionMark])) }
    // A complaint's rewrite asks about the person, never in the asker's voice ("What leads
    // me to …"); failing one, what would be fair.
    // A rewrite that keeps the words of a stretched view or of blame for a repeat keeps the
    // charge ("What tells you whether everyone … is just … then?").
    let chargeWords = Set(problems.flatMap(Self.chargeWords))
      .union(LoadedFrameRules.chargedWords(in: reading))
      .union(BlameRules.chargedWords(in: reading))
    // Blame for a repeat is answered by what would be fair, not by the blamed act.
    // So is a who-question that points at someone present, and the asker's lot ("so I'm the
    // only one who …").
    let blamesRepeat =
      problems.contains(.complaint("again")) || JabShapeRules.pointedWho(in: reading) != nil
      || problems.contains(where: Self.complainsOfLot)
    let isComplaint = problems.contains {
      if case .complaint = $0 { true } else { false }
    }
    let makesLight = problems.contains {
      if case .makingLight = $0 { true } else { false }
    }
    let threatens = problems.contains {
      if case .veiledThreat = $0 { true } else { false }
    }
    let guilts = problems.contains {
      if case .guiltLever = $0 { true } else { false }
    }
    let hasDig = problems.contains { if case .sarcasm = $0 { true } else { false } }
    let scoldsAct = problems.contains(where: Self.scoldsAct)
    var suggestion =
      blamesRepeat
      ? untagged ?? Self.askingWhatIsFair
      : threatens
        ? Self.askingWhatCouldGoWrong
        : guilts
          ? Self.askingWhatMatters
          : SuggestedExplanation.askingWhatIsGoingOn(reading) ?? untagged
            ?? QuestionRewriter.suggestion(
              for: asked, cleaned: cleaned, problems: problems,
              context: context,
              isAcceptable: { body in
                // The critic's own reading of the rewrite, the costliest check, comes last.
                !scoldsAct
                  && !(isComplaint && body.contains { Self.askerWords.contains($0.lowercased) })
                  && !body.contains { chargeWords.contains($0.lowercased) } && !keepsQuoted(body)
                  && Self.isOpen(body: body, lookingUpNames: callsNames)
              })
            ?? (isComplaint ? Self.askingWhatIsFair : makesLight ? Self.askingWhatMatters : nil)
    // "Are you ever going to pay me back?" is a request: said as one, with how to manage it.
    suggestion = OwnRequestRewrites.suggestion(for: reading, hasDig: hasDig) ?? suggestion
    if let said = suggestion, keepsQuoted(Tokenizer.tokenize(said)) { suggestion = nil }
    // Whatever rule built it, a rewrite no one could answer is withheld ("What's your view on
    // whether that is a maybe?"), and so is one that hands a leading question's reading of the
    // person back to them as their own view ("What makes you think you're hoping it's true?").
    if let said = suggestion.map(Tokenizer.tokenize) {
      let isLeading = problems.contains { $0.form == .leading }
      if WellFormedRewrite.isUnanswerable(said.filter(\.isWord))
        || (isLeading && Self.asksToBackReading(said.map(\.lowercased)))
      {
        suggestion = nil
      }
    }
    // "What made it hard to use Wise or something like that?": the asker's tag is left out.
    suggestion = suggestion.map(VagueTags.removed)
    // A plan mocked ("so I'm meant to just …") leaves no act to ask about: what is left of it
    // reads as nonsense ("How do you see your word?").
    // "Don't you think you should've asked first?" blames a done act: whatever is left of it
    // ("How do you see my drill?") misses the point; the problem says what to change. So does
    // a rebuke ("What's wrong with you?" → "What leads people to be wrong with you?"), and a
    // case set against their view ("why didn't the ban work, then?"), whose words are the
    // point it makes.
    if Self.asksFeelingAboutAsker(suggestion, problems: problems)
      || SarcasmRules.opensWithMockedPlan(reading) || CounterCaseRules.setsCaseAgainst(reading)
      || QuestionRewriter.blamesDoneAct(Array(reading.coreWords))
      || QuestionFormRules.isRebuke(reading)
    {
      suggestion = nil
    }
    return (kind, suggestion)
  }

  /// Whether a rewrite asks the person what makes them think they are doing something, which
  /// only the asker said of them: "What makes you think you're hoping it's true?".
  private static func asksToBackReading(_ words: [String]) -> Bool {
    guard let think = words.firstRange(of: backingFrame)?.upperBound, think + 2 < words.count,
      words[think] == "you", ["'re", "are"].contains(words[think + 1])
    else { return false }
    return Lexicon.verbReadings(of: words[think + 2]).contains { $0.form == .presentParticiple }
  }

  /// The frame that asks for grounds: "what makes you think".
  private static let backingFrame = ["what", "makes", "you", "think"]
}
