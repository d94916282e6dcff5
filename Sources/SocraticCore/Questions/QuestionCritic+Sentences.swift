// How the critic reads a text as sentences: which sentence asks, which carries on another,
// and what nobody said.
extension QuestionCritic {
  /// The sentences of a text that have words, as read: transcript notes, a leading laugh and
  /// sentences that only hold the floor (`FloorHolder`) left out, speech normalised,
  /// afterthoughts joined to what they follow.
  /// - Throws: `NotAQuestion.noWords` when no sentence has a word.
  static func sentences(in text: String) throws(NotAQuestion) -> [[Token]] {
    let sentences = FloorHolder.withoutFloorHolders(
      joiningAfterthoughts(
        SentenceSplitter.sentences(
          in: SpeechNormalizer.normalized(withoutTranscriptNotes(Tokenizer.tokenize(text)))
        )
        .map(withoutLeadingLaugh)
        .filter { $0.contains(where: \.isWord) }
        .map(MisspeltQuestionWord.spelled)))
    guard !sentences.isEmpty else { throw .noWords }
    return sentences
  }

  /// The sentences with an afterthought of repetition ("… again.", "As usual.") joined to the
  /// sentence before it, whose blame it carries.
  static func joiningAfterthoughts(_ sentences: [[Token]]) -> [[Token]] {
    var joined: [[Token]] = []
    for sentence in sentences {
      let words = sentence.filter(\.isWord).map(\.lowercased)
      if let last = joined.last, afterthoughts.contains(words) {
        let kept = last.reversed().drop { $0.kind == .punctuation }.reversed()
        joined[joined.count - 1] = kept + sentence
      } else {
        joined.append(sentence)
      }
    }
    return joined
  }

  /// Afterthoughts that say something happened once more.
  static let afterthoughts: Set<[String]> = [
    ["again"], ["yet", "again"], ["once", "again"], ["as", "usual"], ["again", "and", "again"],
  ]

  /// The tokens without a transcript's notes in square brackets ("[inaudible 00:04:10]"),
  /// which nobody said; all of them when nothing else is left.
  static func withoutTranscriptNotes(_ tokens: [Token]) -> [Token] {
    guard tokens.contains(where: { $0.text == "[" }) else { return tokens }
    var isInNote = false
    let said = tokens.filter { token in
      if token.text == "[" { isInNote = true }
      defer { if token.text == "]" { isInNote = false } }
      return !isInNote && token.text != "]"
    }
    return said.contains(where: \.isWord) ? said : tokens
  }

  /// The sentence without the laugh it opens with ("haha how does that fit then"), which asks
  /// or says nothing; the sentence as it is when nothing but the laugh is in it.
  static func withoutLeadingLaugh(_ sentence: [Token]) -> [Token] {
    let rest = sentence.drop {
      UtteranceReader.laughs.contains($0.lowercased) || $0.text == ","
    }
    return rest.contains(where: \.isWord) ? Array(rest) : sentence
  }

  /// Whether a sentence ends with a full stop or an exclamation mark.
  static func endsWithFullStop(_ sentence: [Token]) -> Bool {
    guard let last = sentence.last(where: { $0.kind == .punctuation }),
      sentence.last?.kind == .punctuation
    else { return false }
    return [".", "!"].contains(last.text)
  }

  /// Whether a sentence opens as a question does, with a question word or an auxiliary, and is
  /// not "Huh." or "What." alone.
  static func opensAsking(_ reading: QuestionReading) -> Bool {
    guard reading.core.count > 1 else { return false }
    switch reading.opener {
    case .questionWord, .auxiliary: return reading.opensLikeQuestion
    default: return false
    }
  }

  /// Whether a sentence after the first, in a line with no question mark, asks as chat asks
  /// ("im not hating i promise. how do you see it yourself"): short, opened by a question word,
  /// or by an auxiliary before a pronoun ("can you …", "is it …"; "Have a great day." and "Have
  /// those feelings …" tell).
  static func asksAfterward(_ reading: QuestionReading) -> Bool {
    let words = reading.words.filter { $0.first?.isLetter == true }
    guard words.count <= unmarkedQuestionLength else { return false }
    // "haha a whole trifle. tell me more about ron": an invitation asks as a question does.
    if invitations.contains(where: { words.starts(with: $0) }) { return true }
    guard opensAsking(reading) else { return false }
    let next = { (index: Int) in index + 1 < reading.words.count ? reading.words[index + 1] : "" }
    switch reading.opener {
    case .auxiliary(let index):
      // "is AI like medicine or more like cars": a noun phrase after a helper that only asks.
      return askedPronouns.contains(next(index))
        || askingHelpers.contains(reading.words[index]) && opensNounPhrase(next(index))
    case .questionWord(let index):
      // "When teens drink, things can go wrong." opens a clause of time, not a question.
      return !["when", "where"].contains(reading.words[index])
        || FunctionWords.auxiliary(next(index)) != nil
    default: return true
    }
  }

