/// Finds what keeps a question from being open: first what makes it leading, then, only when
/// nothing does, what makes it closed.
///
/// Leading:
/// - a negative question: a negated auxiliary first ("Don't you think …", "Isn't it …") or
///   "not" right after the subject ("Is it not true that …");
/// - a tag that asks for agreement ("…, right?", "…, don't you?", "Agreed?");
/// - an opener that presumes the answer ("Surely …", "Obviously …", "Of course …", "Is it just
///   me, or …");
/// - a statement with a question mark ("Crypto is a scam?");
/// - insulting or loaded words anywhere ("stupid", "idiots", "ridiculous", "on earth"), and
///   people judged "so" something ("Why are crypto people so arrogant?");
/// - a rhetorical question: "How can anyone …", "Why would anybody …", "Why would a smart
///   person …", "Who would ever …", "Who in their right mind …", "What kind of person would …",
///   "How can you (possibly) believe …", "How could any teacher …", "How is it fair that …",
///   "Who cares …", "So what?";
/// - a why-question that takes "never" or "always" for granted about others ("Why do
///   politicians never keep their promises?", "Why is it always the Greens who …");
/// - disbelief right after the subject of a yes/no question or statement ("Do you really
///   think …", "You seriously believe …") or of a question-word question ("What does that even
///   mean?"), or alone ("Really?").
///
/// Closed:
/// - a yes/no question, opening with an auxiliary or modal that is not a request to talk
///   ("Can you tell me more …" is open), or a request that asks only whether ("Can you tell me
///   whether …", "I wonder if …"); with "or" it is an either-or question, as is "Who would you
///   trust more, A or B?";
/// - a question word that asks for a single fact: a quantity ("How many", "How much" with a
///   noun, a verb of paying or a verb with no object, "How old", "How often", "How long"), a point on a scale ("How important", "How confident"), a
///   measure or a name ("What year", "What is the capital", "What gym", "What was his
///   name"; `SingleFactCues`), who someone is ("Who's Donna?"), when ("When did you start?",
///   not "When was a time …"), where (a place or a point on a scale, not where something
///   comes from or leads), "How about …" with no verb, or who or which about the past when
///   the person is not asked about themselves ("When did Bitcoin launch?", but "When did you
///   change your mind?" is open); also "Who?", "When?", "Where?" or "Which?" alone;
/// - "What?", "Huh?" or "Sorry?" alone, which ask for a repeat;
/// - a fragment with no verb ("Crypto?").
enum QuestionFormRules {
  /// The problems of a question, leading ones first; empty for an open question.
  /// - Parameter lookingUpNames: whether to look nouns up in the lexicon for names people are
  ///   called (`nameCallingNoun`); a rewrite of a question that calls nobody names cannot.
  static func problems(in reading: QuestionReading, lookingUpNames: Bool = true)
    -> [QuestionProblem]
  {
    if isRepeatRequest(reading) {
      return [.repeatRequest(reading.tokens.joinedText + (reading.hasQuestionMark ? "?" : ""))]
    }
    let leading = leadingProblems(in: reading, lookingUpNames: lookingUpNames)
    guard leading.isEmpty else { return leading }
    return closedProblems(in: reading)
  }

  // MARK: - Leading

