import Testing

@testable import SocraticCore

/// One question put to a persona, and what its reply must say (and must not) to answer it.
struct PersonaAnswerCase: Sendable, CustomTestStringConvertible {
  /// The persona's belief: the start of a built-in pack's belief, or of the tax fixture's.
  var belief: String
  /// Asked first, in the same drill.
  var before: [String] = []
  var question: String
  /// Every one of these is in the reply.
  var says: [String]
  /// None of these is.
  var never: [String] = []
  /// Whether the reply is one of the persona's short, firm lines for a leading question.
  var digsIn = false

  var testDescription: String { question }
}

/// A belief of the tests' own, with a reply about Sweden: the known failure was a question
/// about Sweden answered with "I mean it plainly: …".
private let taxPack = TopicPack(
  id: "tax", title: "Tax", version: 1, keywords: ["tax", "taxes"],
  beliefs: [
    PackBelief(
      text: "Taxing the rich more would help everyone.",
      reasons: [
        "Inequality has grown for forty years while wages stood still.",
        "Public services need money that the rich can afford to give.",
      ],
      replies: [
        "Sweden taxes high earners heavily, and its schools and hospitals are among the best.",
        "The rich paid far higher rates in the decades after the war, and the economy boomed.",
      ])
  ],
  questions: [QuestionTemplate(kind: .meta, text: "Why does this matter to you?")])

/// A drill whose persona holds the belief that starts so, and nothing else.
func drill(holding belief: String) -> DialogueScript<DrillDialogue> {
  let packs =
    PackLibrary.builtIn().packs + [LoadedPack(pack: taxPack, source: .builtIn(file: "tax.yaml"))]
  let entry = packs.first { $0.pack.beliefs.contains { $0.text.hasPrefix(belief) } }!
  var pack = entry.pack
  pack.beliefs = pack.beliefs.filter { $0.text.hasPrefix(belief) }
  let setting = CoachingSetting(
    library: PackLibrary([LoadedPack(pack: pack, source: entry.source)]), seed: 1)
  return DialogueScript(DrillDialogue.start(setting: setting, topic: pack.id))
}

private let corrupt = "All politicians are corrupt"
private let bitcoin = "Bitcoin is the best protection"
private let dangerousAI = "AI is too dangerous"
private let nato = "NATO keeps Europe safe"
private let tax = "Taxing the rich"
private let jobs = "AI will take most jobs"
private let strong = "Strong militaries"

/// What a leading question never gets: any reason or reply of the persona's.
private let anyReason = [
  "richer", "Donors", "Follow the money", "honest ones", "supply", "currency", "Argentina",
  "Gold", "racing", "elected", "drug companies", "harm is obvious", "member of the alliance",
  "collective defence", "Sweden", "Inequality",
]
private let unready = "haven't really"
/// What it says of a thing a question names that it knows little of.
private let knowsLittle = "know much about"
/// How it gives the other side: in the pack's words, never the belief negated.
let otherSide = "People who disagree would say it's not that simple: "

