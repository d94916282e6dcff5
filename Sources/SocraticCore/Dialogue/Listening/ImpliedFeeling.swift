/// A feeling the person told through its effect rather than by name ("the days are long now",
/// "I barely sleep since the layoffs"): the feeling under it, and when it began, as a
/// reflection gives it back ("It sounds like it's been lonely since she died.").
public struct ImpliedFeeling: Sendable, Equatable {
  /// The feeling under the effect, as a question names it: "lonely", "worn out".
  public var feeling: String
  /// The feeling as a clause after "It sounds like": "it's been lonely".
  public var said: String
  /// When or without what it began, in the second person: "since your wife died", "without
  /// him"; nil when they did not say.
  public var since: String?

  /// A loss or a hardship owned plainly in their words ("I'm so sorry about your husband."),
  /// which is the whole reflection; nil for a feeling told through its effect alone.
  public var acknowledgement: String?
  /// Whom a loss or a hardship owned is of, as the acknowledgement names them ("your husband");
  /// nil when they named no one.
  public var whom: String?

  /// Gentle questions that stay with this feeling, in their terms, asked before the general
  /// ones ("What are the evenings like for you now?").
  public var asked: [String] = []

  /// The reflection of it: a loss or a hardship owned, or the feeling underneath, named, and
  /// when it began.
  public var reflection: String {
    acknowledgement ?? "It sounds like \(said)\(sinceSaid.map { " " + $0 } ?? "")."
  }

  /// When it began, said after the feeling only when the feeling is told as lasting till now
  /// ("it's been lonely since your wife passed"): after a present ("you still miss him") it
  /// reads as if the missing were since the funeral.
  private var sinceSaid: String? {
    let words = Set(Tokenizer.tokenize(said).map(\.lowercased))
    return words.isDisjoint(with: Self.lastingWords) ? nil : since
  }

  /// Words that tell a state as lasting till now: "it's been", "you've felt".
  private static let lastingWords: Set<String> = ["been", "'ve", "have", "has"]

  /// Whether it tells a loss or a hardship, which outranks any feeling named beside it.
  public var isLoss: Bool { acknowledgement != nil }

  /// Whether the sentence that told it dates it long past ("she passed in 2019", "he died
  /// years ago"): how it is day to day asks of a fresh loss what is long lived with.
  public var isLongPast = false

  /// Whether the loss is told only as the time of something else ("my mum went twice a week
  /// after dad died"): a side clause opened by a word of `AnswerCues.lossTimeWords`, context
  /// to their point rather than the point.
  public var isInPassing = false

  /// The first effect of `AnswerCues.feltEffects` the person tells as their own in the tokens
  /// of an answer (`AnswerMoveReader.readTokens(of:)`): never in a question, nor in what someone
  /// else is reported to say ("my sister says the house is quiet").
  static func read(in tokens: [Token]) -> ImpliedFeeling? {
    // "what if I had a fall?" tells a fear; any other question tells none.
    let told = SentenceSplitter.sentences(in: tokens).filter { sentence in
      !sentence.suffix(2).contains(where: \.hasQuestionMark)
        || AnswerCues.fearQuestionOpeners.matches(sentence.filter(\.isWord))
    }.map(withHasSeparated)
    // A loss in any sentence outweighs a feeling told before it ("the house is quiet. my
    // husband passed last year"): it is what is owned first.
    for sentence in told {
      guard let loss = read(AnswerCues.feltEffects, patterns, in: sentence, lossesOnly: true)
      else { continue }
      // A feeling told since the loss in the same sentence ("since my wife died the flat
      // feels so empty") says both.
      if let felt = read(AnswerCues.feltEffects, patterns, in: sentence), felt.since != nil {
        return felt
      }
      return loss
    }
    for sentence in told {
      if let felt = read(AnswerCues.feltEffects, patterns, in: sentence) { return felt }
    }
    // "people assume we're all bigots. I'm not": told across its sentences.
    return read(AnswerCues.feltAcrossSentences, acrossPatterns, in: tokens)
  }