  private static func leadingProblems(in reading: QuestionReading, lookingUpNames: Bool)
    -> [QuestionProblem]
  {
    var problems: [QuestionProblem] = []
    if reading.tag != nil { problems.append(.tagQuestion) }
    switch reading.opener {
    case .auxiliary(let index):
      if isNegative(reading, auxiliaryAt: index) { problems.append(.negativeQuestion) }
      if let word = disbeliefWord(reading, from: index + 1) { problems.append(.disbelief(word)) }
    case .presumption(let index, let length):
      let words = reading.tokens[index..<(index + length)].joinedText
      problems.append(.presumingOpener(words))
    case .statement(let index, _):
      if reading.tag == nil, reading.hasQuestionMark {
        problems.append(
          PresumptionRules.saysWhatTheyThink(reading, at: index)
            ? .wordsInTheirMouth : .statementWithQuestionMark)
      }
      if let word = disbeliefWord(reading, from: index) { problems.append(.disbelief(word)) }
    case .questionWord(let index):
      if isRhetorical(reading, questionWordAt: index) {
        problems.append(.rhetorical)
      } else if let word = disbeliefInQuestion(reading, questionWordAt: index) {
        problems.append(.disbelief(word))
      } else if let sweeping = sweepingWord(in: reading, questionWordAt: index) {
        problems.append(.sweepingPresumption(reading.tokens[sweeping].text))
      }
    case .fragment(let index):
      if reading.core.count == 1, reading.isWord(index, .incredulity) {
        problems.append(.disbelief(reading.tokens[index].text))
      } else if isDismissal(reading) {
        problems.append(.rhetorical)
      }
    case .request, .none:
      break
    }
    // Most questions hold no judging word at all: quotations are looked for only when one does.
    let judging: CritiqueWordClasses = [.insulting, .loaded]
    let hasJudgingWord = reading.classes.contains { !$0.isDisjoint(with: judging) }
    let quoted = hasJudgingWord ? quotedWords(in: reading) : []
    if hasJudgingWord,
      let insult = reading.classes.indices.first(where: {
        reading.classes[$0].contains(.insulting) && !quoted.contains($0)
      })
    {
      problems.append(.insultingWord(reading.tokens[insult].text))
    } else if lookingUpNames, let noun = nameCallingNoun(in: reading),
      !quotedWords(in: reading).contains(noun)
    {
      problems.append(.insultingWord(reading.tokens[noun].text))
    }
    if problems.isEmpty, let match = PresumptionRules.firstMatch(in: reading) {
      problems.append(PresumptionRules.problem(match, in: reading))
    }
    if let loaded = loadedWording(in: reading, quoted: quoted) {
      problems.append(.loadedWording(loaded))
    } else if !problems.contains(where: { if case .insultingWord = $0 { true } else { false } }),
      let judged = judgedPersonAdjective(in: reading)
    {
      problems.append(.loadedWording(reading.tokens[(judged - 1)...judged].joinedText))
    }
    return problems
  }

  /// The index of a noun that calls people names though no list holds it: a noun for a bad,
  /// foolish or unpleasant person after a determiner ("that crook", "such a hypocrite", "Is he
  /// a liar?"), or an animal noun said of people at the end of a question about what they are
  /// ("Are landlords parasites?", "Why are bankers such leeches?"). Literal questions stay
  /// questions: "Is that a bear?" asks about a thing, "Are whales fish?" about animals.
  static func nameCallingNoun(in reading: QuestionReading) -> Int? {
    let words = reading.words
    let core = reading.core
    let last = core.last(where: { reading.tokens[$0].kind == .word })
    var lastSeen: WordClasses?
    for index in core.dropFirst() where reading.classes[index - 1].contains(.nameCallingDeterminer)
    {
      guard reading.tokens[index].kind == .word, !FunctionWords.isFunctionWord(words[index])
      else { continue }
      let classes = nounClasses(words[index])
      if classes.contains(.callsNames) { return index }
      if index == last { lastSeen = classes }
    }
    // What people are said to be: "Are landlords parasites?", "Why is he such a rat?".
    var be = core.lowerBound
    if be < core.upperBound, words[be] == "why" { be += 1 }
    guard be + 2 < core.upperBound, FunctionWords.auxiliary(words[be])?.kind == .be,
      let last, last > be + 1
    else { return nil }
    let lastClasses = lastSeen ?? nounClasses(words[last])
    guard !lastClasses.isDisjoint(with: [.callsNames, .animal]) else { return nil }
    if lastClasses.contains(.callsNames) { return last }
    let subject = ((be + 1)..<last).filter {
      !reading.classes[$0].contains(.nameCallingDeterminer)
    }.map { words[$0] }
    let isPeople = subject.contains { word in
      ["he", "she", "they", "you", "we"].contains(word)
        || !CritiqueWordClasses.of(word).isDisjoint(with: [.group, .personNoun])
        || Lexicon.number(ofNoun: word) == .plural
    }
    return isPeople && !subject.contains { nounClasses($0).contains(.someAnimal) } ? last : nil
  }

