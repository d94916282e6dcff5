/// Questions that lead by their structure, whatever their words: who the clause is about, what
/// it takes for granted, and what it already answers.
///
/// - the listener as subject of a habit said without exception ("Why do you always …", "How
///   come you never …"): a charge, not a question;
/// - a clause of exception after a question word ("Who would …, unless they …"): the asker
///   supplies the only answer;
/// - scare quotes round a word the question uses rather than asks about ("How is that a
///   'job'?"), and a challenge closed by "exactly" ("How is that fair exactly?");
/// - blame for a repeat ("Who left the door open again?");
/// - an either-or whose because-clause asserts that only one can be had ("… or Y, because you
///   can't have both"): the asker's premise, put as a forced choice.
enum LoadedFrameRules {
  /// The fault a question's structure gives it, or nil.
  static func problem(in reading: QuestionReading) -> QuestionProblem? {
    if isForcedChoice(reading) { return .falseChoice }
    if let quoted = scareQuoted(reading) { return .loadedWording(quoted) }
    // "Can you explain why the report was late again?": a request to say why blames as the
    // why-question in it would.
    if case .request(let start, nil) = reading.opener,
      let why = reading.words[start..<reading.core.upperBound].firstIndex(of: "why"),
      isBlameForRepeat(Array(reading.words[why..<reading.core.upperBound]))
    {
      return .complaint("again")
    }
    guard case .questionWord(let index) = reading.opener else { return nil }
    let words = Array(reading.words[index..<reading.core.upperBound])
    if let habit = listenerHabit(words) { return .presumedAct(habit) }
    if isAnsweredByException(words) { return .rhetorical }
    if ["how", "why"].contains(words[0]), words.count > 3, words.last == "exactly" {
      return .disbelief("exactly")
    }
    if isBlameForRepeat(words) { return .complaint("again") }
    return nil
  }

  /// The words that carry a question's presumption, which a rewrite must not keep: the
  /// exception that answers it ("unless they're a glory hunter") and the words in scare quotes.
  static func chargedWords(in reading: QuestionReading) -> Set<String> {
    var charged: Set<String> = []
    let words = reading.words[reading.core]
    if let exception = words.firstIndex(where: exceptions.contains) {
      charged.formUnion(
        words[(exception + 1)...].filter {
          ($0.first?.isLetter ?? false) && !FunctionWords.isFunctionWord($0)
        })
    }
    if let quoted = scareQuoted(reading) {
      charged.formUnion(quoted.lowercased().split(separator: " ").map(String.init))
    }
    return charged
  }

  /// The habit a why-question charges the listener with ("always side"), or nil: "you" is the
  /// subject, right after the auxiliary or "how come", and an adverb allowing no exception
  /// stands before the verb.
  private static func listenerHabit(_ words: [String]) -> String? {
    let subject: Int
    if words[0] == "why", words.count > 3, FunctionWords.auxiliary(words[1]) != nil {
      subject = 2
    } else if words.starts(with: ["how", "come"]) {
      subject = 2
    } else {
      return nil
    }
    guard subject + 2 < words.count, words[subject] == "you" else { return nil }
    // "Why do you always …", "Why have you never …", "How come you're always …".
    var adverb = subject + 1
    let hasAuxiliary = FunctionWords.auxiliary(words[adverb]) != nil
    if hasAuxiliary { adverb += 1 }
    guard adverb + 1 < words.count, exceptionless.contains(words[adverb]) else { return nil }
    // "How come you never changed your mind?" asks about one thing in their past, not a habit.
    let isPastEvent =
      !hasAuxiliary && Lexicon.verbReadings(of: words[adverb + 1]).contains { $0.form == .past }
    guard !isPastEvent else { return nil }
    return words[adverb...(adverb + 1)].joined(separator: " ")
  }

