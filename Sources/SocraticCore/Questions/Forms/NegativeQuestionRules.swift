// Negative questions and words of disbelief: "Don't you think …", "Do you really think …".
extension QuestionFormRules {
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
  /// "Are you ever going to actually …", "Will you ever actually …": the word may stand after
  /// a future ("going to", "gonna") and "ever", before the act it doubts.
  static func disbeliefWord(_ reading: QuestionReading, from start: Int) -> String? {
    let end = reading.core.upperBound
    let future = futureChain(reading, from: min(start + 2, end))
    let window = (start + 1)..<min(start + 4 + future.count, end)
    guard
      let index = window.first(where: { !future.contains($0) && reading.isWord($0, .incredulity) }),
      !hasVerb(reading, in: (start + 1)..<index, skipping: future)
    else { return nil }
    return reading.tokens[index].text
  }

  /// The words of a future or of "ever" after the subject ("ever going to", "gonna"), which
  /// put off the act without being it; empty when none stand there.
  private static func futureChain(_ reading: QuestionReading, from start: Int) -> Range<Int> {
    let end = reading.core.upperBound
    var position = start
    while position < end {
      if let chain = futureWords.first(where: {
        reading.words[position..<end].starts(with: $0)
      }) {
        position += chain.count
      } else {
        break
      }
    }
    return start..<position
  }

  /// Words of a future, or "ever", between the subject and the act.
  private static let futureWords: [[String]] = [
    ["ever"], ["going", "to"], ["gonna"], ["planning", "to"], ["about", "to"],
  ]

  /// Whether an auxiliary or a verb stands in a range of the reading's words ("be" included:
  /// "Can robots ever be truly creative" has "truly" after its verb).
  private static func hasVerb(
    _ reading: QuestionReading, in range: Range<Int>, skipping skipped: Range<Int> = 0..<0
  ) -> Bool {
    range.contains {
      guard !skipped.contains($0) else { return false }
      let word = reading.words[$0]
      return FunctionWords.auxiliary(word) != nil || ["be", "been", "being"].contains(word)
        || isVerbForm(word)
    }
  }

  /// "even" after the subject of a question-word question ("What does that even mean?", "Why do
  /// you even care?"), or "still" after a modal of what can be in a how-, why- or who-question
  /// ("How can you still back him?", "Who would still vote for that?"): the asker cannot
  /// believe it. Asking what, "still" asks what is left ("What would you still like to tell
  /// her?", "What could we still do?").
  static func disbeliefInQuestion(
    _ reading: QuestionReading, questionWordAt index: Int
  ) -> String? {
    if let actually = accusingActually(reading, questionWordAt: index) {
      return reading.tokens[actually].text
    }
    if let doubt = doubtOfSomeoneElse(reading, questionWordAt: index) {
      return reading.tokens[doubt].text
    }
    let end = min(index + 5, reading.core.upperBound)
    guard index + 2 < end, FunctionWords.auxiliary(reading.words[index + 1]) != nil else {
      return nil
    }
    let isDoubting =
      ["how", "why", "who"].contains(reading.words[index])
      && ["can", "could", "would"].contains(reading.words[index + 1])
    // "… even though …", "… even if …" concede, they do not doubt.
    for position in (index + 2)..<end
    where
      (reading.words[position] == "even"
      && !(position + 1 < reading.words.count
        && ["though", "if", "when"].contains(reading.words[position + 1])))
      || (isDoubting && reading.words[position] == "still")
    {
      return reading.tokens[position].text
    }
    return nil
  }

  /// "actually" after "you" in a question that asks the person to pick ("Which one do you
  /// actually care about?", "Private school or public school, which do you actually want?"):
  /// the asker doubts the choice they have already voiced.
  private static func accusingActually(_ reading: QuestionReading, questionWordAt index: Int)
    -> Int?
  {
    let words = reading.words
    let end = reading.core.upperBound
    guard words[index] == "which" || isChoiceBetween(reading, questionWordAt: index),
      let you = ((index + 1)..<end).first(where: { words[$0] == "you" }),
      you + 1 < end, words[you + 1] == "actually"
    else { return nil }
    return you + 1
  }

  /// "actually" or "seriously" right after someone other than the listener as the subject of a
  /// question-word question about what they do or would do ("What does she actually get out of it?", "Why does your boss
  /// seriously think so?"): the asker doubts that person's choice. Asked of the listener
  /// ("What do you actually want?") it asks for their real view.
  private static func doubtOfSomeoneElse(_ reading: QuestionReading, questionWordAt index: Int)
    -> Int?
  {
    let words = reading.words
    let end = reading.core.upperBound
    var subject = index + 1
    guard subject < end, presentOrComing.contains(words[subject]) else { return nil }
    subject += 1
    guard subject < end else { return nil }
    let adverb = subject + 1
    guard otherPeople.contains(words[subject]) || isPersonName(reading, at: subject),
      adverb < end, doubtingAdverbs.contains(words[adverb])
    else { return nil }
    return adverb
  }

  /// Whether a word is a person's name: capitalised, and no noun the lexicon knows ("Gary",
  /// not "Bitcoin" or "Python"), and not "I".
  private static func isPersonName(_ reading: QuestionReading, at index: Int) -> Bool {
    let word = reading.words[index]
    return reading.tokens[index].text.first?.isUppercase == true && word != "i"
      && !Lexicon.isKnown(word)
  }

  /// Auxiliaries of what someone does or would do: "What did she actually say?" asks for
  /// their exact words, not whether their choice makes sense.
  private static let presentOrComing: Set<String> = [
    "do", "does", "would", "will", "'d", "'ll", "is", "are",
  ]
  /// Pronouns of people other than the listener and the asker.
  private static let otherPeople: Set<String> = ["he", "she", "they"]
  /// Adverbs of doubt that, after someone else, scorn their choice.
  private static let doubtingAdverbs: Set<String> = ["actually", "seriously"]
}