  /// The lexicon's classes of a noun, read from its singular when it is a plural the lexicon
  /// marks nothing for: one lookup for most words.
  private static func nounClasses(_ word: String) -> WordClasses {
    let classes = Lexicon.classes(of: word)
    guard word.hasSuffix("s"), classes.isDisjoint(with: [.callsNames, .animal, .someAnimal]),
      let singular = Lexicon.singular(of: word)
    else { return classes }
    return Lexicon.classes(of: singular)
  }

  /// Words before a noun that name what someone is: "a", "that", "such", "utter" …
  static let nameCallingDeterminers: Set<String> = [
    "a", "an", "that", "those", "these", "this", "such", "total", "complete", "utter",
    "absolute", "real", "bunch", "of",
  ]

  /// The index of the adjective in "Why are crypto people so arrogant?", "How is he so
  /// lazy?", "Why are you so obsessed with crypto?": a question about why people are "so"
  /// something judges them before asking. Only people (a group, a pronoun; "you" when it is
  /// about something) and plain adjectives: "Why are prices so high?" and "Why are you so
  /// sure?" ask, they do not judge.
  static func judgedPersonAdjective(in reading: QuestionReading) -> Int? {
    guard case .questionWord(let index) = reading.opener,
      ["why", "how"].contains(reading.words[index]), index + 3 < reading.core.upperBound,
      FunctionWords.auxiliary(reading.words[index + 1])?.kind == .be
    else { return nil }
    let end = min(reading.core.upperBound, index + 7)
    guard let so = ((index + 3)..<end).first(where: { reading.words[$0] == "so" }),
      so + 1 < reading.core.upperBound
    else { return nil }
    let subject = (index + 2)..<so
    let adjective = reading.words[so + 1]
    // "Why are you so obsessed with crypto?" judges the person too; "Why are you so sure?"
    // asks for reasons.
    if subject.count == 1, reading.words[subject.lowerBound] == "you" {
      let hasTopic =
        so + 3 < reading.core.upperBound
        && ["about", "with", "on", "over", "towards", "toward"].contains(reading.words[so + 2])
      return hasTopic && Lexicon.classes(of: adjective).contains(.adjective) ? so + 1 : nil
    }
    let isPeople = subject.contains {
      ["they", "he", "she"].contains(reading.words[$0])
        || reading.isWord($0, [.group, .personNoun])
    }
    guard isPeople, Lexicon.classes(of: adjective).contains(.adjective),
      Lexicon.verbReadings(of: adjective).isEmpty
    else { return nil }
    return so + 1
  }

  /// The indices of the words the question quotes rather than uses: those in quotation marks
  /// ("What do you mean by \"stupid\"?") and those after a verb of saying whose subject is the
  /// person ("What do you mean when you say they are idiots?"). They are the person's words, and
  /// asking about them is good practice.
  static func quotedWords(in reading: QuestionReading) -> Set<Int> {
    var quoted: Set<Int> = []
    var isInQuotes = false
    for (index, token) in reading.tokens.enumerated() {
      if token.kind == .punctuation, quotationMarks.contains(token.text) {
        isInQuotes.toggle()
      } else if isInQuotes {
        quoted.insert(index)
      }
    }
    let words = reading.words
    if let saying = words.indices.first(where: { index in
      sayingVerbs.contains(words[index])
        && words[max(0, index - 3)..<index].contains("you")
    }) {
      quoted.formUnion((saying + 1)..<words.count)
    }
    return quoted
  }

  private static let quotationMarks: Set<String> = [
    "\"", "\u{201C}", "\u{201D}", "'", "\u{2018}", "\u{2019}",
  ]

  private static let sayingVerbs: Set<String> = [
    "say", "said", "says", "call", "called", "mean", "meant", "describe", "described", "label",
    "labelled", "labeled",
  ]

