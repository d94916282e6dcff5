import Testing

@testable import SocraticCore

private let calm = PartnerLines.self

private let union = "the union is the only thing that ever protected people like us"

/// Conversations that go where people take them: a story told at length, a charge at the
/// listener, a dislike granted before a "but", a worry named and then put away, a change of
/// subject, a secret.
let personaConversations: [PartnerConversation] = [
  PartnerConversation(
    name: "a father on the union: a story, a charge, a 'but', a cut, a worry, a new subject",
    turns: [
      PartnerTurn(
        line: "the union is the only thing that ever protected people like us",
        reflection: .exactly("So you think \(union)."), stage: .claim, claim: union),
      // The clause that carries the story, not the one that points at it.
      PartnerTurn(
        line:
          "because i saw it myself. when the mill shut down in '98 the whole valley went quiet "
          + "for a decade",
        reflection: .exactly(
          "So when the mill shut down in '98 the whole valley went quiet for a decade."),
        stage: .reasons, claim: union),
      // A charge at the listener: never given back with "you" turned on them.
      PartnerTurn(
        line: "oh here we go. you talk just like your economics teacher",
        reflection: .exactly(calm.calmLines(for: .hostile)[0]), firstKind: .viewpoints,
        stage: .reasons, claim: union),
      // A dislike granted before a "but" keeps the claim.
      PartnerTurn(
        line:
          "i dont like the way the leaders spend the dues. the parties, the hotels. but i'm not "
          + "giving up my card, the union is still what keeps us safe",
        reflection: .exactly(
          "So you don't like the way the leaders spend the dues, but you're not giving up your "
            + "card."),
        stage: .reasons, claim: union),
      // A number in a story is no rating.
      PartnerTurn(
        line: "they cut my overtime by 12 percent last spring and the foreman just shrugged",
        reflection: .exactly(
          "So they cut your overtime by 12 percent last spring and the foreman just shrugged."),
        stage: .reasons, claim: union),
      PartnerTurn(
        line:
          "you want to know what i really worry about? my hip. i cant stand at the line all day "
          + "much longer",
        reflection: .exactly("It sounds like you worry about your hip."),
        firstKind: .clarification, stage: .reasons, claim: union),
      // Putting it away after opening up, and changing the subject: followed, not dragged back.
      PartnerTurn(
        line: "i dont like talking about it. anyway how is the new apartment",
        reflection: .exactly(calm.acknowledgingWhatTheyShared), stage: .close, claim: union),
      PartnerTurn(
        line: "well now you know. dont tell your brother i said any of this",
        reflection: .exactly(calm.keepingItBetweenUs), stage: .close, claim: union),
    ]),
  PartnerConversation(
    name: "wondering at how others see it leads in to what they hold",
    turns: [
      PartnerTurn(
        line:
          "honestly i dont get why people think this is hard. schools should start later in the "
          + "morning",
        reflection: .exactly("So you think schools should start later in the morning."),
        stage: .claim, claim: "schools should start later in the morning")
    ]),
  PartnerConversation(
    name: "a sister on rent control: a reaction, a rating out of ten, a question back",
    turns: [
      PartnerTurn(
        line: "rent control is the only way people like me can stay in this city",
        reflection: .exactly(
          "So you think rent control is the only way people like you can stay in this city."),
        stage: .claim, claim: "rent control is the only way people like you can stay in this city"
      ),
      // A reaction of theirs is no new claim.
      PartnerTurn(
        line: "i dont like how landlords talk about tenants on those forums",
        reflection: .exactly("So you don't like how landlords talk about tenants on those forums."),
        stage: .confidence,
        claim: "rent control is the only way people like you can stay in this city"
      ),
      PartnerTurn(
        line: "i'd say 8 out of 10", reflection: .exactly(calm.rating(80)), stage: .confidence,
        claim: "rent control is the only way people like you can stay in this city"),
      PartnerTurn(
        line: "you keep asking me things. well what do you think then?",
        reflection: .exactly(calm.givingYourView[0]), stage: .reasons,
        claim: "rent control is the only way people like you can stay in this city"),
    ]),
]

@Suite("Partner mode on what people tell of their own lives")
struct PartnerPersonaTests {
  private func questions(after lines: [String]) -> [String] {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    var script = DialogueScript<PartnerDialogue>(PartnerDialogue.start(setting: setting))
    var texts: [String] = []
    for line in lines {
      texts = script.type(line).outputs.flatMap { output -> [String] in
        guard case .suggestions(_, let items) = output else { return [] }
        return items.compactMap { item in
          if case .question(let question) = item { return question.text }
          return nil
        }
      }
    }
    return texts
  }

  @Test(
    "what happened to them, or a line with nothing of its own, is never checked",
    arguments: [
      "they cut my overtime by 12 percent last spring and the foreman just shrugged",
      "my landlord raised the rent on me twice last year",
      "yeah well. it was.",
      "he tried.",
    ])
  func experienceIsNotChecked(_ line: String) {
    let offered = questions(after: [
      "the city should build more public housing instead of subsidising developers", line,
    ])
    #expect(offered.count >= 1)
    for question in offered {
      #expect(!question.contains("check"), "\(question)")
      #expect(!question.hasPrefix("How do you know"), "\(question)")
    }
  }

  @Test("a percentage in a story is no rating of how sure they are")
  func percentageInAStory() {
    let setting = CoachingSetting(library: PackLibrary(BuiltInPacks.all), seed: 7)
    let words = TheirWords(
      "my pension fund was cut by 18 percent the year before i retired",
      isDiscussingAClaim: true, setting: setting)
    #expect(words.rating == nil)
    #expect(!words.signals.contains(.confidence))
    let sure = TheirWords("like 95 percent sure", isDiscussingAClaim: true, setting: setting)
    #expect(sure.rating == 95)
  }
}
