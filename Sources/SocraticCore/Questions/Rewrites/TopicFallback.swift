/// The last resort for a closed or leading question no rule could rewrite: the topic as a
/// clean phrase in a neutral frame chosen by what it is (`frames`); none when no clean topic
/// can be found, since a question about "it" names nothing the person can answer about:
/// - a name: "So you'd never touch Ethereum again, huh?" → "How do you see Ethereum?";
/// - an act the question is about, as an -ing phrase of at most five words: "Is retraining
///   as a nurse at forty even sensible?" → "How do you feel about retraining as a nurse?";
/// - a noun phrase: "Is the new rota a disaster?" → "How do you see the new rota?";
/// - nothing clean: no rewrite.
///
/// A topic is clean when it has no word whose referent is outside it ("his", "their"), no
/// verb of its own and no loaded or charged word.
enum TopicFallback {
  /// What a topic is, which chooses its frame.
  enum TopicType {
    case name, act, nounPhrase
  }

  /// The words before the topic, by its type.
  static let frames: [TopicType: String] = [
    .name: "How do you see",
    .act: "How do you feel about",
    .nounPhrase: "How do you see",
  ]

  /// The most words an act keeps: a longer one carries the asker's clause with it.
  static let maximumActWords = 5

  /// The rewrite's words without "?"; nil when no clean topic is found.
  static func body(for reading: QuestionReading) -> [Token]? {
    guard let (type, topic) = topic(of: reading), let frame = frames[type] else { return nil }
    return QuestionRewriter.phrase(frame) + topic
  }

  /// "How do you feel about selling the flat?" for a question that passes a verdict on an act
  /// ("Was selling the flat a mistake?"); nil when it opens on no act.
  static func actBody(for reading: QuestionReading) -> [Token]? {
    guard case .auxiliary(let opener) = reading.opener,
      FunctionWords.auxiliary(reading.words[opener])?.kind == .be,
      let act = act(in: reading), act.count > 1, let frame = frames[.act]
    else { return nil }
    return QuestionRewriter.phrase(frame) + act
  }

  private static func topic(of reading: QuestionReading) -> (TopicType, [Token])? {
    let tokens = reading.tokens
    let start = reading.lead.isEmpty ? reading.core.lowerBound : reading.lead.lowerBound
    let span = start..<reading.core.upperBound
    // "Is learning Italian …": the act, which the name is part of.
    if let act = act(in: reading) { return (.act, act) }
    if let name = span.dropFirst().first(where: { isName(tokens[$0]) }) {
      let end = tokens[name...].prefix(while: isName).count + name
      return (.name, Array(tokens[name..<end]))
    }
    // "… you still think its a good idea?": a noun phrase after a copula is the verdict, not
    // what the verdict is on.
    // "don't you think though that if you leave | the door open …": a noun phrase after a
    // filler or inside a condition is not what is asked about; the search stops there.
    let core = reading.core.lowerBound
    let searched = span.prefix { $0 <= core || !clauseBreaks.contains(reading.words[$0]) }
    for index in searched
    where starters.contains(reading.words[index]) && !isVerdict(at: index, in: reading) {
      var end = index + 1
      while end < span.upperBound, isNounPhraseWord(reading.words[end]) { end += 1 }
      // "a free | and fair count": a phrase whose words go on after "and" would be cut in
      // half; "the price | or more", "the noise, | the dog and the kids": one of several
      // things stands for none of them. No topic is taken rather than part of one.
      if end + 1 < span.upperBound, isOneOfSeveral(reading.words[end], reading.words[end + 1]) {
        return nil
      }
      // "a car | that fast …": a phrase a relative or degree word goes on from is cut short.
      let goesOn = end < span.upperBound && phraseContinuers.contains(reading.words[end])
      if end > index + 1, isNoun(reading.words[end - 1]), !goesOn {
        return (.nounPhrase, Array(tokens[index..<end]))
      }
    }
    return nil
  }

  /// The act a question asks about as its subject: the -ing word after its auxiliary ("Is |
  /// moving abroad …", "Was | quitting the band …"), or first in a statement put for a nod
  /// ("walking the dog isn't …, is it"), and what belongs to it, up to the verdict on it
  /// ("worth it", "a mistake") or `maximumActWords`.
  private static func act(in reading: QuestionReading) -> [Token]? {
    // "walking the dog isn't exercise, is it": a statement put with a tag opens on its act.
    let start: Int
    switch reading.opener {
    case .auxiliary(let opener): start = opener + 1
    case .statement(let index, _): start = index
    default: return nil
    }
    guard start < reading.core.upperBound else { return nil }
    let first = reading.words[start]
    guard first.hasSuffix("ing"),
      Lexicon.verbReadings(of: first).contains(where: { $0.form == .presentParticiple })
    else { return nil }
    var end = start + 1
    while end < reading.core.upperBound, end - start < maximumActWords {
      let word = reading.words[end]
      let previous = reading.words[end - 1]
      // "to | May": a name belongs to the act, whatever else its word can be.
      let isName = end > start + 1 && isName(reading.tokens[end])
      guard reading.tokens[end].isWord, isName || isActWord(word),
        // "the countryside | a mistake": a noun phrase after a noun is the verdict.
        !(["a", "an"].contains(word) && end - 1 > start && isNoun(previous))
      else { break }
      end += 1
    }
    // The act ends on its verb or a noun, not on a preposition or determiner it cut short.
    while end > start + 1, !isName(reading.tokens[end - 1]), !isNoun(reading.words[end - 1]) {
      end -= 1
    }
    return Array(reading.tokens[start..<end])
  }