  /// A negated auxiliary first, or "not" after the subject and before any verb.
  static func isNegative(_ reading: QuestionReading, auxiliaryAt index: Int) -> Bool {
    if FunctionWords.auxiliary(reading.words[index])?.isNegated == true { return true }
    let window = (index + 1)..<min(index + 5, reading.core.upperBound)
    guard let not = window.first(where: { reading.words[$0] == "not" }) else { return false }
    // "Is not …?": "not" right after the auxiliary negates it, with no subject between.
    return not < index + 2 || !hasVerb(reading, in: (index + 2)..<not)
  }

  /// A word of disbelief among the first words after the subject: "Do you really think",
  /// "You seriously believe", "Can AI really think".
  private static func disbeliefWord(_ reading: QuestionReading, from start: Int) -> String? {
    let window = (start + 1)..<min(start + 4, reading.core.upperBound)
    guard let index = window.first(where: { reading.isWord($0, .incredulity) }),
      !hasVerb(reading, in: (start + 1)..<index)
    else { return nil }
    return reading.tokens[index].text
  }

  /// Whether an auxiliary or a verb stands in a range of the reading's words ("be" included:
  /// "Can robots ever be truly creative" has "truly" after its verb).
  private static func hasVerb(_ reading: QuestionReading, in range: Range<Int>) -> Bool {
    range.contains {
      let word = reading.words[$0]
      return FunctionWords.auxiliary(word) != nil || ["be", "been", "being"].contains(word)
        || isVerbForm(word)
    }
  }

  /// "even" after the subject of a question-word question: "What does that even mean?",
  /// "Why do you even care?".
  private static func disbeliefInQuestion(
    _ reading: QuestionReading, questionWordAt index: Int
  ) -> String? {
    let end = min(index + 5, reading.core.upperBound)
    guard index + 2 < end, FunctionWords.auxiliary(reading.words[index + 1]) != nil else {
      return nil
    }
    for position in (index + 2)..<end where reading.words[position] == "even" {
      return reading.tokens[position].text
    }
    return nil
  }

  private static func isRhetorical(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    let words = reading.words
    let end = reading.core.upperBound
    // "Why on earth would anyone …": the exasperation does not change the question's shape.
    let skipped =
      CritiqueVocabulary.exasperations.first { words[(index + 1)...].starts(with: $0) }?.count ?? 0
    func word(_ offset: Int) -> String? {
      let position = offset == 0 ? index : index + skipped + offset
      return position < end ? words[position] : nil
    }
    let questionWord = words[index]
    if hasRightMind(reading) { return true }
    if asksHowItIsJust(reading, questionWordAt: index) { return true }
    if questionWord == "who", let next = word(1) {
      if next == "cares" { return true }
      if FunctionWords.auxiliary(next)?.kind == .modal, let after = word(2),
        ["ever", "possibly", "seriously", "honestly", "really", "even"].contains(after)
      {
        return true
      }
    }
    if questionWord == "how", word(1) == "dare" { return true }
    if questionWord == "what", let next = word(1), ["kind", "sort", "type"].contains(next),
      word(2) == "of", index + 3 < end, reading.isWord(index + 3, [.personNoun, .insultingNoun])
    {
      return true
    }
    guard let auxiliary = word(1), FunctionWords.auxiliary(auxiliary) != nil,
      let subject = word(2)
    else { return false }
    if ["how", "why", "what", "who"].contains(questionWord) {
      if reading.isWord(index + skipped + 2, .universalSubject) { return true }
      if subject == "any", index + skipped + 3 < end,
        reading.isWord(index + skipped + 3, .personNoun)
      {
        return true
      }
      // "How could any teacher allow phones?", "Why would any government do that?": whoever it
      // is, none could, it says. ("How would any company handle it?" can ask.)
      let isDoubtingModal =
        ["can", "could"].contains(auxiliary) || (questionWord == "why" && auxiliary == "would")
      if subject == "any", isDoubtingModal, ["how", "why"].contains(questionWord),
        let noun = word(3), !FunctionWords.isFunctionWord(noun),
        Lexicon.classes(of: noun).contains(.noun)
      {
        return true
      }
      // "Why would a smart person buy that?": only a fool would, it says.
      if ["a", "an"].contains(subject), let judged = word(3),
        CritiqueVocabulary.soundMindAdjectives.contains(judged)
      {
        return true
      }
    }
    if questionWord == "how", subject == "you", ["can", "could"].contains(auxiliary),
      let verb = word(3)
    {
      if CritiqueVocabulary.disbeliefVerbs.contains(verb) { return true }
      if verb == "be", word(4) == "so" { return true }
    }
    return false
  }

