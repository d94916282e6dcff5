import Foundation
import Testing

@testable import SocraticCore

/// One question of Resources/question-corpus.tsv or a held-out-questions file, with the form and
/// kind a careful coach gives it.
struct QuestionCorpusEntry: Sendable, CustomTestStringConvertible {
  var question: String
  var form: QuestionForm
  var kind: QuestionKind
  /// The construction it exercises: the comment above its group in the file.
  var construction: String
  /// Why the critic still gets it wrong, for a held-out question it fails.
  var knownIssue: String?
  var line: Int

  var testDescription: String { "line \(line): \(question)" }
}

/// The question corpus, read from the test bundle.
enum QuestionCorpus {
  static let entries: [QuestionCorpusEntry] = load("question-corpus")
  /// Questions held out from tuning the rules: the first set, and a second and a third written
  /// for the language reviews.
  static let heldOut: [QuestionCorpusEntry] =
    load("held-out-questions") + load("held-out-questions-2") + load("held-out-questions-3")

  /// Reads a corpus file: `question TAB form TAB kind` and an optional known issue, with "#"
  /// comment lines naming the construction of the lines below.
  static func load(_ name: String) -> [QuestionCorpusEntry] {
    CorpusFile.lines(of: name, fieldCounts: 3...4).map { line in
      let fields = line.fields
      guard let form = QuestionForm(rawValue: fields[1]),
        let kind = QuestionKind(rawValue: fields[2])
      else {
        fatalError("\(name).tsv line \(line.number): unknown form or kind")
      }
      return QuestionCorpusEntry(
        question: fields[0], form: form, kind: kind, construction: line.construction,
        knownIssue: fields.count == 4 ? fields[3] : nil, line: line.number)
    }
  }
}

/// What every suggestion must be, whatever question it rewrites.
enum SuggestionCheck {
  /// Whether a critique may come without a suggestion: a closed question that is closed and
  /// nothing else (a plain fact, a gentle check) is fine as it is, and is not rewritten.
  static func mayGoUnrewritten(_ critique: QuestionCritique) -> Bool {
    critique.form == .closed && critique.suggestion == nil && critique.problems.count == 1
      && closedOnly.contains(critique.problems[0])
  }

  private static let closedOnly: Set<String> = [
    "yes/no question that can be answered in one word",
    "asks for a single fact, which can be looked up rather than thought through",
  ]

  /// What is wrong with a suggestion for a question, or an empty list: it must exist, be open by
  /// the critic's own rules, end with "?", keep the topic's content words, and hold no insult,
  /// nor a "my" the question did not have (the asker's own "my" is theirs to keep).
  static func problems(
    with suggestion: String?, for question: String, critic: QuestionCritic
  ) -> [String] {
    guard let suggestion else { return ["no suggestion"] }
    var problems: [String] = []
    if !suggestion.hasSuffix("?") { problems.append("does not end with '?'") }
    if !critic.isOpen(suggestion) { problems.append("is not open by the critic's own rules") }
    let words = Tokenizer.tokenize(suggestion).filter(\.isWord).map(\.lowercased)
    let asked = Tokenizer.tokenize(question).filter(\.isWord).map(\.lowercased)
    if words.contains("my"), !asked.contains("my") { problems.append("says 'my'") }
    if let insult = words.first(where: insults.contains) {
      problems.append("keeps the insult '\(insult)'")
    }
    let kept = Set(words.map(lemma))
    for word in topicWords(of: question) where !kept.contains(lemma(word)) {
      problems.append("drops the topic word '\(word)'")
    }
    return problems
  }

