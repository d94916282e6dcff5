import Testing

@testable import SocraticCore

private let calm = PartnerLines.self

/// One turn of a talk in which someone opens up about their own life, with what the person
/// coaching must see after it.
struct DisclosureTurn: Sendable, CustomTestStringConvertible {
  /// What they said, as typed.
  var line: String
  /// The stage after it.
  var stage: ConversationStage
  /// The line to say first, whole, when it is known.
  var reflection: String? = nil
  /// Words one of the questions must hold.
  var asks: String? = nil
  /// Words no suggestion and no stage note may hold.
  var never: [String] = []

  var testDescription: String { line }
}

/// A talk that opens with a belief, then turns to their life.
struct DisclosureTalk: Sendable, CustomTestStringConvertible {
  var name: String
  var turns: [DisclosureTurn]
  var testDescription: String { name }
}

/// What a belief question asks, never to be asked of a life told: how they know, what would
/// have to be true, how typical it is, what they mean by a word.
private let beliefProbes = [
  "How do you know", "What would have to be true", "typical", "What exactly do you mean",
  "How sure are you", "new belief", "winding up", "from 0 to 100",
]

private let talks: [DisclosureTalk] = [
  DisclosureTalk(
    name: "a dad on phones: a hard year told, how he is now, then he goes",
    turns: [
      DisclosureTurn(line: "kids spend far too long on their phones these days", stage: .claim),
      // A hardship lived is no belief: the claim and the stage stay, and the questions ask
      // after him.
      DisclosureTurn(
        line:
          "when my wife was in hospital last winter I wasn't sleeping, I'd sit out in the shed so the boys wouldn't see me upset",
        stage: .claim, asks: "How are you now?", never: beliefProbes),
      // Going, right after opening up: what he shared is acknowledged, and he is let go
      // without his view said back to him.
      DisclosureTurn(
        line: "anyway I'd best put the kettle on, they'll be home soon", stage: .close,
        reflection: calm.acknowledgingWhatTheyShared,
        never: ["I'll keep thinking about what you said"]),
    ]),
  DisclosureTalk(
    name: "a widower on the library: a loss told, then a joke about her",
    turns: [
      DisclosureTurn(line: "the new library was a waste of council money", stage: .claim),
      // Grief is met with sympathy and asked about through the person, never checked.
      DisclosureTurn(
        line: "my wife took our grandson there every saturday. she died three years ago in march",
        stage: .claim, reflection: calm.sympathy(pronoun: nil)[0], asks: "her", never: beliefProbes),
      // A laugh about her is no charge and no new belief.
      DisclosureTurn(
        line: "she'd have told the council a thing or two haha", stage: .claim,
        never: ["on the other side", "argument", "new belief"]),
    ]),
  DisclosureTalk(
    name: "a gran on banking apps: teased, worried about her age, warm",
    turns: [
      DisclosureTurn(line: "these banking apps are a nightmare to use", stage: .claim),
      // Forbidding kindness with a dare is teasing: no hostility read into it.
      DisclosureTurn(
        line: "don't you dare go easy on me just because I'm old", stage: .claim,
        never: ["on the other side", "less like an argument", "Sorry, you're right"]),
      // Her age and her fear are hers: held, never closed on, never questioned as a claim.
      DisclosureTurn(
        line: "at my age I'm frightened I'll press the wrong thing and lose my savings",
        stage: .claim, asks: "How are you holding up?", never: beliefProbes),
      // A kindness named is warmth, not an apology to forgive.
      DisclosureTurn(
        line: "that's very sweet of you to ask", stage: .claim,
        never: ["No harm done", "winding up"]),
    ]),
  DisclosureTalk(
    name: "a nephew on football: a ribbing with a laugh, then a bad patch told",
    turns: [
      DisclosureTurn(line: "the referees in this league are getting worse", stage: .claim),
      // A likeness said with a laugh is banter, not a charge.
      DisclosureTurn(
        line: "you sound like my old coach lol", stage: .claim,
        never: ["on the other side", "less like an argument"]),
      DisclosureTurn(
        line: "honestly after I got dropped I was a mess, I'd cry in the car before training",
        stage: .claim, asks: "How are you now?", never: beliefProbes),
    ]),
  DisclosureTalk(
    name: "an uncle on school trips: a scare lived through, then a fond memory",
    turns: [
      DisclosureTurn(line: "school trips abroad are far too risky for little ones", stage: .claim),
      // A fear for someone close is a scare lived through: stayed with, never rated.
      DisclosureTurn(
        line:
          "when our Mia had that allergy attack in Spain I honestly thought we were going to lose her",
        stage: .claim, never: beliefProbes + ["Why does this matter"]),
      // Tears told fondly are a happy memory: no comfort for a hardship.
      DisclosureTurn(
        line: "mind you on my own trip to Paris I sobbed on the coach home, it was magical",
        stage: .claim, never: ["sounds hard", "How are you now", "helped you through"]),
    ]),
  DisclosureTalk(
    name: "a son on the post office: a dad missed through his calls, then a bad spell",
    turns: [
      DisclosureTurn(line: "the post office has gone downhill since they sold it", stage: .claim),
      // Someone missed through the calls that no longer come is a loss, never a point granted.
      DisclosureTurn(
        line: "i know you do son. the flat is so quiet in the evenings without dad phoning",
        stage: .claim, reflection: calm.sympathy(pronoun: nil)[0],
        never: beliefProbes + ["you'd grant", "Why does this matter"]),
      // "In bits" is a bad spell lived through: asked after, never checked.
      DisclosureTurn(
        line: "when the shop shut i was in bits for months, i stopped going out at all",
        stage: .claim, asks: "How are you now?", never: beliefProbes + ["Why does this matter"]),
    ]),
]

