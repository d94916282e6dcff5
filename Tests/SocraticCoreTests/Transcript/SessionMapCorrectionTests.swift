import Foundation
import SocraticCore
import Testing

/// What the person set right, what they asked, what they said of someone else and what moved
/// them are filed as what they are, as the closing (`sessions show`), the Markdown and the
/// JSON export show the map, and as the recap gives it back.
@Suite("The map files corrections, questions, others and what moved them as they are")
struct SessionMapCorrectionTests {
  private static func session(_ claim: String, _ turns: [(arc: String, answer: String)])
    -> SessionTranscript
  {
    SampleTranscripts.exploreSession(claim, byArc: turns)
  }

  private static func items(_ summary: SessionSummary, _ heading: String) -> [String] {
    SampleTranscripts.mapItems(summary, heading)
  }

  /// Everything the closing shows under "What you said", and the Markdown and JSON exports.
  private static func shown(_ transcript: SessionTranscript) -> [String] {
    let summary = SessionSummary(transcript)
    return summary.mapDigest.flatMap(\.items)
      + [MarkdownExporter.render(transcript), JSONExporter.render(transcript)]
  }

  /// A reason, and a correction of a word in it, with what the reason reads after it.
  struct Correction: Sendable, CustomStringConvertible {
    let claim: String
    let reason: String
    let correction: String
    let corrected: String
    let wrong: String
    var description: String { correction }
  }

  static let corrections: [Correction] = [
    Correction(
      claim: "the bus service here is useless", reason: "because the bus takes forty minutes",
      correction: "fifty, not forty. and it's late half the time",
      corrected: "the bus takes fifty minutes", wrong: "forty minutes"),
    Correction(
      claim: "my landlord is a crook", reason: "because he raised the rent twice this year",
      correction: "no not twice, three times. i checked the letters",
      corrected: "he raised the rent three times this year", wrong: "twice"),
    Correction(
      claim: "our school is underfunded", reason: "because my son's class has 34 kids in it",
      correction: "36, not 34. i counted at the play",
      corrected: "your son's class has 36 kids in it", wrong: "34 kids"),
    Correction(
      claim: "the new stadium was a mistake", reason: "because the council spent 90 million on it",
      correction: "not 90, 120 million. the overrun was huge",
      corrected: "the council spent 120 million on it", wrong: "90 million"),
    Correction(
      claim: "fast fashion should be taxed", reason: "because my sister buys a dress every week",
      correction: "every month, not every week. still a lot",
      corrected: "your sister buys a dress every month", wrong: "every week"),
    Correction(
      claim: "the high street is dying", reason: "because six shops closed on our road",
      correction: "no, not six, nine. i walked past them all",
      corrected: "nine shops closed on your road", wrong: "six shops"),
    Correction(
      claim: "the gym is overpriced", reason: "because the gym charges 60 pounds a month",
      correction: "70 pounds, not 60 pounds. they put it up",
      corrected: "the gym charges 70 pounds a month", wrong: "60 pounds"),
    Correction(
      claim: "my team is understaffed", reason: "because we lost four engineers in spring",
      correction: "not four, five engineers. one left in may",
      corrected: "you lost five engineers in spring", wrong: "four engineers"),
    Correction(
      claim: "the ferry should run at night", reason: "because the last boat leaves at nine",
      correction: "eight, not nine. in winter its eight",
      corrected: "the last boat leaves at eight", wrong: "at nine"),
    Correction(
      claim: "kids should learn to cook at school",
      reason: "because my nephew eats takeaway five nights a week",
      correction: "six nights, not five nights. his mum works late",
      corrected: "your nephew eats takeaway six nights a week", wrong: "five nights"),
  ]

  @Test("a correction puts what they meant in place of what was filed", arguments: corrections)
  func corrected(_ example: Correction) throws {
    let transcript = Self.session(
      example.claim, [("reasons", example.reason), ("probe", example.correction)])
    let reasons = Self.items(SessionSummary(transcript), "Your reasons")
    #expect(reasons.contains { $0.hasPrefix(example.corrected) }, "\(reasons)")
    #expect(!reasons.contains { $0.contains(example.wrong) }, "\(reasons)")
    let map = try #require(SessionSummary(transcript).map)
    #expect(ReflectionWriter.summary(of: map)?.contains(example.wrong) != true)
  }