  /// The nouns and names of the sentence a question asks in: the first that ends with "?", or
  /// the one before it when that has none ("Crypto is a scam. Right?"). Words of the frames a
  /// rewrite is meant to drop are not topic: opinion verbs, "kind of", "right mind", "on earth",
  /// tags, interjections and presuming adverbs ("still", "finally"); nor are loaded judgements
  /// ("scam", "overhyped", "gamblers"; `LoadedJudgements`), which a rewrite drops to remove the
  /// presumption ("Is crypto a scam?" → "How do you see crypto?").
  static func topicWords(of question: String) -> [String] {
    // Read as the critic reads it: "beleive" is "believe", "u" is "you".
    let sentences = SentenceSplitter.sentences(
      in: SpeechNormalizer.normalized(Tokenizer.tokenize(question)))
    let asking = sentences.firstIndex { $0.contains { $0.text.contains("?") } } ?? 0
    var words = contentWords(of: toldFactSubject(sentences[asking]) ?? sentences[asking])
    if words.isEmpty, asking > 0 { words = contentWords(of: sentences[asking - 1]) }
    return words.filter { loadedTerms.terms(in: $0).isEmpty && !LoadedJudgements.isLoaded($0) }
  }

  /// The subject of a fact the person is told they know ("You realise inflation hurts the
  /// poor?"): the rest is the asker's claim, which a rewrite leaves out ("What have you noticed
  /// about inflation?"). Nil for any other sentence, and for a verdict put with "be".
  private static func toldFactSubject(_ sentence: [Token]) -> [Token]? {
    let words = sentence.map(\.lowercased)
    guard let you = words.firstIndex(of: "you"),
      let verb = words[(you + 1)...].prefix(3).firstIndex(where: knowingVerbs.contains)
    else { return nil }
    var start = verb + 1
    if start < words.count, words[start] == "that" { start += 1 }
    guard start < words.count, let clause = ClauseParser.parse(Array(sentence[start...])),
      !clause.subject.isEmpty
    else { return nil }
    if case .be = clause.verb, clause.rest.first?.lowercased.hasSuffix("ing") != true {
      return nil
    }
    return clause.subject
  }

  private static let knowingVerbs: Set<String> = ["know", "realise", "realize", "understand"]

  private static func contentWords(of sentence: [Token]) -> [String] {
    sentence.filter(\.isWord).map(\.lowercased).filter { word in
      guard !FunctionWords.isFunctionWord(word), !frameWords.contains(word),
        !insults.contains(word)
      else { return false }
      let classes = Lexicon.classes(of: word)
      return !classes.isDisjoint(with: [.noun, .irregularPlural])
        || Lexicon.singular(of: word) != nil
        || (classes.isEmpty && Lexicon.verbReadings(of: word).isEmpty)
    }
  }

  /// The word's lemma, so that "banned" keeps "ban" and "rents" keeps "rent".
  private static func lemma(_ word: String) -> String {
    Lexicon.verbReadings(of: word).first?.base ?? Lexicon.singular(of: word) ?? word
  }

  private static let frameWords: Set<String> = [
    "think", "believe", "agree", "feel", "reckon", "suppose", "say", "saying", "mean", "wonder",
    "guess", "imagine", "expect", "accept", "claim", "tell", "telling", "kind", "sort", "type",
    "bit", "tad",
    "mind",
    "earth", "world", "hell", "cares", "come", "people", "person", "anyone", "anybody", "huh",
    "eh", "pardon", "sorry", "excuse", "right", "correct", "agreed", "yes", "no", "really",
    "even", "course", "know", "knows", "true", "possible", "likely", "be", "been", "being", "see",
    "realize", "realise", "understand", "notice", "admit", "sane", "smart", "reasonable",
    "rational", "intelligent", "sensible", "clever", "wise", "educated", "thinking", "quick",
    "question", "still", "keep", "finally",
  ]

  private static let loadedTerms = KeyTermFinder()

  /// Insults and loaded words, listed here independently of the critic's own lists.
  static let insults: Set<String> = [
    "bros", "huggers", "guzzler", "guzzlers",
    "stupid", "idiot", "idiots", "moron", "morons", "dumb", "fool", "fools", "sheep", "clown",
    "clowns", "naive", "ridiculous", "absurd", "crazy", "insane", "nonsense", "brainwashed",
    "parasite", "parasites", "leech", "leeches", "grifter", "grifters", "crook", "crooks", "liar",
    "liars", "hypocrite", "hypocrites",
  ]
}
