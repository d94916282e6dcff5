import Foundation
import Testing

@testable import SocraticCore

@Suite("The built-in packs")
struct BuiltInPacksTests {
  static let library = PackLibrary.builtIn()
  static let ids = ["ai-regulation", "crypto", "general", "geopolitics", "politics"]

  func pack(_ id: String) throws -> TopicPack {
    try #require(Self.library.pack(id: id)).pack
  }

  @Test("the five packs ship, in the order of their files")
  func shipped() {
    #expect(Self.library.packs.map(\.pack.id) == Self.ids)
    #expect(Self.library.packs.map(\.source) == Self.ids.map { .builtIn(file: $0 + ".yaml") })
  }

  @Test("the embedded packs are prompts/*.yaml as the pack reader reads them, all valid")
  func embeddedMatchesPrompts() throws {
    let prompts = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("prompts")
    let names = try FileManager.default.contentsOfDirectory(atPath: prompts.path)
      .filter { $0.hasSuffix(".yaml") }.sorted()
    let onDisk = try names.map { name -> TopicPack? in
      let bytes = try Array(Data(contentsOf: prompts.appendingPathComponent(name)))
      switch PackReader.read(bytes, path: "prompts/" + name) {
      case .success(let pack): return pack
      case .failure(let invalid):
        Issue.record("prompts/\(name) is not a valid pack:\n\(invalid.report)")
        return nil
      }
    }
    #expect(
      BuiltInPacks.all.map { $0.source } == names.map { .builtIn(file: $0) }
        && BuiltInPacks.all.map { Optional($0.pack) } == onDisk,
      "prompts/ differs from the embedded packs: run 'swift run pack-embedder' and commit")
  }

  @Test("each pack is substantial and balanced", arguments: ids)
  func substance(id: String) throws {
    let pack = try pack(id)
    #expect(pack.questions.count >= 40)
    #expect(Set(pack.questions.map(\.kind)) == Set(QuestionKind.allCases))
    #expect(pack.beliefs.count >= 12)
    let sides = pack.beliefs.map(\.side)
    #expect(sides.filter { $0 == .for }.count == sides.filter { $0 == .against }.count)
    #expect(!sides.contains(nil))
    #expect(pack.terms.count >= 8)
    #expect(!pack.description.isEmpty)
    #expect(Set(pack.questions.map(\.text)).count == pack.questions.count, "a question repeats")
  }

  @Test(
    "every topic pack's own beliefs match it by keyword; general matches any belief",
    arguments: ids)
  func keywordsMatchBeliefs(id: String) throws {
    let pack = try pack(id)
    guard pack.id != "general" else {
      #expect(pack.isForAnyBelief)
      return
    }
    for belief in pack.beliefs {
      #expect(
        Self.library.topics(in: belief.text).contains(pack.id),
        "'\(belief.text)' does not match \(pack.id)")
    }
  }

  @Test(
    "keywords cover each pack's everyday subjects, and a common word does not stray",
    arguments: [
      ("Immigrants take jobs from local workers.", ["politics"]),
      ("Universal basic income makes people lazy.", ["politics"]),
      ("Taxes on the rich would fix the deficit.", ["politics"]),
      ("Capitalism is the best system we have.", ["politics"]),
      ("Brexit was a disaster for Britain.", ["politics"]),
      ("The UN is useless.", ["geopolitics"]),
      ("The EU should have its own army.", ["geopolitics"]),
      ("No country has ever become rich through tariffs.", ["geopolitics"]),
      ("Big Tech controls what we think.", ["ai-regulation"]),
      ("Self-driving cars will kill more people than they save.", ["ai-regulation"]),
      ("Marriage is an outdated institution.", []),
    ])
  func everydaySubjects(belief: String, topics: [String]) {
    #expect(Self.library.topics(in: belief).filter { $0 != "general" } == topics)
  }

  /// Common words that would make a pack match beliefs that are not about it.
  static let tooCommon: Set<String> = [
    "state", "power", "money", "people", "world", "work", "time", "year", "way", "life", "man",
    "woman", "child", "thing", "place", "case", "point", "company", "number", "group", "problem",
    "fact", "right", "law", "rule", "market", "change", "price", "value", "system", "country",
    "public", "free", "safe", "new", "good", "bad", "future", "history", "energy", "job", "news",
    "trust", "party", "leader", "court", "token", "coin", "mining", "model", "data", "computer",
    "control", "freedom", "policy", "rights", "nation", "land", "border", "bank", "order",
  ]

  @Test("keywords are specific enough not to match unrelated beliefs", arguments: ids)
  func specificKeywords(id: String) throws {
    let pack = try pack(id)
    for keyword in pack.keywords {
      #expect(!Self.tooCommon.contains(keyword.lowercased()), "'\(keyword)' is too common")
    }
  }

  /// Analyses of different shapes of belief, as the engine gives them.
  static let analyses: [[Placeholder: String]] = [
    [.claim: "crypto is a scam", .inverted: "crypto is not a scam", .term: "scam"],
    [.claim: "you should always vote", .inverted: "you should not always vote", .term: "always"],
    [
      .claim: "nobody needs rules for AI", .inverted: "somebody needs rules for AI", .term: "rules",
    ],
    [.claim: "sanctions never work", .inverted: "sanctions sometimes work", .term: "never"],
    [.claim: "the media lies", .inverted: "the media does not lie", .term: "lies"],
  ]

  /// Words a neutral, open question may start with.
  static let openOpeners: Set<String> = [
    "what", "why", "how", "which", "who", "whose", "where", "when", "if", "suppose",
  ]

  @Test("every question reads as an open question whatever belief fills it", arguments: ids)
  func filledQuestionsReadWell(id: String) throws {
    let pack = try pack(id)
    let templates = pack.questions + pack.terms.flatMap(\.questions)
    for values in Self.analyses {
      var filling = values
      filling[.topic] = PackLibrary.topicName(pack.title)
      for template in templates {
        let question = try #require(template.filled(with: filling), "\(template.text)")
        let text = question.text
        let opener = QuestionRules.firstWord(of: text)
        #expect(Self.openOpeners.contains(opener), "'\(text)' does not open openly")
        #expect(text.first?.isUppercase == true, "'\(text)' does not start with a capital")
        #expect(text.hasSuffix("?") && !text.hasSuffix(" ?"), "'\(text)' does not end in '?'")
        #expect(!text.contains("  "), "'\(text)' has doubled spaces")
        #expect(!text.contains("{") && !text.contains("}"), "'\(text)' has braces left")
        #expect(QuestionRules.closedFormProblem(in: text) == nil, "'\(text)' is closed")
      }
    }
  }

  @Test(
    "sample beliefs are statements, and what their holders say is written out",
    arguments: ids)
  func beliefs(id: String) throws {
    let pack = try pack(id)
    for belief in pack.beliefs {
      #expect(belief.text.hasSuffix("."), "'\(belief.text)' is not a statement")
      #expect(belief.reasons.count >= 2 && belief.replies.count >= 2, "'\(belief.text)'")
    }
  }
}