// Words of scorn set off from a question: "Seriously, why would you buy a boat?".
extension QuestionFormRules {
  /// Where a word of scorn stands set off from the question proper, at its start ("Seriously,
  /// …", "Honestly, what …") or after its last comma ("…, seriously?", "…, honestly though?"):
  /// said apart from the question, it gives the asker's exasperation, not a manner of the act
  /// asked about ("How seriously do you take it?" asks). "Honestly" beside a what-, how- or
  /// why-question that asks the person's view or how sure they are ("What did you make of it,
  /// honestly?", "Honestly, why do you trust it?", "How sure are you, honestly?") asks for
  /// candour instead. Nil when none stands there.
  static func scornfulAside(in reading: QuestionReading) -> Int? {
    let words = reading.words
    guard let aside = setOffAside(in: reading) else { return nil }
    if words[aside] == "honestly", case .questionWord(let index) = reading.opener,
      candidQuestionWords.contains(words[index]),
      reading.core.dropLast().contains(where: {
        words[$0] == "you" && askedViews.contains(words[$0 + 1])
      }) || reading.core.contains(where: { askedStates.contains(words[$0]) })
        || asksHowTheyAre(reading)
    {
      return nil
    }
    return aside
  }

  /// Whether the question proper asks how the person is faring ("how are you holding up",
  /// "how's it going"): beside it, "honestly" asks for the real answer, not the polite one. The
  /// asking ends the question or goes on to what they face or when ("coping with the move",
  /// "doing today"): "how are you getting away with this" asks no such thing.
  private static func asksHowTheyAre(_ reading: QuestionReading) -> Bool {
    let core = reading.core
    let words = TokenPatternWords(reading.words, end: core.upperBound)
    return faringQuestions.contains { pattern in
      pattern.matchEnds(in: words, from: core.lowerBound).contains { end in
        end == core.upperBound || faringTails.contains(reading.words[end])
      }
    }
  }

  /// How a question asks after someone's lot: "how are you", "how have you been holding up",
  /// "what's it been like", "how are you finding it".
  private static let faringQuestions = [
    "how (are|were|have|'re|'ve) you (been)? (\(faringPhrases.joined(separator: "|")))?",
    "how (is|'s|are|was) (it|things|everything|life) (going)?",
    "what (is|'s|has|was) (it|things|life) (been)? like",
    "how (are|'re|were) you finding (it|things|everything)",
  ].map(TokenPattern.init)

  /// Phrases of getting through things, after "how are you": "holding up", "coping".
  private static let faringPhrases = [
    "doing", "holding up", "bearing up", "coping", "feeling", "getting on", "getting by",
    "managing", "keeping",
  ]

  /// Words that may follow a question after someone's lot: what they face ("coping with the
  /// baby") or when ("doing today", "holding up these days"), or the comma of an aside
  /// ("finding it, honestly").
  private static let faringTails = TimeWords.timings.union([
    "with", "today", "lately", "these", "since", "after", "at", ",",
  ])

  /// Where one of the words of scorn stands set off at the start or the end, or nil.
  private static func setOffAside(in reading: QuestionReading) -> Int? {
    let words = reading.words
    let sentenceEnd = reading.tag?.upperBound ?? reading.core.upperBound
    // Before the question proper: opening the sentence or after a marker or a comma, and
    // followed by a comma, "though", or the question itself.
    let opening = words.indices.prefix(max(reading.core.lowerBound, 1)).first { index in
      scornfulAsides.contains(words[index])
        && (index == 0 || words[index - 1] == ","
          || reading.classes[index - 1].contains(.discourseMarker))
        && index + 1 < sentenceEnd
        && (words[index + 1] == "," || words[index + 1] == "though"
          || reading.classes[index + 1].contains(.questionWord))
    }
    if let opening { return opening }
    var last = sentenceEnd - 1
    if last > 0, words[last] == "though" { last -= 1 }
    guard last > 1, words[last - 1] == ",", scornfulAsides.contains(words[last]) else {
      return nil
    }
    return last
  }

  /// The question without a word of scorn set off from it and the comma or "though" beside
  /// it ("why would you buy a boat"), or nil when it has none.
  static func withoutScornfulAside(_ reading: QuestionReading) -> [Token]? {
    guard let aside = scornfulAside(in: reading) else { return nil }
    var kept = Array(reading.tokens[..<aside])
    var rest = reading.tokens[(aside + 1)...]
    while let first = rest.first, first.text == "," || first.lowercased == "though" {
      rest.removeFirst()
    }
    kept += rest
    kept.removeAll { $0.text == "?" }
    while let last = kept.last, last.kind == .punctuation { kept.removeLast() }
    while let first = kept.first, first.kind == .punctuation { kept.removeFirst() }
    return kept.contains(where: \.isWord) ? kept : nil
  }

  /// Verbs after "you" that ask the person's view: "what do you think", "how do you feel".
  private static let askedViews: Set<String> = [
    "think", "feel", "make", "reckon", "believe", "want", "like", "prefer", "see", "trust",
  ]

  /// Words that ask how sure the person is: "how confident are you".
  private static let askedStates: Set<String> = ["sure", "confident", "certain"]

  /// Question words that can ask for a candid view beside "honestly".
  private static let candidQuestionWords: Set<String> = ["what", "how", "why"]

  /// Words of scorn said apart from a question.
  private static let scornfulAsides: Set<String> = ["seriously", "honestly", "really"]
}
