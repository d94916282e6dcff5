/// Tells a line that asks nothing apart: a reflection, which gives back what the other person
/// said or meant, or a statement (advice, information, an opinion).
///
/// Each cue found in the line counts once, for a reflection (`ReflectionCues`: "it sounds
/// like", "so you", "you feel") or for a kind of statement (`StatementCues`: "you should",
/// "I think", "research", "thanks for", "let's"); so do a number and a long turn, which
/// inform. The line is a statement when the statement cues weigh more, of the kind whose cues
/// weigh most; otherwise, and when nothing is found ("Quite a change."), a reflection: a short
/// line that tells nothing new most often gives back what was said. When what the other
/// person said is known, a line that neither speaks to them ("you") nor keeps mostly to their
/// words cannot give it back, unless a frame says it does ("That sounds scary"): it is a statement,
/// of the kind its cues say, or else an opinion — an answer when they had just asked a
/// question. Fillers ("you know", "I mean") are left out first: the "you" of "you know" speaks
/// to nobody.
enum UtteranceReader {
  /// What a line that asks nothing is.
  enum Reading: Equatable {
    case reflection
    case statement(StatementKind)
  }

  /// How the line's words read.
  /// - Parameters:
  ///   - words: the words of every sentence, in lowercase, as the tokenizer splits them.
  ///   - after: the words of what the other person last said, or nil when unknown.
  static func reading(of words: [String], after: [String]? = nil) -> Reading {
    let words = FillerRemover.withoutFillers(words)
    if DismissiveRetort.isRetort(words) { return .statement(.dismissal) }
    if ListeningSounds.isOnlySounds(words) { return .statement(.listeningSound) }
    if KeyboardNoise.isNoise(words, heard: after) { return .statement(.noise) }
    if isNumberEcho(words) { return .reflection }
    // "you should ring her", "I'd help": a step put to them, a wish for them or an offer gives
    // nothing back, whatever words of theirs it shares.
    if let kind = ListenerSteer.kind(of: words) {
      return .statement(kind == .opinion ? opinion(after: after) : kind)
    }
    // "You need the van back by Friday." after "I need my van back by Friday": their own
    // words, turned to them, give back what they said, whatever cue of advice they carry.
    if let after, isTheirWordsTurned(words, after: after) || isTheirWordsEchoed(words, after: after)
    {
      return .reflection
    }
    // "bring it, he'd like that" after "I'll bring his ball" backs their plan: no advice.
    if let after, OwnPlanBacking.backs(words, after: after) { return .statement(.affirmation) }
    // "you're not useless, you never were" lifts them against their own word of themselves.
    if SelfLabelDenial.denies(words, after: after) { return .statement(.affirmation) }
    let evidence = Evidence(of: words, heard: after)
    let weights = evidence.stating
    // "so she's finding the commute hard" after "my sister says the flat's too far": their
    // person's lot read back in the third person.
    let readBack = after.flatMap { ThirdPersonReadBack(words, heard: $0) }
    let reflecting = evidence.reflecting + (readBack?.weight ?? 0)
    let stating = weights.values.reduce(0, +)
    // A line that cannot give back what they said is a statement, an opinion unless its cues
    // say which: "Thanks for telling me" recognises them, it argues nothing. A frame that names
    // what they went through ("That must have been rough") gives back without their words.
    let canGiveBack =
      reflecting >= framingWeight || readBack != nil
      || after.map { isGivingBack(words, after: $0) } ?? true
    guard stating > (canGiveBack ? reflecting : 0) else {
      return canGiveBack ? .reflection : .statement(opinion(after: after))
    }
    // Ties go to the kind listed first.
    let kind = StatementKind.allCases.max {
      weights[$0, default: 0] < weights[$1, default: 0]
    }
    guard let kind, kind != .opinion else { return .statement(opinion(after: after)) }
    // "no. i didn't. fair enough": granting a point of the speaker's own doing, or granting it
    // with a "sorry", owns a fault; it declares no view of theirs right.
    if kind == .agreement, OwnedPoint.owns(words, apologises: weights[.warmth, default: 0] > 0) {
      return .statement(.warmth)
    }
    // "fair enough, no rush" after "I'm not selling it, not yet": granting a choice they made
    // about their own life backs it, as a go-ahead for their plan does; no view of theirs is
    // declared right, and asking what they would like to do reopens what they settled.
    if kind == .agreement || kind == .autonomy, let after, OwnDecision.isStated(in: after) {
      return .statement(.affirmation)
    }
    return .statement(kind)
  }

