import Testing

@testable import SocraticCore

/// Questions of the shapes a tester found answered beside the point: more detail of something
/// said, a case or a source, what would change its mind, how it came to the belief, a yes or no
/// about a fact, a push, and reflections, one with a second side.
@Suite("The drill persona answers questions of each shape")
struct PersonaShapeTests {
  static let cases: [PersonaAnswerCase] = [
    // A push gets its own line on what it pushes on, never the asker's words said back.
    .init(
      belief: "All politicians are corrupt",
      question: "Surely election campaigns cost money, right?",
      says: ["Here's how I see it: "], never: ["Surely", "ampaigns cost money?"]),
    // More detail of a line it said: another line on the same thing, else plainly that it has
    // not thought further about what was asked, never the same line again.
    .init(
      belief: "NATO keeps Europe safe",
      before: ["What makes you think an attack would be too costly?"],
      question: "When you say collective defence, how does that play out in practice?",
      says: [PersonaVoice.plainGaps[0]],
      never: ["As I said", "A promise of collective defence", PersonaVoice.noDetails]),
    .init(
      belief: "Taxing the rich", before: ["Why would Sweden be a good model?"],
      question: "What do you know about how people in Sweden actually feel about those taxes?",
      says: [PersonaVoice.plainGaps[0]], never: ["As I said", PersonaVoice.noDetails]),
    // A case asked for: one that names something, else an honest "can't name one" with what it
    // can say.
    .init(
      belief: "Bitcoin is the best protection",
      question: "Can you give me one example of that working?",
      says: ["For one: look at what happened to savers in Argentina"]),
    .init(
      belief: "Strong militaries", before: ["What makes you say aggressors pick weak targets?"],
      question: "Which aggressor are you thinking of there?",
      says: ["I can't name one off the top of my head", "What I can say is this"]),
    .init(
      belief: "War never solves anything",
      question: "Which war are you thinking of when you say most end in talks?",
      says: ["I can't name one off the top of my head"], never: ["For one"]),
    // Its source: the evidence of the reason asked about, else that it has no source.
    .init(
      belief: "All politicians are corrupt",
      before: ["What makes you say they leave office richer?"],
      question: "Where does the idea that they get richer in office come from for you?",
      says: ["For one: follow the money"]),
    .init(
      belief: "Strong militaries",
      before: ["What makes you say weakness tempts an attacker?"],
      question: "Where did you first read that weakness invites attack?",
      says: ["I couldn't point you to a source"], never: ["As I said"]),
    // What would change its mind: a condition, not an assumption or a blank.
    .init(
      belief: "NATO keeps Europe safe",
      question: "What would have to happen for you to doubt the alliance?",
      says: ["I'd change my mind if a member of NATO were attacked"],
      never: ["take it for granted", "haven't really"]),
    .init(
      belief: "All politicians are corrupt",
      question: "What would make you think some of them are clean?",
      says: ["I'd change my mind if"], never: ["I mean it plainly"]),
    // How it came to believe it: a story, and no "I saw it myself" of what nobody sees.
    .init(
      belief: "Strong militaries", question: "What first got you interested in deterrence?",
      says: ["There wasn't one moment"], never: ["I saw for myself"]),
    // A yes or no about a fact gets a yes or a no and one line, not the belief restated alone.
    .init(
      belief: "NATO keeps Europe safe",
      question: "Has the alliance ever failed to protect a member?",
      says: [": no member of the alliance"], never: ["Short answer"]),
    .init(
      belief: "Taxing the rich", question: "Did you vote for higher taxes last time?",
      says: ["No, I didn't. What I go on is this: "]),
    // How it came to believe it, in words the origin cues once missed: a story before the
    // line that stuck, not the line alone.
    .init(
      belief: "Stablecoins make sending", question: "How did you first start thinking that?",
      says: [": a transfer arrives"]),
    .init(
      belief: "AI will take most jobs", question: "How long have you believed this?",
      says: [": AI can already write"]),
    // "Tell me …" in a line is no story of its own life.
    .init(
      belief: "War never solves anything",
      before: ["Why?", "What makes you say most wars end in talks?"],
      question: "How did you get to this view of war?", says: [": count the dead"],
      never: ["I saw for myself"]),
    // Evidence asked for a reason other than the one just given: that reason, known by its
    // words ("end"), never the evidence of the last one.
    .init(
      belief: "War never solves anything", before: ["Why?"],
      question: "What makes you say most wars end in talks?",
      says: ["Most wars end in negotiations"], never: ["Count the dead"]),
    // A story from its own life: a line that tells of it, else that nothing happened to it and
    // how it came to the belief, never "general" as its subject.
    .init(
      belief: "Stablecoins make sending", question: "Can you tell me about a time you did it?",
      says: ["From my own life: I have sent money this way myself"]),
    .init(
      belief: "Success is mostly", question: "Is there someone you know whose life shows it?",
      says: ["Not to anyone close to me, no."], never: ["general", "haven't really"]),
    // How it works, step by step: its lines in order, to its belief; never a flat refusal.
    .init(
      belief: "War never solves anything",
      question: "How would one war lead to the next, step by step?",
      says: ["The way I see it working: "],
      never: ["couldn't take you through", "First, "]),
    .init(
      belief: "Stablecoins make sending",
      question: "How would a payment like that actually work? Like who do you phone first?",
      says: ["The way I see it working: "],
      never: ["I'd start by asking", "First, "]),
    // Asked about people it knows, it answers for them, not for itself.
    .init(
      belief: "All politicians are corrupt",
      question: "Did anything like that ever happen to a friend of yours, or someone you know?",
      says: ["Not to anyone close to me, no."], never: ["to me personally"]),
    // A line that only mentions people it knows is no story of its own: never "the one I told
    // you" for it.
    .init(
      belief: "Crypto is mostly used", before: ["Why?"],
      question: "Tell me about a time you watched a mate lose money on a coin.",
      says: [], never: ["Only the one I told you", "From my own life"]),
    // How it came to the belief, asked as the moment it began: its story, never a blank that
    // contradicts the story it told.
    .init(
      belief: "All politicians are corrupt",
      question: "what was the point where you first began to think like this?",
      says: [], never: ["haven't really thought"]),
    // A slip of typing names nothing to know little about; a term asked about is answered.
    .init(
      belief: "All politicians are corrupt",
      question: "what do you mean by corrupt? is a lobyist corupt or only someone taking bribes",
      says: ["By \u{201C}corrupt\u{201D}"], never: ["corupt specifically", "lobyist"]),
    .init(
      belief: "Strong militaries",
      question: "what do you mean by strong, and how is that diffrent from bullying?",
      says: [], never: ["diffrent"]),
    // A push with a word of amount is not echoed as if it named something.
    .init(
      belief: "War never solves anything",
      question: "surely plenty of wars ended a tyranny for good?",
      says: [], never: ["Plenty?"], digsIn: true),
    .init(
      belief: "Strong militaries", question: "How do you know a big army would work?",
      says: [], never: ["step by step"]),
    // What would change its mind, asked as what it would need to see.
    .init(
      belief: "Cryptocurrencies have no", question: "What would you need to see to think again?",
      says: ["I'd change my mind if bitcoin kept its value"]),
    // "Since when …?" is how it came to the belief, not a yes or no.
    .init(
      belief: "Trump voters made", question: "Since when have you seen it this way?",
      says: [": every adult's vote"], never: ["Enough to know"]),
    // Something it never said, put in its mouth: set right, not answered with a reason.
    .init(
      belief: "NATO's expansion",
      question: "What evidence is there for the treaties you mentioned?",
      says: ["I didn't say anything about the treaties"], never: ["Russian leaders"]),
    // A source of the belief itself, nothing named: it has none to point to.
    .init(
      belief: "NATO's expansion", before: ["Why?", "Why else?", "Why does this matter to you?"],
      question: "Where did you read about this?", says: ["I couldn't point you to a source"]),
    .init(
      belief: "Facial recognition", question: "What do you mean by public places?",
      says: ["open to everyone"]),
    .init(
      belief: "Lawmakers do not", question: "What do you mean by understand?",
      says: ["know how something works"]),
    // "My savings" is no sight of its own: its story is heard and read, not seen.
    .init(
      belief: "Bitcoin is the best protection", question: "What first drew you to bitcoin?",
      says: [": the supply of bitcoin"], never: ["I saw for myself"]),
    // Asked for a case with a question mark the critic read as a request: a case.
    .init(
      belief: "Bitcoin is the best protection",
      question: "Can you give me a real case where it protected someone?",
      says: ["Argentina"], never: ["That's your view"]),
    // Its evidence speaks of some of what was asked: given, not "that's all I have".
    .init(
      belief: "Zoos help protect", before: ["Why?"],
      question: "How do you know breeding programmes saved species?",
      says: ["Some species exist today only because zoos kept them"], never: ["all I have"]),
    // "At all" in an open question asks what would happen, not for an exception.
    .init(
      belief: "Lawmakers do not",
      before: [
        "What leads you to think so?", "What makes you say bad rules do more harm?",
        "Why would a law aimed at today's systems date so fast?",
      ],
      question: "What happens if nobody regulates AI at all?",
      says: ["I can't say for sure what would happen then"], never: ["If I'm right"]),
    .init(
      belief: "Zoos help protect", question: "Tell me about a visit that stuck with you.",
      says: ["Nothing that happened to me personally."], never: ["haven't really"]),
    // Why it thinks so, and what is behind its view, ask for its reasons.
    .init(
      belief: "Most people can be", question: "Why do you think most people can be trusted?",
      says: ["Strangers return lost wallets"], never: ["not everyone sees it my way"]),
    .init(
      belief: "Journalists were right",
      question: "What's behind your view that the journalists were right?",
      says: ["Checking what a president says"], never: ["not everyone sees it my way"]),
    .init(
      belief: "Journalists were right", question: "What do you mean by false things?",
      says: ["shown not to be true"]),
    .init(
      belief: "Most people can be", question: "Tell me about a time a stranger was kind to you.",
      says: ["Nothing that happened to me personally."], never: ["haven't really"]),
    // Someone it knows: not personally, and what it knows of what was asked.
    .init(
      belief: "Facial recognition", question: "Do you know anybody who was wrongly arrested?",
      says: [
        "Not to anyone close to me, no.", "What I can tell you is this: people have been arrested",
      ]),
    // A case of the belief's own words, named in a reason said before: pointed back to,
    // never said again.
    .init(
      belief: "The fears about AI", before: ["Why do you think so?", "Why does it matter?"],
      question: "Could you give me an example of a past panic?",
      says: [PersonaVoice.noOtherCase], never: ["can't name one", "people feared that trains"]),
    // Reflections: agreement worded differently each time, and a second side granted.
    .init(
      belief: "All politicians are corrupt",
      question:
        "So it feels to you like the honest ones get pushed out, even if some start out well.",
      says: ["Partly. I'll grant you"], never: ["Yes, exactly"]),
  ]