  /// An answer with a question of the person's own, and the words of that question.
  struct Asked: Sendable, CustomStringConvertible {
    let claim: String
    let arc: String
    let answer: String
    let question: String
    var description: String { answer }
  }

  static let asked: [Asked] = [
    Asked(
      claim: "the four day week would work for nurses", arc: "change_mind",
      answer: "what would convince me? a trial on a real ward, with the numbers",
      question: "convince me"),
    Asked(
      claim: "cash should never be phased out", arc: "change_mind",
      answer: "hmm what would it take? maybe if every old person had a smartphone",
      question: "what would it take"),
    Asked(
      claim: "dogs should be banned from beaches", arc: "change_mind",
      answer: "i dunno. if owners picked up after them. but who knows", question: "who knows"),
    Asked(
      claim: "the council wastes our money", arc: "reasons",
      answer: "why else would the bins be collected every three weeks? the roads are a mess too",
      question: "why else"),
    Asked(
      claim: "exams are a bad way to test kids", arc: "reasons",
      answer: "do you know how many kids freeze in exams? my daughter blanked in maths",
      question: "how many kids freeze"),
    Asked(
      claim: "e-scooters should be banned", arc: "inversion",
      answer: "is anyone actually safer because of them? some people do get to work faster",
      question: "actually safer"),
    Asked(
      claim: "homeschooling is better than school", arc: "change_mind",
      answer: "like what would change my mind? seeing homeschooled kids struggle socially",
      question: "change my mind"),
    Asked(
      claim: "tipping should be abolished", arc: "reasons",
      answer: "how is that fair on the waiters? their pay depends on moods",
      question: "fair on the waiters"),
    Asked(
      claim: "the metro should run all night", arc: "inversion",
      answer: "who would even ride it at 4am? well, night workers i suppose",
      question: "ride it at 4am"),
    Asked(
      claim: "phones should be banned in schools", arc: "reasons",
      answer: "can you imagine learning with tiktok buzzing? the teachers say focus is gone",
      question: "imagine learning"),
    Asked(
      claim: "landlords should need a licence", arc: "change_mind",
      answer: "who cares honestly. if rents fell without it maybe", question: "who cares"),
  ]

  @Test("a question the person asks is filed as nothing", arguments: asked)
  func questionsAreNoContent(_ example: Asked) {
    let transcript = Self.session(example.claim, [(example.arc, example.answer)])
    let items = SessionSummary(transcript).mapDigest.flatMap(\.items)
    #expect(!items.contains { $0.contains(example.question) }, "\(items)")
  }

  /// What a person is, said while giving reasons: "he's a hard worker".
  static let describedSomeone: [(claim: String, answer: String, described: String)] = [
    ("wind farms ruin the countryside", "the view is gone. he's a hard worker", "hard worker"),
    ("the rail strike is justified", "wages fell for ten years. my uncle is a driver", "driver"),
    ("zoos should close", "the cages are tiny. my aunt was a keeper there", "keeper"),
    (
      "the new mayor is doing well", "the parks got cleaned up. she's a former nurse",
      "former nurse"
    ),
    ("boxing should be banned", "fighters get brain damage. my dad was a boxer", "boxer"),
    ("private schools should pay vat", "they get tax breaks. his mum is a teacher", "teacher"),
    ("the clinic is badly run", "waits are four hours. our manager is a nice woman", "nice woman"),
    ("cyclists should pay road tax", "they use the roads. my neighbour is a cyclist", "cyclist"),
    ("our vicar should retire", "the sermons go on forever. he is 82 this year", "82"),
    ("the factory should stay open", "it employs half the town. my brother is a welder", "welder"),
  ]