  /// What a line's cues and the shapes of its clauses weigh for a reflection and for each kind
  /// of statement.
  struct Evidence: Equatable {
    /// How much says the line gives back what was said.
    var reflecting = 0
    /// How much says the line states something, by kind.
    var stating: [StatementKind: Int] = [:]

    /// The evidence in words without fillers.
    /// - Parameter heard: what the other person said, whose numbers, said back, inform them of
    ///   nothing ("the dog barks from 6" after "it barks from 6am").
    init(of words: [String], heard: [String]? = nil) {
      for index in statementCues.matches(in: words) {
        let entry = StatementCues.entries[index]
        if let heard, StatementCues.isTheirCounter(entry.cue, in: words, heard: heard) { continue }
        stating[entry.kind, default: 0] += entry.cue.weight
      }
      let signals = UtteranceStructure.signals(in: words)
      // "put twenty quid away every month": a number in a step put to them says what to do.
      let advises = signals.contains { if case .states(.advice, _) = $0 { true } else { false } }
      if !advises, hasInformingNumber(words, heard: heard ?? []) {
        stating[.information, default: 0] += numberWeight
      }
      if words.count > longTurn { stating[.information, default: 0] += 1 }
      if let act = SpeakerActs.reportedAct(in: words) {
        stating[act, default: 0] += SpeakerActs.weight
      }
      reflecting = reflectionCues.matches(in: words).reduce(0) {
        $0 + ReflectionCues.entries[$1].weight
      }
      if ReflectionReframe.reframes(words) { reflecting += ReflectionReframe.weight }
      if EmpathicGuess.guesses(words) || TentativeFeeling.guesses(words) {
        reflecting += EmpathicGuess.weight
      }
      if Likeness.offered(in: words, heard: heard) { reflecting += Likeness.weight }
      for signal in signals {
        switch signal {
        case .givesBack(let weight): reflecting += weight
        case .states(let kind, let weight): stating[kind, default: 0] += weight
        }
      }
      // "So the band doesn't meet on Thursdays anymore." gives back the day it names.
      if !advises, reflecting == 0, hasInformingDay(words, heard: heard ?? []) {
        stating[.information, default: 0] += numberWeight
      }
    }
  }

  /// Whether a number informs ("four drinks a day", "forty quid a month", "in 2020"), rather
  /// than dates or ages something in the person's story ("thirty years ago", "she's 15 years old") or stands in a
  /// transcript's note in square brackets ("[inaudible 00:04:10]"), which nobody said.
  /// A number they said themselves ("6" after "6am") is theirs, given back.
  private static func hasInformingNumber(_ words: [String], heard: [String]) -> Bool {
    let theirNumbers = Set(heard.compactMap(leadingDigits))
    var isInNote = false
    for (index, word) in words.enumerated() {
      if word == "[" || word == "]" { isInNote = word == "[" }
      // "forty quid a month": a sum in words informs as one in digits does; "after three
      // months" counts time in their story.
      if !isInNote, isSumInWords(at: index, in: words, heard: heard) { return true }
      guard !isInNote, let digits = leadingDigits(of: word), !theirNumbers.contains(digits)
      else { continue }
      let after = words[(index + 1)...].prefix(2)
      let isStoryTime =
        after.count == 2 && timeUnits.contains(after.first!) && storyTimes.contains(after.last!)
      if !isStoryTime { return true }
    }
    return false
  }

  /// Whether a line that says nothing to "you" names a day or a month the other person did not
  /// say ("The bin lorry only comes on Thursdays now."): a time in the calendar, told, informs
  /// as a number does.
  private static func hasInformingDay(_ words: [String], heard: [String]) -> Bool {
    !words.contains(where: secondPerson.contains)
      && words.contains { calendarWords.contains($0) && !heard.contains($0) }
  }