  @Test("each reply answers the question's shape", arguments: cases)
  func answers(_ asked: PersonaAnswerCase) throws {
    var script = drill(holding: asked.belief)
    for line in asked.before { script.type(line) }
    let reply = try #require(Self.reply(script.type(asked.question)))
    for text in asked.says { #expect(reply.text.contains(text), "\(reply.text)") }
    for text in asked.never { #expect(!reply.text.contains(text), "\(reply.text)") }
  }

  @Test("two reflections in a row are not met with the same opening")
  func reflectionsVary() throws {
    var script = drill(holding: "Taxing the rich")
    let first = try #require(Self.reply(script.type("So fairness is what this is about for you.")))
    let second = try #require(
      Self.reply(script.type("You're saying the money is there and it should be used.")))
    #expect(first.text.prefix(12) != second.text.prefix(12), "\(first.text) / \(second.text)")
  }

  @Test("having no details shakes it")
  func noDetailsShakes() throws {
    var script = drill(holding: "NATO keeps Europe safe")
    script.type("What makes you think an attack would be too costly?")
    let reply = try #require(
      Self.reply(script.type("When you say collective defence, what does it look like day to day?"))
    )
    #expect(reply.confidenceAfter < reply.confidenceBefore)
  }

  @Test(
    "asked how something works step by step, it steps through its reasons; steps that say no cause leave it admitting the gap, and a little shaken"
  )
  func mechanismAnswered() throws {
    var script = drill(holding: "Success is mostly")
    let reply = try #require(Self.reply(script.type("How does luck work on a life, step by step?")))
    #expect(reply.text.hasPrefix("The way I see it working: "), "\(reply.text)")
    #expect(!reply.text.contains("success is mostly a matter of luck"), "\(reply.text)")
    #expect(reply.text.hasSuffix(PersonaVoice.thinSteps), "\(reply.text)")
    #expect(!reply.text.contains("haven't worked it out step by step"), "\(reply.text)")
    #expect(reply.confidenceAfter < reply.confidenceBefore)
  }