  /// "How is it fair that nurses earn less than footballers?", "How is it right to …?": asking
  /// how something can be just takes for granted that it is not.
  static func asksHowItIsJust(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    let words = reading.words
    guard words[index] == "how", index + 4 < reading.core.upperBound,
      ["is", "was", "'s"].contains(words[index + 1]), words[index + 2] == "it"
    else { return false }
    return CritiqueVocabulary.justnessWords.contains(words[index + 3])
      && ["that", "to"].contains(words[index + 4])
  }

  /// The index of "never" or "always" in a why-question about what someone does: "Why do
  /// politicians never keep their promises?", "Why is it that banks always win?". The question
  /// asks for reasons for a sweeping claim the person has not made. Not with a modal nor about
  /// the person: "Why would you never vote?", "How come you never changed your mind?" ask
  /// about their own choices.
  static func sweepingWord(in reading: QuestionReading, questionWordAt index: Int) -> Int? {
    let words = reading.words
    let end = reading.core.upperBound
    let isWhy =
      words[index] == "why"
      || (words[index] == "how" && index + 1 < end && words[index + 1] == "come")
    // "Why would you never vote?" asks about a choice the person may well have stated.
    guard isWhy,
      !words[(index + 1)..<end].contains(where: {
        FunctionWords.auxiliary($0)?.kind == .modal || $0 == "you"
      })
    else { return nil }
    if let cleft = cleftSweepingWord(words, questionWordAt: index, end: end) { return cleft }
    return ((index + 1)..<min(end, index + 8)).first { position in
      ["never", "always"].contains(words[position]) && position + 1 < end
        && (QuestionReading.isBaseVerb(words[position + 1]) || isVerbForm(words[position + 1]))
    }
  }

  /// The index of "always" or "never" in "Why is it always the Greens who block housing?": a
  /// cleft that singles out who does it, every time.
  static func cleftSweepingWord(_ words: [String], questionWordAt index: Int, end: Int) -> Int? {
    guard index + 5 < end, ["is", "was", "'s"].contains(words[index + 1]),
      words[index + 2] == "it", ["always", "never"].contains(words[index + 3]),
      words[(index + 5)..<min(end, index + 9)].contains(where: { ["who", "that"].contains($0) })
    else { return nil }
    return index + 3
  }

  /// "in their right mind", anywhere.
  static func hasRightMind(_ reading: QuestionReading) -> Bool {
    let words = reading.words
    guard words.count > 1 else { return false }
    for index in 1..<words.count where words[index] == "mind" && words[index - 1] == "right" {
      return true
    }
    return false
  }

  /// "So what?" alone.
  private static func isDismissal(_ reading: QuestionReading) -> Bool {
    reading.coreWords.elementsEqual(["so", "what"])
  }

  /// Loaded words anywhere, or exasperation after a question word ("on earth", "the hell").
  private static func loadedWording(in reading: QuestionReading, quoted: Set<Int>) -> String? {
    let words = reading.words
    for (index, word) in words.enumerated() where !quoted.contains(index) {
      if reading.isWord(index, .loaded) { return reading.tokens[index].text }
      if word == "come", index + 1 < words.count, words[index + 1] == "on",
        index + 2 == words.count || reading.tokens[index + 2].text == ","
      {
        return reading.tokens[index...(index + 1)].joinedText
      }
      if index > 0, reading.isWord(index - 1, .questionWord),
        let phrase = CritiqueVocabulary.exasperations.first(where: {
          words[index...].starts(with: $0)
        })
      {
        return reading.tokens[index..<(index + phrase.count)].joinedText
      }
    }
    return nil
  }

  // MARK: - Closed

