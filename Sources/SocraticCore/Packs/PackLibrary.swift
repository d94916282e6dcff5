import Foundation

/// The topic packs a run of socratic uses: the built-ins, then the user folder's, then those
/// named with `--pack`, and what a session needs from them.
public struct PackLibrary: Sendable {
  /// The packs in loading order; a pack that replaced another took its place.
  public private(set) var packs: [LoadedPack]
  /// One line for each pack that replaced an earlier one with the same id, for standard error.
  public internal(set) var notices: [String]
  /// Finds which packs a belief is about from their keywords.
  public let topicIndex: TopicIndex

  /// A library of exactly these packs, later ones replacing earlier ones with the same id.
  public init(_ packs: [LoadedPack]) {
    var loaded: [LoadedPack] = []
    var notices: [String] = []
    for entry in packs {
      if let index = loaded.firstIndex(where: { $0.pack.id == entry.pack.id }) {
        notices.append(
          "Note: the pack '\(entry.pack.id)' from \(entry.source.path) replaces "
            + "\(loaded[index].source.replacedPhrase).")
        loaded[index] = entry
      } else {
        loaded.append(entry)
      }
    }
    self.packs = loaded
    self.notices = notices
    topicIndex = TopicIndex(loaded.map { (id: $0.pack.id, keywords: $0.pack.keywords) })
    var termIndex: [String: [TermQuestion]] = [:]
    for entry in loaded {
      for term in entry.pack.terms {
        for question in term.questions {
          var questions = termIndex[term.term, default: []]
          // A wording two packs share is listed once, kept whole if either pack keeps it.
          if let known = questions.firstIndex(where: { $0.template == question }) {
            questions[known].isKeptWhole = questions[known].isKeptWhole || entry.keepsEveryQuestion
          } else {
            questions.append(
              TermQuestion(template: question, isKeptWhole: entry.keepsEveryQuestion))
          }
          termIndex[term.term] = questions
        }
      }
    }
    self.termIndex = termIndex
    termQuestions = termIndex.mapValues { $0.map(\.template) }
    terms = termIndex.keys.sorted()
  }

  /// A loaded word's clarifying question, and whether its pack keeps every question it has
  /// (`LoadedPack.keepsEveryQuestion`) rather than only those that fit the belief.
  private struct TermQuestion: Sendable {
    var template: QuestionTemplate
    var isKeptWhole: Bool
  }

  /// Each loaded word's clarifying questions, from every pack that lists it, in loading order:
  /// built once, so a dialogue step looks up the words it meets rather than reading every
  /// pack's terms.
  private let termIndex: [String: [TermQuestion]]

  /// The pack with this id.
  public func pack(id: String) -> LoadedPack? {
    packs.first { $0.pack.id == id }
  }

  /// The ids of the packs whose keywords occur in a text, in loading order.
  public func topics(in text: String) -> [String] {
    topicIndex.topics(in: text)
  }

  /// The packs to draw questions from for a belief about these topics: the matched packs, then
  /// the packs that are for any belief (those without keywords, like `general`).
  public func packs(forTopics topics: [String]) -> [LoadedPack] {
    let matched = topics.compactMap { pack(id: $0) }
    return matched + packs.filter { $0.pack.isForAnyBelief && !topics.contains($0.pack.id) }
  }

  /// The packs for these topics, as `packs(forTopics:)`, each with only the questions that fit
  /// the belief by their own words (`QuestionFit`): a war question is not asked of a belief
  /// about tariffs because the geopolitics pack lists "tariff". A pack for any belief, and a
  /// facilitator's `--pack`, whose author chose its questions for the group, keep them all.
  public func packs(forTopics topics: [String], fitting belief: String) -> [LoadedPack] {
    let subjects = QuestionFit.subjects(in: belief)
    return packs(forTopics: topics).map { entry in
      if entry.keepsEveryQuestion { return entry }
      var fitted = entry
      fitted.pack.questions = entry.pack.questions.filter {
        QuestionFit.fits($0.text, beliefSubjects: subjects)
      }
      return fitted
    }
  }

  /// The questions of the packs for these topics that fit the belief, with placeholders
  /// filled; `{topic}` becomes each pack's title. Questions needing a value that is not given
  /// are left out, and a wording that two packs share is asked once.
  /// - Parameters:
  ///   - belief: what the questions must fit (`QuestionFit`); the claim among the values when
  ///     not given.
  ///   - registers: the registers to ask in (`QuestionRegister`); nil for any.
  public func questions(
    forTopics topics: [String], filling values: [Placeholder: String], belief: String? = nil,
    registers: Set<QuestionRegister>? = nil
  ) -> [Question] {
    var seen: Set<String> = []
    var questions: [Question] = []
    for entry in packs(forTopics: topics, fitting: belief ?? values[.claim] ?? "") {
      var packValues = values
      packValues[.topic] = Self.topicName(entry.pack.title)
      for template in entry.pack.questions
      where registers.map({ $0.contains(template.register) }) ?? true {
        guard let question = template.filled(with: packValues), seen.insert(question.text).inserted
        else { continue }
        questions.append(question)
      }
    }
    return questions
  }

  /// One loaded word's clarifying questions, from every pack that lists it, in loading order,
  /// that fit a belief of these subjects (`QuestionFit.subjects(in:)`): "How would someone who
  /// lost still be able to call it fair?" is for a contest, not for a school's rule that seems
  /// unfair. A facilitator's `--pack` keeps all of its own.
  func termQuestions(for term: String, fitting beliefSubjects: Set<String>) -> [QuestionTemplate] {
    (termIndex[term] ?? []).compactMap { question in
      question.isKeptWhole
        || QuestionFit.fits(question.template.text, beliefSubjects: beliefSubjects)
        ? question.template : nil
    }
  }

  /// The loaded words of every pack, lowercased and sorted.
  public let terms: [String]

  /// Each loaded word's clarifying questions, from every pack that lists it, in loading order.
  public let termQuestions: [String: [QuestionTemplate]]

  /// A title as it reads inside a sentence: "Crypto" → "crypto", but "AI regulation" stays.
  static func topicName(_ title: String) -> String {
    let letters = Array(title.prefix(2))
    guard letters.count == 2, letters[0].isUppercase, letters[1].isLowercase else { return title }
    return letters[0].lowercased() + title.dropFirst()
  }
}

extension PackLibrary {
  /// The packs that ship inside socratic, read and checked when they were embedded.
  public static func builtIn() -> PackLibrary {
    PackLibrary(BuiltInPacks.all)
  }
}
