import Testing

@testable import SocraticCore

/// A line of theirs after an opening belief, with words no suggestion may then hold.
struct WordingCase: Sendable, CustomTestStringConvertible {
  /// What they said first, to set the talk going.
  var opening: String
  /// What they said next, as typed.
  var line: String
  /// Words no suggestion may hold after it.
  var never: [String]

  var testDescription: String { line }
}

/// Lines that name the listener as well as the speaker, or give the listener what is theirs:
/// turned one way only, both people would be "you".
private let mixedPersonLines: [WordingCase] = [
  WordingCase(
    opening: "i reckon running clubs are full of show offs",
    line: "fine ill come along but ull be miles quicker than me lol",
    never: ["than you", "ull", "you think fine"]),
  WordingCase(
    opening: "my flat is way too small for a dog",
    line: "the green lead is urs, i never even walk him",
    never: ["urs", "is yours"]),
  WordingCase(
    opening: "sharing a car with your sister never works",
    line: "that ones mine not urs so hands off",
    never: ["urs", "yours"]),
  WordingCase(
    opening: "nobody in this family can cook",
    line: "im no better at it than u are to be fair",
    never: ["than you", " u "]),
]

/// A loss, loneliness, and the hedges that come with them: the one who died is named as they
/// were named, and the suggestions stay with the person.
private let lossLines: [WordingCase] = [
  WordingCase(
    opening: "the allotment committee is a waste of time",
    line: "my grandad passed away on friday and i keep expecting him to ring",
    never: ["they like", "about them", "miss them"]),
  WordingCase(
    opening: "the allotment committee is a waste of time",
    line: "my auntie passed last month, idk she was the one who got me into gardening",
    never: ["they like", "about them", "miss them"]),
]

/// Partner's suggested wording: the persons of their words turned cleanly or not at all, and a
/// loss or loneliness met through the person, never tested or waved off.
@Suite("The partner dialogue: suggested wording after mixed persons, a loss and loneliness")
struct PartnerSuggestedWordingTests {
  @Test(
    "a line naming both people, or the listener's things, is never given back half-turned",
    arguments: mixedPersonLines)
  func mixedPersons(_ wording: WordingCase) {
    expectNever(wording)
  }

  @Test("a loss is asked about through who they were, never as 'them'", arguments: lossLines)
  func loss(_ wording: WordingCase) {
    expectNever(wording)
  }

  @Test("the one who died is named as they named them")
  func lossNamed() {
    var script = partnerScript()
    script.type("the allotment committee is a waste of time")
    let step = script.type("my grandad passed away on friday and i keep expecting him to ring")
    let questions = step.suggestedQuestions.map(\.text)
    #expect(!questions.contains { $0.contains("they") || $0.contains("them") }, "\(questions)")
    #expect(questions.contains("What do you miss most about him?"), "\(questions)")
  }

  @Test("loneliness with 'if im honest' is no blockage to look at")
  func lonelyHedge() {
    var script = partnerScript()
    script.type("the allotment committee is a waste of time")
    script.type("my nan died in june and the house is so quiet now")
    let step = script.type("the mornings are the longest bit if im honest")
    let shown = step.suggestions.map(\.text)
    for words in ["hard to look at", "less at stake", "honest thing", "if you're honest"] {
      #expect(!shown.contains { $0.contains(words) }, "\(words): \(shown)")
    }
  }

  @Test("after a goodbye, a loss told is stayed with: no breezy farewell")
  func lossAfterGoodbye() {
    var script = partnerScript()
    script.type("the allotment committee is a waste of time")
    script.type("right i'd better get the tea on, bye love")
    let step = script.type("its just not the same since your grandad died, 40 years we had")
    let shown = step.suggestions.map(\.text)
    #expect(!shown.contains { $0.contains("Anytime") || $0.contains("Talk soon") }, "\(shown)")
    #expect(!shown.contains { $0.contains("they") || $0.contains("them") }, "\(shown)")
    #expect(!shown.isEmpty)
  }

  @Test("a hedge closing the belief stays out of the claim and every line said back")
  func closingHedge() {
    var script = partnerScript()
    let step = script.type("sunday nights are the loneliest bit if im being honest")
    let claim = script.dialogue.state.claim?.claim ?? ""
    #expect(claim == "sunday nights are the loneliest bit", "\(claim)")
    let shown = step.suggestions.map(\.text)
    #expect(!shown.contains { $0.contains("honest") }, "\(shown)")
  }

  @Test("a plan said with 'dont laugh' and 'lol' is given back as their plan, no view they think")
  func planWithAside() {
    var script = partnerScript()
    let step = script.type("ok dont laugh but im gonna learn the drums at 50 lol")
    let reflection = step.suggestedReflection ?? ""
    #expect(reflection == "So you're gonna learn the drums at 50.", "\(reflection)")
  }

  @Test("after they take up an offer, no question picks apart a word of the claim")
  func warmMoment() {
    var script = partnerScript()
    script.type("crosswords are the most boring thing in the paper")
    script.type("/me shall i come round on thursday and we'll do one together?")
    let step = script.type("go on then. youll be useless at the anagrams mind")
    let shown = step.suggestions.map(\.text)
    for words in ["mean by", "what exactly do you", "How do you know", "typical", "than you"] {
      #expect(!shown.contains { $0.contains(words) }, "\(words): \(shown)")
    }
  }

  private func expectNever(_ wording: WordingCase) {
    var script = partnerScript()
    script.type(wording.opening)
    let step = script.type(wording.line)
    let shown = step.suggestions.map(\.text)
    for words in wording.never {
      #expect(!shown.contains { $0.contains(words) }, "\(words): \(shown)")
    }
  }
}