  /// Whether a sentence only echoes words back in surprise: it has no verb and no question word
  /// ("Two coats a year??", "Every weekend?"), or is an auxiliary and a pronoun ("Would she?").
  static func isEcho(_ reading: QuestionReading, _ sentence: [Token]) -> Bool {
    switch reading.opener {
    case .questionWord, .request: return false
    case .auxiliary: return AuxiliaryEcho.isEcho(reading)
    case .statement, .fragment, .presumption, .none:
      return !Tagger.tags(of: sentence).contains { $0 == .finiteVerb || $0 == .auxiliary }
    }
  }

  /// Whether a sentence opens with an invitation to say more ("Tell me more.").
  static func invites(_ reading: QuestionReading) -> Bool {
    let words = reading.words.filter { $0.first?.isLetter == true }
    return invitations.contains(where: { words.starts(with: $0) })
  }

  /// Invitations to say more, which ask without a question word: "tell me more about …".
  static let invitations: [[String]] = [
    ["tell", "me"], ["tell", "us"], ["say", "more"], ["talk", "me", "through"],
    ["walk", "me", "through"],
  ]

  /// The pronouns an auxiliary asks about when it opens a question ("can you", "is it"); not a
  /// determiner ("have those feelings").
  static let askedPronouns: Set<String> = ["you", "we", "i", "they", "he", "she", "it", "there"]

  /// Helpers that open a sentence only to ask ("is the bus …", "can the council …"); "do" and
  /// "have" also open orders ("Do your best.", "Have a great day."), "does" and "did" a remark
  /// with its subject dropped ("Does the job.", "Did the trick.").
  static let askingHelpers: Set<String> = [
    "is", "are", "was", "were", "can", "could", "would", "will", "should",
  ]

  /// Whether a word opens a noun phrase: a determiner, a possessive, or a word the lexicon
  /// knows only as a noun or not at all ("ai", "crypto").
  static func opensNounPhrase(_ word: String) -> Bool {
    if FunctionWords.determiners.contains(word) || FunctionWords.possessives.contains(word) {
      return true
    }
    guard word.first?.isLetter == true, FunctionWords.auxiliary(word) == nil else { return false }
    return Lexicon.classes(of: word).isDisjoint(with: [.verb, .adjective, .adverb])
  }

  /// The most words a question without a question mark after another sentence has.
  static let unmarkedQuestionLength = 14

  /// Whether a further question restates or spells out the one before: "Like …", "As in …",
  /// "I mean …", "Or …".
  /// "Like replaced, or just changed?" glosses the question before; "Like what got you into
  /// it?" opens a question of its own.
  static func isGloss(_ reading: QuestionReading) -> Bool {
    guard let opener = glossOpeners.first(where: { reading.words.starts(with: $0) }) else {
      return false
    }
    let next = reading.words.dropFirst(opener.count).first
    return !(next.map(FunctionWords.questionWords.contains) ?? false)
  }

  /// How many sentences after the asking one at `index` ask a question of their own. "What did
  /// they mean? Like replaced, or just changed?": a gloss asks the same again, as does a
  /// restatement ("Unfair how?"); after an open question, so does "like what happened", which
  /// narrows it, a check of it against their own hopes ("Was it what you expected?") and the
  /// same question made concrete ("What exactly …").
  static func furtherQuestionCount(
    _ readings: [QuestionReading], after index: Int, in text: String, asks: (Int) -> Bool,
    asksOpenly: Bool
  ) -> Int {
    let first = readings[index]
    let glosses =
      readings.count > index + 1 ? typedGlosses(in: text, count: readings.count) : []
    return readings.indices.dropFirst(index + 1).filter {
      asks($0) && !isGloss(readings[$0]) && !glosses.contains($0)
        && !isFollowUp(readings[$0]) && !isRestatement(readings[$0], of: first)
        && !isGuessedAnswer(readings[$0], to: first)
        && !(asksOpenly
          && (isNarrowingTail(readings[$0]) || isOwnMeasure(readings[$0])
            || isSharpening(readings[$0], of: first)))
    }.count
  }

  /// The indices of the sentences that, as typed, open with a gloss ("Like, an apology?",
  /// "I mean, what would you want?"): normalising speech drops such an opening as a filler, so
  /// it is read from the text itself. Empty when the typed sentences do not line up with the
  /// `count` read.
  static func typedGlosses(in text: String, count: Int) -> Set<Int> {
    let typed = FloorHolder.withoutFloorHolders(
      joiningAfterthoughts(
        SentenceSplitter.sentences(in: withoutTranscriptNotes(Tokenizer.tokenize(text)))
          .filter { $0.contains(where: \.isWord) }))
    guard typed.count == count else { return [] }
    return Set(typed.indices.filter { isGloss(QuestionReading(typed[$0])) })
  }