/// Someone who opens up about their life is heard as opening up: what they tell is never a
/// belief, the conversation neither moves on nor closes over it, and the questions ask after
/// them; a laugh or a dare is teasing, and a kindness is warmth.
@Suite("The partner dialogue: disclosures, teasing and warmth")
struct PartnerDisclosureTests {
  @Test(
    "after each turn: the stage, the claim kept, the line to say and the questions",
    arguments: talks)
  func talk(_ talk: DisclosureTalk) {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    var script = DialogueScript<PartnerDialogue>(PartnerDialogue.start(setting: setting))
    var claim: String?
    for (number, turn) in talk.turns.enumerated() {
      let step = script.type(turn.line)
      if number == 0 { claim = script.dialogue.state.claim?.claim }
      let said = "after \u{201C}\(turn.line)\u{201D}: \(step.suggestions)"
      #expect(claim != nil)
      #expect(script.dialogue.state.claim?.claim == claim, "\(said)")
      #expect(script.dialogue.state.stage == turn.stage, "\(said)")
      if let reflection = turn.reflection {
        #expect(step.suggestedReflection == reflection, "\(said)")
      }
      if let asks = turn.asks {
        #expect(step.suggestedQuestions.contains { $0.text.contains(asks) }, "\(said)")
      }
      let shown = step.suggestions.map(\.text) + DialogueScript<PartnerDialogue>.notices(step)
      for words in turn.never {
        #expect(!shown.contains { $0.contains(words) }, "\(words) \(said)")
      }
    }
  }

