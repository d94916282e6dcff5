import Testing

@testable import SocraticCore

/// Each line logged with `/me` is labelled once, by what it does to the other person: a line
/// that gives back and adds is a complex reflection, a plan put to them is a proposal, a joke
/// taken up or a goodbye is no reflection, and the "what would tell you it failed" question is
/// the one about what would change their mind.
@Suite("Partner labels the person's own lines by what they do")
struct PartnerLineLabelTests {
  /// The verdicts a person reads beside each kind of line.
  static let proposal =
    "a proposal: once they have been heard, putting a way forward together to them is right; "
    + "see what they make of it"
  static let playingAlong =
    "playing along: taking them up on it keeps it warm; it gives nothing of theirs back, and "
    + "need not"
  static let warmth =
    "warmth: telling someone close that they matter, or offering a hand, is right as it is"

  /// What was said to them, then what they said, then the `/me` line.
  struct Case: Sendable, CustomTestStringConvertible {
    var theirs: String
    var mine: String
    var form: QuestionForm
    var depth: ReflectionDepth? = nil
    var kind: QuestionKind? = nil
    var verdict: String? = nil
    var testDescription: String { mine }
  }

  @Test(
    "the line's label",
    arguments: [
      Case(
        theirs: "i just think sunday lunch should be at nans, like always. grandad wanted that",
        mine: "sounds like sunday lunch there is bound up with grandad for you",
        form: .reflection, depth: .complex),
      Case(
        theirs: "the garden i guess. he was always out there pottering",
        mine: "the garden. the whole place must feel strange without him out there",
        form: .reflection, depth: .complex),
      Case(
        theirs: "fine. do what you like, you always do",
        mine: "what about if we come up saturday and help you with the garden?",
        form: .statement, verdict: PartnerLineLabelTests.proposal),
      Case(
        theirs: "idk. maybe if someone came round in the week",
        mine: "how about i pop in wednesdays after work? i'll bring biscuits",
        form: .statement, verdict: PartnerLineLabelTests.proposal),
      Case(
        theirs: "ha ok but ur buying the first round",
        mine: "deal. i'll even let you win at darts",
        form: .statement, verdict: PartnerLineLabelTests.playingAlong),
      Case(
        theirs: "cheers for listening, means a lot",
        mine: "anytime. go get some sleep x",
        form: .statement, verdict: PartnerLineLabelTests.warmth),
      Case(
        theirs: "i've put my savings in it tbh, its going to fly",
        mine: "what would tell you it wasnt working by the summer?",
        form: .open, kind: .inversion),
    ])
  func label(_ example: Case) {
    var script = DialogueScript<PartnerDialogue>(
      PartnerDialogue.start(setting: CoachingSetting(library: DialogueFixtures.library, seed: 7)))
    script.type(example.theirs)
    let step = script.type("/me " + example.mine)
    let asked = step.events.compactMap { event -> SessionEvent.Asked? in
      if case .asked(let value) = event { return value }
      return nil
    }
    let critique = asked.first?.critique
    #expect(critique?.form == example.form.rawValue)
    #expect(critique?.depth == example.depth)
    if example.kind != nil { #expect(critique?.kind == example.kind) }
    if let verdict = example.verdict { #expect(critique?.problems == [verdict]) }
    // A line labelled a reflection, or no question, is never also credited as opening one.
    if example.form != .open {
      #expect(!DialogueScript<PartnerDialogue>.notices(step).contains(MeLine.reflectionCredit))
    }
  }

  @Test(
    "the speaker's own say before a question gives nothing back",
    arguments: [
      ("i do care what you think. what would make it easier?", "dont worry what i think"),
      ("i'm not going anywhere. what do you need?", "just leave me be, go on"),
    ] as [(String, String)])
  func ownSay(line: String, after previous: String) {
    #expect(!ListeningScorecard.opensWithAReflection(line, after: previous))
  }
}