  /// Whether a further question says nothing the one before did not ("What do you mean by
  /// unfair? Unfair how?"): every word of content in it is in the first, which it asks again.
  static func isRestatement(_ reading: QuestionReading, of first: QuestionReading) -> Bool {
    let said = contentWords(of: reading)
    return !said.isEmpty && Set(said).isSubset(of: contentWords(of: first))
  }

  /// The words of a question's core that carry content: no function or question words.
  private static func contentWords(of reading: QuestionReading) -> [String] {
    reading.words[reading.core].filter {
      $0.first?.isLetter == true && !FunctionWords.isFunctionWord($0)
        && !FunctionWords.questionWords.contains($0)
    }
  }

  /// Whether a further question only narrows the one before: "Like what happened?", "Like
  /// what comes first?", "Like if I wanted to sell my car tomorrow?" after an open question ask
  /// for an example of the same thing. Opened by a gloss and a question word or a condition,
  /// and no longer than an example runs.
  static func isNarrowingTail(_ reading: QuestionReading) -> Bool {
    let words = reading.words.filter { $0.first?.isLetter ?? false }
    guard words.count <= exampleLength,
      let opener = glossOpeners.first(where: { words.starts(with: $0) }),
      let next = words.dropFirst(opener.count).first
    else { return false }
    return FunctionWords.questionWords.contains(next) || exampleConditions.contains(next)
  }

  /// The most words a narrowing tail has: "like what would happen to a small shop in town".
  static let exampleLength = 14

  /// The most words a short follow-up has: "Was it what you expected?".
  static let narrowingLength = 8

  /// Words that set up an example as a case: "like if …", "say when …".
  static let exampleConditions: Set<String> = ["if", "when", "with", "for"]

  /// Whether a further question only holds what the open question before asked about up to the
  /// person's own hopes or feelings ("How did it go? Was it what you expected?", "What did the
  /// doctor say? Did that worry you?"): a short yes/no question about "it" or "that", which
  /// stands for what the first one asked, with "you" in it. One that brings an answer of the
  /// asker's own ("Is it because of the money?") asks a second question.
  static func isOwnMeasure(_ reading: QuestionReading) -> Bool {
    guard case .auxiliary(let index) = reading.opener, reading.core.count <= narrowingLength,
      index + 1 < reading.core.upperBound, backReferences.contains(reading.words[index + 1])
    else { return false }
    return reading.words[(index + 2)..<reading.core.upperBound].contains("you")
  }

  /// Words that stand for what the question before asked about.
  static let backReferences: Set<String> = ["it", "that", "this"]

  /// Whether a further question asks the one before again, made concrete: the same question
  /// word, with a word that asks for the particulars ("What would help? What would you
  /// actually want from him?").
  static func isSharpening(_ reading: QuestionReading, of first: QuestionReading) -> Bool {
    guard case .questionWord(let index) = reading.opener,
      case .questionWord(let firstIndex) = first.opener,
      reading.words[index] == first.words[firstIndex]
    else { return false }
    let words = Array(reading.words[reading.core])
    return sharpeners.contains { sharpener in
      words.indices.contains { words[$0...].starts(with: sharpener) }
    }
  }

  /// Words that ask for the particulars of what was asked.
  static let sharpeners: [[String]] = [
    "actually", "exactly", "specifically", "concretely", "precisely", "in practice",
    "in particular", "for example", "for instance",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Whether a question only carries on the one before, asking how the story it asked for
  /// went on ("Can you think of a time you felt left out? What happened?"): one question.
  static func isFollowUp(_ reading: QuestionReading) -> Bool {
    let words = reading.words.filter { $0.first?.isLetter ?? false }
    let start = words.firstIndex { !["and", "so", "then"].contains($0) } ?? words.endIndex
    return followUps.contains(Array(words[start...]))
  }

  /// Questions that ask how a story went on, or ask again for an example of it.
  static let followUps: Set<[String]> = Set(
    [
      "what happened", "what happened next", "what happened then", "what happened after",
      "what happened after that", "how did that go", "how did it go", "what was that like",
      "what was it like", "how did that feel", "how did it feel", "what did you do",
      "what did you do then", "what then", "how was that", "how was it",
      // A request that only asks the same more concretely: "What was it like? Give us an
      // example."
      "give us an example", "give me an example", "tell me more", "tell us more",
      "tell me more about it", "for example", "an example",
    ].map { $0.split(separator: " ").map(String.init) })

  static let glossOpeners: [[String]] = [
    ["like"], ["or"], ["as", "in"], ["i", "mean"], ["meaning"], ["say"], ["i.e"], ["ie"],
  ]

  /// Whether a sentence is one word that leads into an answer, with a question mark: "Honestly?"
  static func isAnswerLeadIn(_ reading: QuestionReading) -> Bool {
    reading.hasQuestionMark && reading.core.count == 1
      && CritiqueVocabulary.answerLeadIns.contains(reading.words[reading.core.lowerBound])
  }

  static let dashes: Set<String> = ["-", "--", "\u{2013}", "\u{2014}"]
}
