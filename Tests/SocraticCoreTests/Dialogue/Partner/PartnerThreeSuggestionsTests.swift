import Testing

@testable import SocraticCore

/// A turn of a talk at home, and the three suggestions it must get, as the user reads them.
struct ThreeSuggestionsTurn: Sendable, CustomTestStringConvertible {
  /// What they said, as typed.
  var line: String
  /// The first line to say: the whole of it, or a part it must contain.
  var says: PartnerTurn.Expected
  /// How many questions come with it: two of different kinds for what they said, none after a
  /// dig or when they close the question.
  var questions: Int
  /// The lines to say instead of questions, in order, when they close the question.
  var lines: [String]? = nil
  /// Words no suggestion may show: the name they call the listener, a word picked on.
  var never: [String] = []
  /// Words no question may show: a long reason of theirs pasted in.
  var neverAsked: [String] = []

  var testDescription: String { line }
}

/// A talk at home as it is typed, turn by turn.
struct ThreeSuggestionsTalk: Sendable, CustomTestStringConvertible {
  var name: String
  var turns: [ThreeSuggestionsTurn]
  var testDescription: String { name }
}

private let asksForAnExample = ["example", "a time when", "a case"]

private let talks: [ThreeSuggestionsTalk] = [
  ThreeSuggestionsTalk(
    name: "a sister on buying a flat: a name first, examples, a reason, a dig, her mind made up",
    turns: [
      ThreeSuggestionsTurn(
        line: "ben, no one our age can afford a flat in this town anymore",
        says: .containing("no one your age can afford a flat"), questions: 2, never: ["ben"]),
      ThreeSuggestionsTurn(
        line:
          "my flatmate saved for six years and still got outbid, and my cousin gave up and moved away",
        says: .containing("your flatmate saved for six years"), questions: 2,
        never: asksForAnExample),
      ThreeSuggestionsTurn(
        line: "the landlords buy up every flat that comes on the market",
        says: .containing("the landlords buy up"), questions: 2, never: asksForAnExample),
      ThreeSuggestionsTurn(
        line: "you wouldn't understand, you've never paid rent in your life",
        says: .exactly(PartnerLines.takingADigAtStanding[0]), questions: 0,
        never: ["paid rent"]),
      ThreeSuggestionsTurn(
        line: "look i've made my mind up about it",
        says: .exactly(PartnerLines.respectingTheirMind[0]), questions: 0,
        lines: PartnerLines.respectingTheirMind),
    ]),
  ThreeSuggestionsTalk(
    name: "a son on electric cars: mum said first, a worry, a neighbour's story, a doubt, differ",
    turns: [
      ThreeSuggestionsTurn(
        line: "mum, electric cars are a total con",
        says: .exactly("So you think electric cars are a total con."), questions: 2,
        never: ["mum"]),
      ThreeSuggestionsTurn(
        line: "honestly it worries me, we couldn't afford another car if this one packs in",
        says: .containing("worr"), questions: 2, never: ["mum"]),
      ThreeSuggestionsTurn(
        line: "the bloke across the road had his sitting dead on the drive for a fortnight",
        says: .containing("the bloke across the road"), questions: 2, never: asksForAnExample),
      ThreeSuggestionsTurn(
        line: "ok maybe the newer ones are better i suppose",
        says: .containing("newer ones are better"), questions: 2, never: asksForAnExample),
      ThreeSuggestionsTurn(
        line: "we'll have to agree to differ on this one",
        says: .exactly(PartnerLines.respectingTheirMind[0]), questions: 0,
        lines: PartnerLines.respectingTheirMind),
    ]),
  ThreeSuggestionsTalk(
    name: "a grandad on the young: a name last, a long reason, a dig, a story, nothing to change",
    turns: [
      ThreeSuggestionsTurn(
        line: "young people today don't want to work, gary",
        says: .exactly("So you think young people today don't want to work."), questions: 2,
        never: ["gary"]),
      ThreeSuggestionsTurn(
        line:
          "because when i was sixteen i was down the pit every morning before it was light and nobody complained",
        says: .containing("sixteen"), questions: 2,
        neverAsked: ["down the pit every morning before it was light"]),
      ThreeSuggestionsTurn(
        line: "you'd never know, you've never done a hard day's graft",
        says: .exactly(PartnerLines.takingADigAtStanding[0]), questions: 0,
        never: ["hard day"]),
      ThreeSuggestionsTurn(
        line: "the lad next door quit his job after two weeks because it was too early",
        says: .containing("the lad next door quit his job"), questions: 2,
        never: asksForAnExample),
      ThreeSuggestionsTurn(
        line: "nothing you say will change my mind on that",
        says: .exactly(PartnerLines.respectingTheirMind[0]), questions: 0,
        lines: PartnerLines.respectingTheirMind),
    ]),
]

@Suite("Partner offers three suggestions a facilitator would say")
struct PartnerThreeSuggestionsTests {
  @Test(
    "after each kind of turn: a line to say, two questions of different kinds or none",
    arguments: talks)
  func talk(_ talk: ThreeSuggestionsTalk) {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    var script = DialogueScript<PartnerDialogue>(PartnerDialogue.start(setting: setting))
    var asked: Set<String> = []
    for turn in talk.turns {
      let step = script.type(turn.line)
      let after = "after \u{201C}\(turn.line)\u{201D}: \(step.suggestions.map(\.text))"
      guard let said = step.suggestedReflection else {
        Issue.record("no line to say \(after)")
        continue
      }
      switch turn.says {
      case .exactly(let text): #expect(said == text, "\(after)")
      case .containing(let part): #expect(said.contains(part), "\(after)")
      case .lacking(let words): #expect(!said.contains(words), "\(after)")
      }
      let questions = step.suggestedQuestions
      // As many as the turn has room for, fewer rather than a stock wording.
      #expect(questions.count <= turn.questions, "\(after)")
      #expect(Set(questions.map(\.kind)).count == questions.count, "\(after)")
      if let lines = turn.lines {
        #expect(step.suggestions.map(\.text) == lines, "\(after)")
      }
      for question in questions {
        #expect(asked.insert(question.text).inserted, "asked twice: \(question.text)")
        for phrase in turn.neverAsked {
          #expect(
            !Self.words(of: question.text).contains(Self.words(of: phrase)),
            "\u{201C}\(phrase)\u{201D} asked \(after)")
        }
      }
      for item in step.suggestions {
        let shown = Self.words(of: item.text)
        for phrase in turn.never {
          #expect(
            !shown.contains(Self.words(of: phrase)), "\u{201C}\(phrase)\u{201D} shown \(after)")
        }
      }
    }
  }

  /// A text's words, lowercased, each set off by spaces: a phrase is found whole.
  static func words(of text: String) -> String {
    let words = text.lowercased().split { !$0.isLetter && $0 != "'" }
    return " " + words.joined(separator: " ") + " "
  }
}