  @Test(
    "what someone else is like is no reason for the belief",
    arguments: describedSomeone.map { [$0.claim, $0.answer, $0.described] })
  func someoneDescribed(_ example: [String]) {
    let parts = example[1].split(separator: ".", maxSplits: 1).map(String.init)
    let transcript = Self.session(
      example[0], [("reasons", "because " + parts[0]), ("reasons", "because" + parts[1])])
    // Told with a reason, it may back it (in brackets); it is never a reason of its own.
    let reasons = Self.items(SessionSummary(transcript), "Your reasons").map {
      $0.split(separator: "(").first.map(String.init) ?? $0
    }
    #expect(!reasons.contains { $0.contains(example[2]) }, "\(reasons)")
  }

  /// Answers to a question about a feeling ("what leaves you feeling proud?"), and to "what
  /// moved it?": neither gives reasons for the belief.
  static let notGrounds: [(claim: String, arc: String, answer: String, words: String)] = [
    (
      "wind farms ruin the countryside", "moment", "because my grandson climbs them daily",
      "grandson"
    ),
    (
      "the school run is dangerous", "moment", "because my girl learned to cycle this year", "cycle"
    ),
    (
      "local papers are dying", "moment", "because dad ran the print room for decades", "print room"
    ),
    ("the nhs is failing", "moment", "because the nurses stayed late every night", "stayed late"),
    (
      "football is too commercial", "moment", "because our club raised money for the food bank",
      "food"
    ),
    (
      "the village needs a bypass", "rerate", "60 because the lorry drivers story moved it", "lorry"
    ),
    (
      "crypto is a scam", "rerate", "70 because the remittance thing knocked it a bit", "remittance"
    ),
    ("zoos should close", "rerate", "50 because the breeding programmes shifted it", "breeding"),
    (
      "remote work kills culture", "rerate", "65 because my own productivity numbers changed it",
      "numbers"
    ),
    (
      "tourists ruin the old town", "rerate", "40 because the bar owners moved it for me",
      "bar owners"
    ),
  ]

  @Test(
    "answers about a feeling or about what moved them give no reason",
    arguments: notGrounds.map { [$0.claim, $0.arc, $0.answer, $0.words] })
  func noGrounds(_ example: [String]) {
    let answered = Self.session(
      example[0],
      [("reasons", "because the evidence keeps piling up"), (example[1], example[2])])
    let reasons = Self.items(SessionSummary(answered), "Your reasons")
    #expect(!reasons.contains { $0.contains(example[3]) }, "\(reasons)")
  }

  @Test(
    "what moved them, answering what moved it, is shown as what moved their rating",
    arguments: notGrounds.filter { $0.arc == "rerate" }.map { [$0.claim, $0.answer] })
  func whatMoved(_ example: [String]) throws {
    let transcript = Self.session(
      example[0], [("reasons", "because the evidence keeps piling up"), ("rerate", example[1])])
    let got = Self.items(SessionSummary(transcript), "What moved your rating")
    #expect(got.count == 1)
    #expect(Self.items(SessionSummary(transcript), "Where you got to").isEmpty)
    // "65 because my own numbers changed it" → "your own numbers changed it": no rating.
    let words = example[1].split(separator: " ")
    let verb = try #require(words.firstIndex(of: "it")).advanced(by: -1)
    #expect(got.first?.contains(words[verb] + " it") == true, "\(got)")
    #expect(got.first?.first?.isNumber == false, "\(got)")
    let map = try #require(SessionSummary(transcript).map)
    let recap = try #require(ReflectionWriter.summary(of: map))
    #expect(recap.hasPrefix("What moved your rating"), "\(recap)")
    // What says it moved the rating is given as theirs: never "what moved it: … moved it".
    #expect(recap.contains(": you said "), "\(recap)")
  }

  @Test("a recap names no reason it cannot say as a clause after \"that\"")
  func noThatOf() throws {
    var map = BeliefMap(claim: "kids under 12 shouldnt have phones")
    map.reasons = [BeliefMap.Reason(text: "of the group chats")]
    map.doubts = ["my cousin turned out fine with one at nine"]
    map.shifts = ["its the apps not the phone itself that worry me"]
    let recap = try #require(ReflectionWriter.summary(of: map))
    #expect(!recap.contains("that of"))
    #expect(!recap.contains("group chats"))
  }
}