  /// Days, days said as a habit, and months.
  private static let calendarWords = TimeWords.weekdays.union(TimeWords.weekdayHabits)
    .union(TimeWords.monthsButMay)

  /// Whether a number word and a word for money or a share stand at an index ("forty quid",
  /// "two grand", "ten percent") that the other person did not say.
  private static func isSumInWords(at index: Int, in words: [String], heard: [String]) -> Bool {
    guard AmountCorrection.numberWords.contains(words[index]), index + 1 < words.count,
      ClauseCarrying.figureWords.contains(words[index + 1])
    else { return false }
    return !heard.contains(words[index])
  }

  /// The digits a word opens with ("6" of "6am", "200" of "200"), or nil when it opens with
  /// none.
  private static func leadingDigits(of word: String) -> Substring? {
    let digits = word.prefix(while: \.isNumber)
    return digits.isEmpty ? nil : digits
  }

  /// Whether a short line is a count and its unit with no verb ("Twenty a day.", "About forty
  /// quid a week."): it echoes a number they gave, it tells them nothing.
  private static func isNumberEcho(_ words: [String]) -> Bool {
    let said = words.filter { $0.first?.isLetter == true || $0.first?.isNumber == true }
    guard let first = said.first, said.count <= echoLength,
      isCount(first) || approximators.contains(first), said.contains(where: isCount)
    else { return false }
    return said.allSatisfy { word in
      isCount(word) || approximators.contains(word) || unitJoiners.contains(word)
        || (Lexicon.classes(of: word).contains(.noun) && !FunctionWords.isFunctionWord(word))
    }
  }

  /// Whether a word is a number, in digits or in words.
  private static func isCount(_ word: String) -> Bool {
    word.first?.isNumber == true || Quantifiers.numberWords.contains(word)
  }

  /// Words before a count that make it rough: "about twenty".
  private static let approximators: Set<String> = [
    "about", "around", "maybe", "nearly", "almost", "roughly", "over", "under", "only", "just",
  ]
  /// Words that join a count to its unit: "a day", "per week", "or so".
  private static let unitJoiners: Set<String> = [
    "a", "an", "per", "or", "so", "to", "and", "every", "each", "times", "the",
  ]
  /// How many words a count and its unit take at most.
  private static let echoLength = 6

  /// Units a number of which dates or ages something: "years ago", "months old".
  private static let timeUnits: Set<String> = [
    "year", "years", "month", "months", "week", "weeks", "day", "days", "hours",
  ]
  /// Words after a number and its unit that date or age something.
  private static let storyTimes: Set<String> = ["ago", "old", "later", "back", "earlier"]

  /// The speaker's view: an answer when the other person has just asked them something ("What
  /// do you think?"), an opinion offered unasked otherwise.
  /// Chat leaves the question mark out ("go on then, what do YOU think"): a last clause that
  /// opens with a question word or an auxiliary and speaks to the listener asks all the same.
  private static func opinion(after: [String]?) -> StatementKind {
    guard let after else { return .opinion }
    if after.last(where: { $0.first?.isLetter == true || $0 == "?" }) == "?" { return .answer }
    let lastSentence = after.split(whereSeparator: clauseEnds.contains).last ?? []
    let said = lastSentence.filter { $0.first?.isLetter == true }
      .drop { Fillers.roles[$0] != nil || laughs.contains($0) }
    // "i feel like you think i'm being dramatic": what they take the listener to think of
    // them asks for an answer as a question does.
    if readsListenersMind(after) { return .answer }
    guard let first = said.first,
      FunctionWords.questionWords.contains(first) || FunctionWords.auxiliary(first) != nil
    else { return .opinion }
    return said.contains(where: secondPerson.contains) ? .answer : .opinion
  }

  /// Whether words say what the listener thinks or feels of the speaker: "you think I'm
  /// being dramatic", "you don't care", "you blame me".
  private static func readsListenersMind(_ words: [String]) -> Bool {
    words.indices.contains { index in
      words[index] == "you"
        && words[(index + 1)..<min(words.count, index + 4)].contains(where: listenersViews.contains)
    }
  }

  /// Verbs of the listener's view of the speaker: "think", "blame", "care".
  private static let listenersViews: Set<String> = [
    "think", "reckon", "believe", "blame", "judge", "hate", "care", "mind",
  ]