  @Test("thanks said with a laugh for a number that dropped is banter, never a goodbye")
  func laughingThanks() {
    var script = partnerScript()
    script.type("school trips abroad are far too risky for little ones")
    script.type("/me how sure are you about that, out of 10?")
    let step = script.type("about a 6 now. was a 9 when we started, thanks a lot lol")
    #expect(script.dialogue.state.stage != .close)
    let shown = step.suggestions.map(\.text) + DialogueScript<PartnerDialogue>.notices(step)
    #expect(
      !shown.contains { $0.contains("winding up") || $0.contains("Thank you for") }, "\(shown)")
  }

  @Test("a loss is asked about through the person they named")
  func loss() {
    var script = partnerScript()
    script.type("the new library was a waste of council money")
    let step = script.type("my dad loved that old building. he passed away last spring")
    #expect(step.suggestedReflection == calm.sympathy(pronoun: nil)[0])
    #expect(
      step.suggestedQuestions.map(\.text).contains {
        $0.hasSuffix("about him?") || $0 == "What was he like?"
      })
  }

  @Test(
    "'went' with a when is a death; 'went' with how someone turned is none",
    arguments: [
      ("my uncle loved that pub. he went last winter", true),
      ("she went two years ago and i still set two cups out", true),
      ("mum went in march, the house is so quiet", true),
      ("asked him for the figures and he went a bit vague tbh", false),
      ("i told her about the job and she went quiet on me", false),
      ("they went a bit mad over the parking", false),
    ])
  func wentAsALoss(line: String, isLoss: Bool) {
    var script = partnerScript()
    script.type("opening a cafe in town is a safe bet")
    let step = script.type(line)
    let asked = step.suggestedQuestions.map(\.text)
    let grieves =
      step.suggestedReflection == calm.sympathy(pronoun: nil)[0]
      || asked.contains {
        $0.hasPrefix("What do you miss") || $0.hasPrefix("What was") && $0.hasSuffix("like?")
      }
    #expect(grieves == isLoss, "\(String(describing: step.suggestedReflection)) \(asked)")
  }

  @Test(
    "the recap: no name for the listener in the belief, firmness never what would change their mind, a goodbye no reason"
  )
  func recap() {
    var script = partnerScript()
    script.type([
      "wind farms are an eyesore kev", "I'm not budging on that",
      "right I'll let you get on, the dog wants walking",
    ])
    let said = script.events.compactMap { event -> SessionEvent.TheySaid? in
      if case .theySaid(let value) = event { return value }
      return nil
    }
    #expect(said.first?.statedBelief == "wind farms are an eyesore")
    let map = script.dialogue.state.map
    #expect(map.wouldChangeMind.isEmpty)
    #expect(map.reasons.isEmpty, "\(map.reasons)")
  }

  @Test("a view about people at large with a word of hardship in it is no disclosure")
  func notADisclosure() {
    let words = TheirWords.typedTokens(of: "toddlers cry on every long flight").filter(\.isWord)
    #expect(PartnerDisclosure.read(words) == nil)
    let told = TheirWords.typedTokens(of: "I cried the whole flight home").filter(\.isWord)
    #expect(PartnerDisclosure.read(told) == .pastHardship)
  }

  @Test("a death word in a joke or denied is no loss told")
  func deathWordInAJoke() {
    let joke = TheirWords.typedTokens(of: "he's 7, not some war widower lol").filter(\.isWord)
    #expect(PartnerDisclosure.read(joke) == nil)
    let told = TheirWords.typedTokens(of: "my aunt's been a widow ten years").filter(\.isWord)
    let asked = PartnerDisclosure.read(told)?.questions.map(\.text) ?? []
    // The aunt is the one left: the one who died is asked about, as "them".
    #expect(asked.contains("What were they like?"), "\(asked)")
    #expect(asked.contains("What do you miss most about them?"), "\(asked)")
  }

  @Test("grief is asked about by the pronoun of the one who died, not of whoever else is named")
  func griefPronounIsTheDeceased() {
    let words = TheirWords.typedTokens(of: "since dad went, the allotment is all she's got")
      .filter(\.isWord)
    let asked = PartnerDisclosure.read(words)?.questions.map(\.text) ?? []
    #expect(asked.contains("What was he like?"), "\(asked)")
    #expect(asked.contains("What do you miss most about him?"), "\(asked)")
  }
}
