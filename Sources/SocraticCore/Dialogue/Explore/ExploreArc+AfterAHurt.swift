/// The turn after a hurt: a loss, a feeling or something that weighs on them is met before
/// anything is weighed, so no question ranks their reasons, asks for evidence or brings in
/// someone who disagrees in the move right after it ("What evidence would it take to change
/// your mind?" straight after a family hurt was graded bad).
extension ExploreArc {
  /// Whether an answer told a loss or a harm, named a feeling, implied one, disclosed
  /// something that weighs on them, or told a danger to life (`SafetyConcern`).
  static func isAfterAHurt(_ answer: ReadAnswer, text: String?) -> Bool {
    !answer.feelings.isEmpty || answer.impliedFeeling != nil
      || text.map(AnswerFollowUp.tellsALoss) == true || text.map(tellsAHurt) == true
      || isDisclosure(answer, text: text)
      || text.map { SafetyConcern.find(in: $0, context: $0) != nil } == true
  }

  /// Whether a text tells a hurt to them or theirs ("it hurt when he said i was naive", "my
  /// sister cried for days"), as weighty as a feeling named, though it names none; "rules
  /// would hurt small landlords" tells a cause, no hurt of theirs.
  /// "hard work never hurt anyone" denies the hurt it names.
  static func tellsAHurt(_ text: String) -> Bool {
    let tokens = Tokenizer.tokenize(String(text.prefix(AnswerFollowUp.readLimit)))
    let words = tokens.map(\.lowercased)
    let hurt =
      words.indices.contains { index in
        hurtWords.contains(words[index])
          && !tokens[max(0, index - 2)..<index].contains(where: AnswerFollowUp.isNegation)
      } || jobLost.matches(tokens.filter(\.isWord))
    return hurt
      && words.contains { ownWords.contains($0) || AnswerFollowUp.relatives.contains($0) }
  }

  /// The part of an answer that tells a loss or a hurt with someone of theirs in it: the
  /// sentence that tells it, with the one before it when that one names them ("my cousin. he
  /// was killed at a checkpoint"); nil when no one of theirs is named with the hurt.
  static func hurtWithSomeone(in text: String) -> String? {
    let sentences = SentenceSplitter.sentences(
      in: Tokenizer.tokenize(String(text.prefix(AnswerFollowUp.readLimit)))
    ).map { Array($0).joinedText }
    for (index, sentence) in sentences.enumerated()
    where AnswerFollowUp.tellsALoss(sentence) || tellsAHurt(sentence) {
      if AnswerFollowUp.relativeIn(sentence) != nil { return sentence }
      if index > 0, AnswerFollowUp.relativeIn(sentences[index - 1]) != nil {
        return sentences[index - 1] + " " + sentence
      }
    }
    return nil
  }

  /// A job lost (`AnswerCues.jobLost`), unless denied: "i wasn't laid off".
  private static let jobLost = PartnerCueMatcher(AnswerCues.jobLost, deniedBy: .negation)

  /// Words of a hurt done or suffered, besides the losses of `AnswerFollowUp.lossWords` and a
  /// job lost (`jobLost`).
  static let hurtWords: Set<String> = [
    "hurt", "hurts", "hurting", "cried", "crying", "cry", "tears", "humiliated", "betrayed",
    "bullied", "abandoned", "heartbroken", "devastated", "evicted",
    "divorced", "argued", "yelled", "screamed", "shouted", "disowned", "homeless", "ashamed",
    "shaken", "injured", "mugged", "attacked",
  ]

  /// What no question asks for in the turn after a hurt: which reason weighs most, how they
  /// know, how far they trust a source, how typical it is, what would change their mind, the
  /// opposite, another's view.
  static let weighingFamilies: Set<QuestionIntent> = [
    .weight, .trust, .howKnow, .typical, .changeMind, .whySure, .opposite, .otherSide, .experts,
    .mechanism,
  ]

  /// The kinds of a plan's question that weigh the view rather than meet the person.
  static let weighingKinds: Set<QuestionKind> = [.evidence, .viewpoints, .inversion]

  /// Whether a question weighs the view: one of `weighingFamilies` in any wording, or a plan
  /// question of a weighing kind.
  static func weighs(_ text: String, in plan: QuestionPlan?) -> Bool {
    let families = plan?.families(of: text) ?? QuestionIntent.purposes(of: text)
    return !families.isDisjoint(with: weighingFamilies)
      || plan?.holds(text, ofKinds: weighingKinds) == true
  }

  /// A question that stays with what they just told, when nothing else is left to ask in the
  /// turn after a hurt.
  func stayingQuestion(isAsked: (String) -> Bool) -> PlannedQuestion? {
    (Self.stayingWordings + Self.heldWordings).first { !isAsked($0) }.map {
      PlannedQuestion(Question(kind: .meta, text: $0), source: .followUp)
    }
  }
}