  @Test("two personas dig in with different lines, and none says a flat No")
  func defencesDiffer() throws {
    var lines: Set<String> = []
    for belief in ["NATO keeps Europe safe", "All politicians are corrupt", "Taxing the rich"] {
      var script = drill(holding: belief)
      let reply = try #require(Self.reply(script.type("Surely you can admit you might be wrong?")))
      #expect(!reply.text.hasPrefix("No"))
      lines.insert(reply.text)
    }
    #expect(lines.count > 1)
  }

  @Test(
    "a line run on after 'that' or 'and' drops the capital of a plural that opened it, and keeps a name's",
    arguments: [
      ("Villages that lost their buses emptied within a year.", "villages that lost"),
      ("Farmers sell below cost when prices fall.", "farmers sell"),
      ("Americans pay more for insulin than anyone.", "Americans pay"),
      ("Taiwan makes most of the chips.", "Taiwan makes"),
    ])
  func runOnCasing(line: String, start: String) {
    #expect(PersonaVoice.runOn(line).hasPrefix(start))
  }

  private static func reply(_ step: DialogueStep) -> PersonaAnswer? {
    step.outputs.lazy.compactMap { output -> PersonaAnswer? in
      if case .personaReply(let answer) = output { return answer }
      return nil
    }.first
  }
}