  /// The first of the effects told as the person's own in a sentence (or a run of them).
  /// - Parameter lossesOnly: whether only the effects owned as a loss are read.
  private static func read(
    _ effects: [AnswerCues.FeltEffect], _ patterns: IndexedPatterns, in sentence: [Token],
    lossesOnly: Bool = false
  ) -> ImpliedFeeling? {
    // Only the effects whose first words are in the sentence can be told in it: the rest are
    // not tried, nor their rows copied.
    let candidates = patterns.candidates(in: sentence)
    guard !candidates.isEmpty else { return nil }
    let others = AnswerMoveReader.othersWords(in: sentence)
    for index in candidates where !lossesOnly || effects[index].acknowledgement != nil {
      let effect = effects[index]
      guard
        let match = AnswerMoveReader.matches(
          of: patterns.patterns[index], in: sentence, from: 0
        ).first(where: {
          !others.contains($0.lowerBound)
            && (!effect.isWholeSentence || isWhole($0, of: sentence))
        })
      else { continue }
      let who = lovedOne(in: sentence, near: match)
      if effect.acknowledgement?.needsWhom == true,
        (who ?? named(in: sentence, near: match)).map(namesSomeone) != true
      {
        continue
      }
      // "our neighbour died": a death of someone only near them is no loss of theirs.
      if effect.acknowledgement?.closeOnly == true,
        let whose = who ?? named(in: sentence, near: match), isAcquaintance(whose)
      {
        continue
      }
      let person = who ?? pronoun(in: sentence[match]) ?? name(opening: sentence[match])
      let time = sentence[match].first { AnswerCues.hardTimes.contains($0.lowercased) }?
        .lowercased
      var said = person == nil ? effect.saidAlone ?? effect.said : effect.said
      said = said.replacingOccurrences(of: "{them}", with: person ?? "them")
      said = said.replacingOccurrences(of: "{time}", with: time ?? "days")
      let whom = effect.acknowledgement == nil ? nil : who ?? named(in: sentence, near: match)
      return ImpliedFeeling(
        feeling: effect.feeling, said: said, since: since(in: sentence, near: match),
        acknowledgement: effect.acknowledgement.map { owned in
          whom.map { owned.named.replacingOccurrences(of: "{who}", with: $0) } ?? owned.unnamed
        }, whom: whom,
        asked: effect.asked.compactMap { question in
          if question.contains("{them}") && person == nil { return nil }
          return question.replacingOccurrences(of: "{them}", with: person ?? "")
            .replacingOccurrences(of: "{time}", with: time ?? "days")
        }, isLongPast: AnswerCues.datesLongPast(sentence),
        isInPassing: effect.acknowledgement != nil
          && AnswerCues.lossTimeWords.contains(sentence[match].first?.lowercased ?? ""))
    }
    return nil
  }

  /// Whether whom a loss is of is someone only near them ("your neighbour"), by a word of
  /// `AnswerCues.acquaintances`.
  private static func isAcquaintance(_ who: String) -> Bool {
    Tokenizer.tokenize(who).contains { AnswerCues.acquaintances.contains($0.lowercased) }
  }

  /// Whether a match is the whole of its sentence but for punctuation and fillers ("it's the
  /// evenings really"): a phrase that tells a feeling only so is no feeling inside a longer
  /// point.
  private static func isWhole(_ match: Range<Int>, of sentence: [Token]) -> Bool {
    sentence.indices.allSatisfy { index in
      match.contains(index) || !sentence[index].isWord
        || AnswerCues.sentenceFillers.contains(sentence[index].lowercased)
    }
  }

  /// The person a match tells of, as the object of a reflection: by "my" and the word after it
  /// ("my neighbour can't afford …" → "your neighbour"), or by a pronoun ("he blames me" →
  /// "him"); nil when it names no one but the speaker.
  private static func pronoun(in match: ArraySlice<Token>) -> String? {
    let words = match.filter(\.isWord)
    if words.count > 1, ["my", "our"].contains(words[0].lowercased),
      !FunctionWords.isFunctionWord(words[1].lowercased)
    {
      return "your " + words[1].lowercased
    }
    return match.lazy.compactMap { objectPronouns[$0.lowercased] }.first
  }

  /// "George always did the driving": the name a match opens with, written with a capital, when
  /// it is no word of the sentence's frame and no verb; nil otherwise.
  private static func name(opening match: ArraySlice<Token>) -> String? {
    guard let first = match.first, first.isWord, first.text.count > 1,
      first.text.first?.isUppercase == true, first.text.dropFirst().allSatisfy(\.isLowercase),
      !FunctionWords.isFunctionWord(first.lowercased),
      Lexicon.verbReadings(of: first.lowercased).isEmpty
    else { return nil }
    return first.text
  }

  /// The third persons, as a reflection names them after a verb.
  private static let objectPronouns: [String: String] = [
    "he": "him", "him": "him", "his": "him", "she": "her", "her": "her",
  ]