  /// Marks that end a sentence or a clause: "go on then, what do you think".
  private static let clauseEnds: Set<String> = [".", "!", "?", ",", ";"]
  /// Laughter before what is said: "haha", "lol".
  static let laughs: Set<String> = ["haha", "hahaha", "ha", "hah", "lol", "lmao", "hehe", "heh"]

  /// Whether a line speaks to the other person, names a feeling for them ("it's all gone tight"), or
  /// keeps to what they said: at least half its content words are theirs ("The whole plant,
  /// gone."). A line about the matter in words of
  /// the speaker's own ("And he signed the tax cut anyway.") brings something of theirs back
  /// only to argue with it.
  private static func isGivingBack(_ words: [String], after: [String]) -> Bool {
    if words.contains(where: secondPerson.contains) { return true }
    // "still too upsetting to clear his room": a feeling named for them, in no words of the
    // speaker's own, gives back what their words carry.
    if NamedFeeling.isNamed(in: words) { return true }
    let theirs = Set(after.filter(isContentWord))
    let content = words.filter(isContentWord)
    let kept = content.filter(theirs.contains).count
    return kept > 0 && kept * 2 >= content.count
  }

  /// Whether a line says to the listener what they said of themselves: it speaks to them
  /// ("you"), they spoke of themselves ("I", "my"), and every word of content in it is theirs.
  private static func isTheirWordsTurned(_ words: [String], after: [String]) -> Bool {
    guard words.contains(where: secondPerson.contains),
      after.contains(where: firstPerson.contains)
    else { return false }
    let theirs = Set(after.filter(isContentWord).map(TopicWords.lemma))
    let content = words.filter(isContentWord).map(TopicWords.lemma)
    return content.count >= minimumTurnedWords && content.allSatisfy(theirs.contains)
  }

  /// Whether a line is a stretch of their own words given back, with none of the speaker's:
  /// "forty buttons just to boil an egg" after "the new cooker's got about forty buttons and I
  /// just want to boil an egg". It says nothing new, so it tells them nothing. Their words
  /// turned round are not theirs: a denial they did not make ("the kids don't spend …" after
  /// "the kids spend …") or their words out of the order they said them ("kids time phones").
  private static func isTheirWordsEchoed(_ words: [String], after: [String]) -> Bool {
    let theirs = after.filter(isContentWord).map(TopicWords.lemma)
    let content = words.filter(isContentWord).map(TopicWords.lemma)
    guard content.count >= minimumEchoedWords,
      !words.contains(where: denies) || after.contains(where: denies)
    else { return false }
    var rest = theirs[...]
    return content.allSatisfy { word in
      guard let found = rest.firstIndex(of: word) else { return false }
      rest = rest[(found + 1)...]
      return true
    }
  }

  /// Whether a word denies: "not", "never", "dont", "isn't".
  private static func denies(_ word: String) -> Bool {
    FunctionWords.negators.contains(word) || FunctionWords.auxiliary(word)?.isNegated == true
  }

  /// The fewest words of content that make a line an echo of theirs: "the bus" is too few.
  private static let minimumEchoedWords = 3

  private static let firstPerson: Set<String> = ["i", "me", "my", "mine", "myself"]
  /// The fewest words of content that make a line their words turned: "you need it" is too few.
  private static let minimumTurnedWords = 2

  /// Whether a word carries content: letters, and not a function word.
  private static func isContentWord(_ word: String) -> Bool {
    word.first?.isLetter == true && !FunctionWords.isFunctionWord(word)
  }

  private static let secondPerson: Set<String> = ["you", "your", "yours", "yourself"]

  /// How much reflection cues must weigh to give back without a word of theirs: a frame such as
  /// "that sounds" or "it sounds like".
  private static let framingWeight = 4
  /// How much a number counts for information: "four drinks a day", "in 2020".
  private static let numberWeight = 2
  /// How many words make a turn long: reflections are mostly shorter.
  private static let longTurn = 30

  private static let statementCues = UtteranceCues(StatementCues.entries.map(\.cue))
  private static let reflectionCues = UtteranceCues(ReflectionCues.entries)
}