@Suite("The drill persona answers the question asked")
struct PersonaAnswerTests {
  static let cases: [PersonaAnswerCase] = [
    // All politicians are corrupt.
    .init(
      belief: corrupt, question: "What evidence do you have that they are all corrupt?",
      says: ["leave office richer"]),
    .init(
      belief: corrupt, before: ["What evidence do you have that they are all corrupt?"],
      question: "How do you know that?", says: ["Follow the money"]),
    .init(
      belief: corrupt, question: "What makes you say donors get their way?",
      says: ["Donors and lobbyists"]),
    .init(
      belief: corrupt, question: "What do you mean by corrupt?",
      says: ["By \u{201C}corrupt\u{201D} I mean using a public position for private gain"]),
    .init(
      belief: corrupt, question: "What do you mean by rigged?",
      says: ["I didn't say \u{201C}rigged\u{201D}", "all politicians are corrupt"]),
    .init(
      belief: corrupt, question: "Surely you can see some of them are honest, right?",
      says: [], never: anyReason + ["No."], digsIn: true),
    .init(
      belief: corrupt, question: "It sounds like you feel let down by the people in power.",
      says: ["Yes, exactly \u{2014} and"]),
    .init(
      belief: corrupt, question: "What about the politicians in Denmark?", says: [knowsLittle]),
    .init(
      belief: corrupt, question: "Who would disagree with you, and what would they say?",
      says: ["not everyone sees it my way"]),
    .init(
      belief: corrupt, question: "What would change your mind?",
      says: ["I'd change my mind if I could see politicians' money"]),
    .init(
      belief: corrupt, question: "Is every single one of them corrupt?",
      says: ["Not every last one"], never: ["putting words"]),
    .init(
      belief: corrupt, question: "How did the lobbyists get so much sway?",
      says: ["Donors and lobbyists"]),
    .init(
      belief: corrupt, question: "Why does this matter so much to you?", says: ["matters to me"]),
    .init(
      belief: corrupt, question: "What are you taking for granted about them?",
      says: ["I wouldn't call it an assumption"]),
    // Bitcoin is the best protection there is against governments printing money.
    .init(
      belief: bitcoin, question: "Why do you trust bitcoin more than gold?",
      says: ["Gold did the same job"]),
    .init(belief: bitcoin, question: "What happened in Argentina?", says: ["Argentina"]),
    .init(
      belief: bitcoin, question: "What do you mean by protection?",
      says: ["By \u{201C}protection\u{201D} I mean keeping what you have safe"]),
    .init(
      belief: bitcoin, question: "How do you know the supply is fixed?",
      says: ["supply of bitcoin is fixed"]),
    .init(
      belief: bitcoin, before: ["How do you know the supply is fixed?"],
      question: "How can you be sure about the supply?", says: ["Argentina"]),
    .init(
      belief: bitcoin, question: "What would it take for you to change your mind?",
      says: ["I'd change my mind if I saw bitcoin lose value"]),
    .init(
      belief: bitcoin, question: "Isn't bitcoin just a speculative bubble?",
      says: [], never: anyReason + ["No."], digsIn: true),
    .init(
      belief: bitcoin, question: "So you worry that your savings will lose their value.",
      says: ["Yes, exactly"]),
    .init(belief: bitcoin, question: "What about the energy bitcoin uses?", says: [knowsLittle]),
    .init(
      belief: bitcoin, question: "Do you own any bitcoin yourself?",
      says: ["Yes, I do, and that's part of why this matters to me: "]),
    .init(
      belief: bitcoin, question: "What do you mean by printing money?",
      says: ["a government creating new money"]),
    .init(
      belief: bitcoin, question: "Which currencies have lost their value?",
      says: ["Every currency in history"]),
    // AI is too dangerous to be left to the companies that build it.
    .init(
      belief: dangerousAI, question: "What makes you think the companies will cut corners?",
      says: ["cut corners on safety"]),
    .init(
      belief: dangerousAI, before: ["What makes you think the companies will cut corners?"],
      question: "Where have you seen companies do that?", says: ["harm is obvious"]),
    .init(
      belief: dangerousAI, before: ["What makes you think the companies will cut corners?"],
      question: "Where have you seen that happen?", says: ["harm is obvious"]),
    .init(
      belief: dangerousAI, question: "What do you mean by dangerous?",
      says: ["likely to hurt people"]),
    .init(
      belief: dangerousAI, question: "Who elected the people who run these companies?",
      says: ["Nobody elected"]),
    .init(
      belief: dangerousAI, question: "How are new medicines approved?", says: ["medicines"]),
    .init(
      belief: dangerousAI, question: "Don't you think regulators would slow everything down?",
      says: [], never: anyReason + ["No."], digsIn: true),
    .init(
      belief: dangerousAI, question: "It sounds like safety really matters to you.",
      says: ["Yes, exactly"]),
    .init(
      belief: dangerousAI, question: "How would open-source developers see this?",
      says: [otherSide], never: [unready, "AI is not too dangerous"]),
    .init(
      belief: dangerousAI,
      question: "What evidence would convince you that companies can be trusted with it?",
      says: ["I'd change my mind if the big AI companies"], never: [unready]),
    .init(
      belief: dangerousAI, question: "What happens if nobody steps in at all?",
      says: ["If I'm right"], never: [unready]),
    // NATO keeps Europe safe.
    .init(
      belief: nato, question: "How do you know no member has been invaded?",
      says: ["No member of the alliance"]),
    .init(
      belief: nato, question: "What do you mean by safe?",
      says: ["the risks are known and kept small"]),
    .init(
      belief: nato, question: "What happened to the countries that were not allowed to join?",
      says: ["never allowed to join"]),
    .init(
      belief: nato, question: "Why would an attack be too costly?", says: ["collective defence"]),
    .init(
      belief: nato, question: "You're saying the alliance puts attackers off.",
      says: ["Yes, exactly"]),
    .init(
      belief: nato, question: "What are you assuming about Sweden and Finland?", says: [knowsLittle]
    ),
    .init(
      belief: nato, question: "How might people in Serbia see it?",
      says: [
        "I can't speak for people in Serbia; I can only guess. Some would say it's not that simple: "
      ], never: [unready]),
    .init(
      belief: nato, question: "Isn't it obvious that NATO provoked the war?",
      says: [], never: anyReason + ["No."], digsIn: true),
    // Shapes found wanting on beliefs the rules were not written for.
    .init(
      belief: "Israel has the right", question: "What do you mean by defend itself?",
      says: ["use force only to stop an attack"]),
    .init(
      belief: "Israel has the right", question: "What are you taking for granted here?",
      says: [], never: [unready]),
    .init(
      belief: "The fears about AI", question: "Can you give me an example of an old panic?",
      says: [], never: ["I didn't say", unready]),
    .init(
      belief: "Trump voters made", question: "What follows if you're right about this?",
      says: ["If I'm right"]),
    .init(
      belief: "Cryptocurrencies have no", question: "What about gold, which also has little use?",
      says: ["Gold?", knowsLittle]),
    // Shapes of the second round: a word with no definition, a question whose own cues say its
    // kind, a question about the persona itself, a counter-point, an implication.
    .init(
      belief: strong, question: "What do you mean by strong?",
      says: [
        "I don't mean anything technical by \u{201C}strong\u{201D}.",
        "What I have in mind is that aggressors",
      ],
      never: [unready]),
    .init(
      belief: jobs, question: "When you say act now, what do you have in mind?",
      says: ["by \u{201C}act now\u{201D}", "What I have in mind is that"], never: [unready]),
    .init(
      belief: strong, question: "How would a diplomat from a small country see this?",
      says: [
        "I can't speak for a diplomat from a small country; I can only guess. Some would say it's not that simple: "
      ],
      never: [unready]),
    .init(
      belief: strong, question: "Can you give me an example of a deterrent that held?",
      says: ["I can't name one", "aggressors pick targets"], never: [unready]),
    .init(
      belief: strong, question: "Which wars were avoided because one side was armed?",
      says: ["Aggressors pick targets"], never: [unready, "Short answer"]),
    .init(
      belief: jobs, question: "What do you take for granted about the people who lose work?",
      says: ["I wouldn't call it an assumption"]),
    .init(
      belief: jobs, before: ["What happens if we wait and see?", "What would follow from that?"],
      question: "What happens to wages if nothing is done?",
      says: ["I can't say for sure", "What I do know is that AI can already write"]),
    .init(
      belief: strong, question: "If so, what does that mean for small countries?",
      says: ["If I'm right"], never: ["I mean it plainly"]),
    .init(
      belief: strong,
      before: ["What evidence do you have?", "What else makes you think so?", "Why else?"],
      question: "What are you taking for granted about generals?",
      says: ["I suppose I take it for granted that aggressors pick targets they think are weak."]),
    .init(
      belief: strong, question: "Would a small army be enough, then?",
      says: ["Short answer: I still think strong militaries"], never: [unready]),
    .init(
      belief: strong, question: "Would you trust Ruritania with a big army?", says: [unready]),
    .init(
      belief: strong, question: "What examples are you thinking of?",
      says: ["I can't name one", "aggressors pick targets"], never: ["I mean it plainly"]),
    .init(
      belief: strong, question: "Have you ever held a rifle?",
      says: ["No, I haven't. What I go on is this: "], never: [unready]),
    .init(
      belief: strong, question: "How did you become interested in armies?",
      says: ["There wasn't one moment"], never: ["I saw for myself"]),
    .init(
      belief: strong, question: "Do you work in defence yourself?",
      says: ["No, I don't. What I go on is this: "]),
    .init(
      belief: jobs, question: "When did you first pick up this idea?",
      says: [": AI can already write"], never: ["I saw for myself", "about pick"]),
    .init(
      belief: strong, question: "How might someone on the other side put it?",
      says: ["not everyone sees it my way"]),
    // A change no line speaks of: its guess, not a reply about something else (this once got
    // "If I'm right, it matters." and a reply that said nothing of a robot tax).
    .init(
      belief: jobs, question: "What would happen if a robot tax paid for retraining?",
      says: ["I can't say for sure what would happen then"], never: [unready, "If I'm right"]),
    .init(
      belief: tax, question: "If the rich all moved abroad, what would happen?",
      says: ["I can't say for sure what would happen then"], never: ["If I'm right"]),
    // Which reason weighs most: the first it gave, not another reason.
    .init(
      belief: jobs, before: ["What makes you think so?"],
      question: "Which of those reasons matters most to you?",
      says: ["The one that weighs most with me: AI can already write"]),
    .init(
      belief: tax, question: "What's the strongest reason you have?",
      says: ["The one that weighs most with me: inequality has grown"]),
    .init(
      belief: strong, question: "What makes you say weakness tempts an attacker?",
      says: ["Weakness invites attack"]),
    .init(
      belief: jobs, question: "How did you first come to think this?",
      says: [": AI can already write"]),
    .init(
      belief: jobs, before: ["What evidence do you have?"],
      question: "What got you into this way of thinking?",
      says: [": companies will replace workers"]),
    .init(
      belief: jobs, question: "Have you ever worked alongside one of these systems?",
      says: ["No, I haven't. What I go on is this: "], never: [unready]),
    .init(
      belief: jobs, question: "What about the new jobs AI could bring?",
      says: ["That's fair, up to a point. But past technologies"], never: [unready]),
    .init(
      belief: strong, question: "But what about militaries that started wars?",
      says: ["That's fair, up to a point."], never: [unready]),
    .init(belief: jobs, question: "What about the farmers in Kenya?", says: [knowsLittle]),
    // Taxing the rich more would help everyone.
    .init(belief: tax, question: "How has Sweden's tax worked out?", says: ["Sweden taxes"]),
    .init(belief: tax, question: "What happened after the war?", says: ["after the war"]),
    .init(
      belief: tax, question: "What evidence is there that wages stood still?",
      says: ["wages stood still"]),
    // Its reason and what it rests on both said: asked again, it has no more, and says so.
    .init(
      belief: tax,
      before: [
        "What evidence is there that wages stood still?",
        "What evidence is there that wages stood still?",
      ],
      question: "What evidence is there that wages stood still?",
      says: ["Honestly, I haven't looked into that any further"], never: ["As I said"]),
    .init(
      belief: tax, question: "What do you mean by the rich?",
      says: ["By \u{201C}rich\u{201D} I mean people with far more money"]),
    .init(
      belief: tax, question: "Don't the rich already pay most of the taxes?",
      says: [], never: anyReason + ["No."], digsIn: true),
  ]

