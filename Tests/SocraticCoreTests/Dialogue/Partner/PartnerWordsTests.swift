import Testing

@testable import SocraticCore

/// Partner's words are whole and aimed right: a name for the listener is never content, a
/// reflection is a whole clause with their "we" turned to "you", a story told before any
/// belief is no claim to rate, and a feeling said as a phrase is named whole.
@Suite("Partner words aim at the belief")
struct PartnerWordsTests {
  private typealias Script = DialogueScript<PartnerDialogue>

  private func partner() -> Script {
    Script(
      PartnerDialogue.start(setting: CoachingSetting(library: DialogueFixtures.library, seed: 7)))
  }

  private func texts(_ step: DialogueStep) -> [String] {
    step.outputs.flatMap { output -> [String] in
      guard case .suggestions(_, let items) = output else { return [] }
      return items.map(\.text)
    }
  }

  private func claims(_ step: DialogueStep) -> [String] {
    step.events.compactMap { event in
      if case .theySaid(let value) = event { return value.claim }
      return nil
    }
  }

  @Test(
    "an endearment or address at the end of a sentence is no part of what they say",
    arguments: [
      ("solar panels are a waste", "the panels love. they stop working after ten years", "love"),
      ("the new estate is a mistake", "the roads love. theyre jammed every morning", "love"),
      ("vinyl beats streaming", "the records love. they sound warmer and fuller", "love"),
      ("school uniforms are pointless", "the cost son. parents pay a fortune for blazers", "son"),
      ("private schools should go", "the fees mum. nobody normal can afford them", "mum"),
      ("football is ruined", "the prices dad. a ticket costs a week of shopping", "dad"),
      ("fast fashion is a scandal", "the factories love. people work for pennies", "love"),
      ("cruise ships are a menace", "the fumes love. the whole harbour stinks", "love"),
      ("self driving cars are a fantasy", "the sensors son. they cant see in snow", "son"),
      ("smart meters are a con", "the bills luv. mine went up after they fitted it", "luv"),
    ] as [(String, String, String)])
  func address(claim: String, line: String, word: String) {
    var script = partner()
    script.type(claim)
    let said = texts(script.type(line))
    let named = said.filter { text in
      Tokenizer.tokenize(text).filter(\.isWord).contains { $0.lowercased == word }
    }
    #expect(named.isEmpty, "\(named)")
  }

  @Test(
    "an adjective before a name they give a thing keeps the name: it is not the listener's",
    arguments: [
      "it costs less than my old volvo", "nothing beats my trusty peugeot",
      "she still drives her little nissan", "he sold his shiny tesla",
      "we kept our battered landrover", "they bought a cheap hyundai",
      "i miss my old nokia", "it runs better than my last vauxhall",
      "my dad loved his rusty citroen", "he swears by his ancient toyota",
    ])
  func adjectiveBeforeName(sentence: String) {
    let words = Tokenizer.tokenize(sentence).filter(\.isWord)
    #expect(Vocative.nameStart(atEndOf: words) == nil)
  }

  @Test(
    "a word they call the listener by ends a clause as a name; one owned or with its article is a thing",
    arguments: [
      ("the winters were colder back then duck", true),
      ("nobody has time for anyone now petal", true),
      ("we kept hens and i loved my hen", false),
      ("the kids fed the duck", false),
    ])
  func listenerWordAtEnd(sentence: String, isName: Bool) {
    let words = Tokenizer.tokenize(sentence).filter(\.isWord)
    #expect((Vocative.nameStart(atEndOf: words) != nil) == isName, "\(sentence)")
  }

  @Test(
    "a reflection given back is a whole clause, never a fragment",
    arguments: [
      ("So maybe if we all went in on the same day.", false),
      ("So when the plant shut down.", false),
      ("So it costs less than your big.", false),
      ("So because the rent went up.", false),
      ("So unless the council steps in.", false),
      ("So kids digging in the mines.", false),
      ("So if the rent fell, that would change your mind.", true),
      ("So you'd put it at about 90 out of 100.", true),
      ("It sounds like you feel out of the loop.", true),
      ("So you missed the launch by a week.", true),
    ] as [(String, Bool)])
  func whole(line: String, isWhole: Bool) {
    #expect(PartnerGrammar.isWhole(line) == isWhole)
  }

  @Test(
    "a story of theirs told before any belief is no claim, and nothing asks how sure they are of it",
    arguments: [
      "we lost the contract last spring, and the boss blamed the new starters",
      "my team missed two deadlines in march",
      "i got stuck on the ring road for an hour this morning",
      "our landlord put the rent up twice last year",
      "we waited six hours in a and e with my nan",
      "my brother got scammed on marketplace last week",
      "nobody replied to the email until friday, and we lost the booking",
      "i paid forty quid for a taxi home on saturday",
      "our school cut the music lessons in september",
      "we had three power cuts over christmas",
    ])
  func story(line: String) {
    var script = partner()
    let step = script.type(line)
    #expect(claims(step).isEmpty, "\(claims(step))")
    let rating = texts(step).filter { $0.contains("How sure") || $0.contains("less sure") }
    #expect(rating.isEmpty, "\(rating)")
  }

  @Test(
    "a belief about the past said of others is still their claim",
    arguments: [
      "the election was stolen from us", "covid was made in a lab",
      "the moon landing was faked", "brexit was a huge mistake",
      "the war was about oil", "the banks caused the crash",
      "the old system worked better", "the lockdowns did more harm than good",
      "the referee was bought", "the vaccine was rushed",
    ])
  func pastBelief(line: String) {
    var script = partner()
    #expect(!claims(script.type(line)).isEmpty)
  }

  @Test(
    "a feeling said as a phrase after 'feel' is named whole",
    arguments: [
      ("i feel a bit out of the loop since they moved", "out of the loop"),
      ("honestly i feel out of my depth at work", "out of my depth"),
      ("i felt out of place at the party", "out of place"),
    ] as [(String, String)])
  func feelingPhrase(line: String, feeling: String) {
    let answer = AnswerMoveReader.read(line)
    #expect(answer.feelings.contains(feeling), "\(answer.feelings)")
  }
}