  /// Whom a death said flatly is of, when named by a word of their own rather than after "my"
  /// ("when alan died" → "Alan", "after dad died" → "your dad"): the word just before the
  /// verb, when it is no pronoun, no number and no word of the sentence's frame.
  private static func named(in sentence: [Token], near match: Range<Int>) -> String? {
    guard
      let verb = sentence[match].firstIndex(where: {
        AnswerCues.deathVerbs.contains($0.lowercased)
      }), verb > match.lowerBound
    else { return nil }
    let word = sentence[verb - 1]
    let lowered = word.lowercased
    guard word.isWord, word.text.count > 1, lowered.allSatisfy(\.isLetter) else { return nil }
    if AnswerCues.lovedOneWords.contains(lowered) { return "your " + lowered }
    // "Jean's been gone": a given name that is a word too, typed with a capital, is a name.
    let isTypedName =
      word.text.first?.isUppercase == true && AnswerCues.namesThatAreWords.contains(lowered)
    guard !FunctionWords.isFunctionWord(lowered),
      !AnswerMoveReader.isKnownWord(lowered) || isTypedName
    else {
      return nil
    }
    return lowered.prefix(1).uppercased() + lowered.dropFirst()
  }

  /// "my husband", "our mate davey": whom a loss is of, from the "my" or "our" in or just
  /// before the match, in the second person; nil when they named no one so.
  private static func lovedOne(in sentence: [Token], near match: Range<Int>) -> String? {
    let from = max(match.lowerBound - 1, 0)
    guard
      let start = sentence[from..<match.upperBound].firstIndex(where: {
        ["my", "our", "me"].contains($0.lowercased)
      })
    else { return nil }
    var end = start + 1
    while end < sentence.count, AnswerCues.lovedOneWords.contains(sentence[end].lowercased) {
      end += 1
    }
    guard end > start + 1 else { return nil }
    // "my wife's father": the one who died is the last of the chain, never the first.
    while end + 1 < sentence.count, sentence[end].lowercased == "'s",
      AnswerCues.lovedOneWords.contains(sentence[end + 1].lowercased)
    {
      end += 2
      while end < sentence.count, AnswerCues.lovedOneWords.contains(sentence[end].lowercased) {
        end += 1
      }
    }
    // "my mate davey": a name after them, a word that is no verb, no word of the sentence's
    // frame and no other word the language knows ("my husband always did …").
    if end < sentence.count, sentence[end].isWord, sentence[end].text.count > 1,
      !AnswerMoveReader.isKnownWord(sentence[end].lowercased),
      Lexicon.verbReadings(of: sentence[end].lowercased).isEmpty,
      !AnswerCues.lossTellingWords.contains(sentence[end].lowercased)
    {
      end += 1
    }
    // "me nan": the dialect "me" is "my".
    var phrase = Array(sentence[start..<end])
    if phrase[0].lowercased == "me" { phrase[0] = phrase[0].replacingText(with: "my") }
    return ReflectionWriter.secondPersonPhrase(phrase.joinedText)
  }

  /// The effect tables, compiled once.
  private static let patterns = IndexedPatterns(
    AnswerCues.feltEffects.map { PhrasePattern($0.pattern) })
  private static let acrossPatterns = IndexedPatterns(
    AnswerCues.feltAcrossSentences.map { PhrasePattern($0.pattern) })

  /// The most words a "since …" keeps to be given back.
  private static let sinceWordLimit = 7

  /// "since she died", "without him": the words from a word of `AnswerCues.feltSince` to the
  /// end of its clause, in the second person, when they end the effect or open the sentence
  /// before it.
  private static func since(in sentence: [Token], near match: Range<Int>) -> String? {
    let starts = sentence.indices.filter {
      AnswerCues.feltSince.contains(sentence[$0].lowercased)
        && ($0 >= match.upperBound - 1 || $0 < match.lowerBound)
    }
    guard let start = starts.first else { return nil }
    var end = start + 1
    while end < sentence.count, sentence[end].kind != .punctuation, end != match.lowerBound {
      end += 1
    }
    let words = sentence[start..<end].filter(\.isWord)
    guard words.count > 1, words.count <= sinceWordLimit else { return nil }
    // "me nan": the dialect "me" is "my".
    var phrase = Array(sentence[start..<end])
    if phrase[0].lowercased == "me" { phrase[0] = phrase[0].replacingText(with: "my") }
    return ReflectionWriter.secondPersonPhrase(phrase.joinedText)
  }

  /// Whether whom a loss is of names someone: not a word alone that is only part of a loved
  /// one's phrase ("your one" from "that one's been gone a year"; "your little one" names).
  private static func namesSomeone(_ whom: String) -> Bool {
    let words = whom.split(separator: " ")
    guard let last = words.last else { return false }
    return words.count > 2 || !AnswerCues.lovedOnePhraseParts.contains(last.lowercased())
  }
}