  /// Whether a word can go on an act's phrase: a noun, a preposition or a determiner of its
  /// own, not a verdict on it ("worth", "worthwhile"), a verb or a word of its own referent.
  private static func isActWord(_ word: String) -> Bool {
    if FunctionWords.auxiliary(word) != nil || outsideReferents.contains(word)
      || verdictWords.contains(word)
    {
      return false
    }
    if isCharged(word) || PresumptionCheck.leadingReasonWords.contains(word) { return false }
    if FunctionWords.prepositions.contains(word) || ["the", "a", "an", "your", "my"].contains(word)
    {
      return true
    }
    guard !FunctionWords.isFunctionWord(word) else { return false }
    let classes = Lexicon.classes(of: word)
    return classes.contains(.noun) || Lexicon.singular(of: word) != nil
      || word.first?.isNumber == true
  }

  /// Whether a word judges what it names, which no topic keeps.
  private static func isCharged(_ word: String) -> Bool {
    CritiqueVocabulary.loadedWords.contains(word)
      || CritiqueVocabulary.insultingWords.contains(word)
      || QuestionRewriter.chargeWords.contains(word)
  }

  /// Whether a word names something: capitalised inside the sentence, and not "I".
  private static func isName(_ token: Token) -> Bool {
    token.isWord && token.text != "I" && token.text.first?.isUppercase == true
  }

  /// Whether a word can stand in a noun phrase after its determiner: a noun or an adjective.
  private static func isNounPhraseWord(_ word: String) -> Bool {
    guard !FunctionWords.isFunctionWord(word), !isCharged(word) else { return false }
    return isNoun(word) || Lexicon.classes(of: word).contains(.adjective)
  }

  /// Whether a phrase ending before `next` and `after` goes on to another of its kind: an
  /// alternative ("or …"), or a list or phrase that goes on ("and fair", ", the dog").
  private static func isOneOfSeveral(_ next: String, _ after: String) -> Bool {
    if next == "or" { return true }
    let goesOn = FunctionWords.coordinators.contains(next) || next == ","
    return goesOn && (isNounPhraseWord(after) || starters.contains(after))
  }

  /// Whether a word is a noun: no function word, and the lexicon reads it as one.
  static func isNoun(_ word: String) -> Bool {
    !FunctionWords.isFunctionWord(word)
      && (Lexicon.classes(of: word).contains(.noun) || Lexicon.singular(of: word) != nil)
  }

  /// Whether the noun phrase at an index is a verdict: it follows a form of "be" ("its" typed
  /// for "it's") that is not the question's own opening auxiliary ("Is the rota …").
  private static func isVerdict(at index: Int, in reading: QuestionReading) -> Bool {
    guard index > 0 else { return false }
    if case .auxiliary(let opener) = reading.opener, opener == index - 1 { return false }
    let before = reading.words[index - 1]
    return before == "its" || FunctionWords.auxiliary(before)?.kind == .be
  }

  /// Determiners that open a noun phrase worth naming, whose referent is in the phrase.
  private static let starters: Set<String> = [
    "the", "a", "an", "your", "my", "our", "this", "these", "those",
  ]

  /// Words that open a condition, an aside or a concession, after which no topic is taken.
  private static let clauseBreaks: Set<String> = [
    "if", "unless", "though", "tho", "although", "when", "whenever", "because", "whereas", ",",
  ]

  /// Words that carry a noun phrase on into a clause of its own: "a car that …", "the man who …".
  private static let phraseContinuers: Set<String> = ["that", "who", "which", "whose", "whom"]

  /// Words that pass a verdict on an act rather than name part of it: "buying a boat | worth
  /// it".
  private static let verdictWords: Set<String> = ["worth", "worthwhile", "enough"]

  /// Words whose referent is outside the topic.
  private static let outsideReferents: Set<String> = [
    "his", "her", "their", "its", "he", "she", "they", "it", "him", "them", "that", "this",
  ]
}