  /// Whether a question-word question adds the exception that answers it: "Who would …
  /// unless they were paid?", "Why buy it except to show off?".
  private static func isAnsweredByException(_ words: [String]) -> Bool {
    guard ["who", "why", "what", "how"].contains(words[0]) else { return false }
    return words.dropFirst(2).contains(where: exceptions.contains)
  }

  /// Whether a who- or why-question blames someone for doing it again: "Who ate my lunch
  /// again?", "Why did you leave the gate open again?", "Why was the rent late again?" (a
  /// failing, whoever's it was).
  private static func isBlameForRepeat(_ words: [String]) -> Bool {
    guard words.contains("again") else { return false }
    switch words[0] {
    case "who": return true
    case "why": return words.prefix(4).contains("you") || words.contains(where: failings.contains)
    default: return false
    }
  }

  /// Words that say something went wrong, which "again" makes a repeat to blame someone for.
  private static let failings: Set<String> = [
    "late", "wrong", "broken", "broke", "missed", "missing", "forgot", "forgotten", "lost",
    "failed", "overdue", "dirty", "messy", "skipped", "crashed", "overdrawn", "unpaid", "behind",
    "cancelled", "canceled", "ruined", "burnt", "burned", "empty", "short",
  ]

  /// The words a question puts in scare quotes ("hobby"), or nil: quoted words that the
  /// question uses, with no word of meaning or saying that would make it ask about them
  /// ("What do you mean by 'fair'?" asks about their word, which is good practice).
  private static func scareQuoted(_ reading: QuestionReading) -> String? {
    let core = reading.core
    guard !core.isEmpty,
      !reading.words[core].contains(where: wordsAboutWords.contains)
    else { return nil }
    var open: Int?
    for index in core where reading.tokens[index].kind == .punctuation {
      guard QuestionFormRules.quotationMarks.contains(reading.tokens[index].text) else { continue }
      guard let start = open else {
        open = index
        continue
      }
      let span = (start + 1)..<index
      if !span.isEmpty, span.count <= scareQuoteLength,
        reading.tokens[span].allSatisfy(\.isWord)
      {
        return reading.tokens[span].joinedText
      }
      open = nil
    }
    return nil
  }

  /// Whether an either-or question closes with a because-clause that denies having both:
  /// "Do you want X or Y, because you can't have both?".
  private static func isForcedChoice(_ reading: QuestionReading) -> Bool {
    guard case .auxiliary = reading.opener else { return false }
    let words = Array(reading.words[reading.core])
    guard let or = words.firstIndex(of: "or"),
      let because = words[or...].firstIndex(where: causal.contains)
    else { return false }
    let premise = words[(because + 1)...]
    return premise.contains(where: { $0 == "both" || $0 == "only" })
      || premise.contains(where: isNegation)
  }

  private static func isNegation(_ word: String) -> Bool {
    FunctionWords.auxiliary(word)?.isNegated == true || negations.contains(word)
  }

  /// Adverbs that allow no exception, said of what the listener does.
  private static let exceptionless: Set<String> = [
    "always", "never", "constantly", "forever", "continually", "perpetually", "invariably",
  ]

  /// Words that open an exception.
  private static let exceptions: Set<String> = ["unless", "except"]

  /// Words that open a clause giving the asker's reason.
  private static let causal: Set<String> = ["because", "cause", "'cause", "cos", "coz", "since"]

  /// Negations written without an apostrophe, or with no auxiliary.
  private static let negations: Set<String> = [
    "not", "no", "never", "cant", "wont", "dont", "cannot", "can't",
  ]

  /// Words that make a question ask about a word rather than use it.
  private static let wordsAboutWords: Set<String> = [
    "mean", "means", "meant", "meaning", "define", "defined", "definition", "say", "said",
    "says", "saying", "call", "called", "calling", "word", "words", "term", "phrase", "label",
    "describe", "described", "quote",
  ]

  /// The most words scare quotes hold: a word or a short phrase.
  private static let scareQuoteLength = 3
}