  private static func closedProblems(in reading: QuestionReading) -> [QuestionProblem] {
    switch reading.opener {
    case .auxiliary:
      return [isEitherOr(reading) ? .eitherOr : .yesNo]
    case .request(_, let embedded):
      return embedded == nil ? [] : [.yesNo]
    case .questionWord(let index):
      if isChoiceBetween(reading, questionWordAt: index) { return [.eitherOr] }
      return isSingleFact(reading, questionWordAt: index) ? [.singleFact] : []
    case .fragment:
      let words = Array(reading.coreWords)
      let invites = SingleFactCues.invitingFragments.contains { words.starts(with: $0) }
      return invites ? [] : [.fragment]
    case .presumption, .statement, .none:
      return []
    }
  }

  /// "What?", "Huh?", "Sorry?", "Come again?" alone.
  static func isRepeatRequest(_ reading: QuestionReading) -> Bool {
    let words = reading.words
    return !words.isEmpty && words.count <= 3
      && reading.classes.allSatisfy { $0.contains(.repeatRequest) }
      && words.contains { ["what", "huh", "eh", "pardon", "sorry", "again"].contains($0) }
  }

  /// "or" between alternatives, not "or not" at the end.
  private static func isEitherOr(_ reading: QuestionReading) -> Bool {
    let words = reading.coreWords
    guard let or = words.firstIndex(of: "or") else { return false }
    return or + 1 < words.endIndex && words[or + 1] != "not"
  }

  /// "Who would you trust more, a scientist or a politician?": "who" or "which" with the
  /// choices listed after a comma.
  static func isChoiceBetween(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    guard ["who", "which", "whom"].contains(reading.words[index]),
      let comma = reading.core.last(where: { reading.tokens[$0].text == "," }), comma > index
    else { return false }
    return reading.words[(comma + 1)..<reading.core.upperBound].contains("or")
  }

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
    // A number, a length of time, a point on a scale, a date or a place is asked for whatever
    // follows: "How long have you had the idea that this is what you want?".
    if questionWord == "how",
      ["many", "often", "old", "long"].contains(next) || SingleFactCues.scaleWords.contains(next)
    {
      return true
    }
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
      if CritiqueVocabulary.factNouns.contains(next) { return true }
      if SingleFactCues.namedThings.contains(next) { return true }
      // "What's the longest you've gone?", "What do you think is the most you've had?".
      let think = next == "do" && word(2) == "you" && word(3) == "think" ? 3 : 0
      if let be = word(think + 1), ["is", "'s", "was"].contains(be), word(think + 2) == "the",
        let amount = word(think + 3), SingleFactCues.amountSuperlatives.contains(amount)
      {
        return true
      }
      // "What was your partner's name?", "What part of town are you from?", "What does she
      // do?" (for a living).
      if let last = word(end - index - 1) {
        if last == "from" { return true }
        let isBe = ["is", "'s", "was", "are", "were"].contains(next)
        if isBe, CritiqueVocabulary.factNouns.contains(last) || last == "name" { return true }
        if ["do", "does"].contains(next), last == "do", end - index <= 5 { return true }
      }
      if ["is", "'s", "was", "are", "were"].contains(next), word(2) == "the",
        let noun = word(3), CritiqueVocabulary.factNouns.contains(noun)
      {
        return true
      }
      return questionWord == "which" && !asksAboutPerson && isAboutThePast(reading, after: index)
    case "who":
      // "Who's Donna?", "Who's sitting with you?": a name.
      if ["is", "are", "was", "were", "'s", "'re"].contains(next) { return true }
      if asksAboutPerson { return false }
      return isAboutThePast(reading, after: index)
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

  /// Whether a word is a verb form other than a bare noun: "think", "thinks", "thought".
  static func isVerbForm(_ word: String) -> Bool {
    guard !FunctionWords.isFunctionWord(word) else { return false }
    let readings = Lexicon.verbReadings(of: word)
    guard !readings.isEmpty else { return false }
    let classes = Lexicon.classes(of: word)
    return !classes.contains(.noun) || CritiqueVocabulary.opinionVerbs[word] != nil
  }
}