  @Test("each reply says what answers the question, and nothing that dodges it", arguments: cases)
  func answers(_ asked: PersonaAnswerCase) throws {
    var script = drill(holding: asked.belief)
    for line in asked.before { script.type(line) }
    let step = script.type(asked.question)
    let reply = try #require(
      step.outputs.lazy.compactMap { output -> String? in
        if case .personaReply(let answer) = output { return answer.text }
        return nil
      }.first)
    for text in asked.says { #expect(reply.contains(text), "\(reply)") }
    for text in asked.never { #expect(!reply.contains(text), "\(reply)") }
    if asked.digsIn {
      #expect(PersonaVoice.shortDefences.contains { reply.hasSuffix($0) }, "\(reply)")
    }
  }
}

@Suite("The drill persona's confidence follows how it was asked")
struct PersonaShakenTests {
  /// The persona's answer in a step.
  private func answer(_ step: DialogueStep) -> PersonaAnswer? {
    step.outputs.lazy.compactMap { output -> PersonaAnswer? in
      if case .personaReply(let answer) = output { return answer }
      return nil
    }.first
  }

  @Test("a question about something it has not thought of shakes it, and it says so")
  func unreadyLowersConfidence() throws {
    var script = drill(holding: nato)
    let reply = try #require(answer(script.type("What about the Balkans?")))
    #expect(reply.text.hasPrefix("The Balkans? " + PersonaVoice.knowsLittleLines[0]))
    #expect(reply.confidenceAfter == reply.confidenceBefore - DrillDialogue.confidenceStep)
  }

  @Test("a leading question gets a shorter, firmer reply than its best answer, and it digs in")
  func leadingIsRebuffed() throws {
    var script = drill(holding: corrupt)
    let pushed = try #require(answer(script.type("Surely some of them are honest, right?")))
    var other = drill(holding: corrupt)
    let best = try #require(answer(other.type("What evidence do you have for that?")))
    // Short, on what it pushed, and no reason of its own given away.
    #expect(pushed.text.hasPrefix("Here's how I see it: "), "\(pushed.text)")
    #expect(!pushed.text.contains("are honest?"))
    #expect(!pushed.text.contains(best.text))
    #expect(pushed.confidenceAfter == pushed.confidenceBefore + DrillDialogue.confidenceStep)
  }
}
