import Testing

@testable import SocraticCore

/// Recaps and closing maps that give what the person leaned on: the story they point back at
/// as the weight, the reason they told when asked which weighs most, a correction without its
/// protest; never a view they handed back, a don't-know, or a line that opens on "they".
private let leaningConversations: [RecapConversation] = [
  // "that's the weight of it", after naming whom a story was about: that story leads.
  RecapConversation(
    belief: "the council should close the high street to cars",
    answers: [
      "the pavements are too narrow for a pram and a wheelchair to pass",
      "my mum got clipped by a van mirror outside the chemist last winter",
      "the shops would do better with more people walking past",
      "its my mum really. she was shaken up for weeks. thats the weight of it",
      "and the buses would stop getting stuck behind delivery vans",
    ],
    recap: ["mostly because", "your mum got clipped by a van mirror"],
    neverInRecap: ["pavements"],
    reply: "yeah thats it",
    afterReply: ["Good."],
    leading: "mum got clipped by a van mirror"),
  // A protest and what is so: only what is so is given back and filed.
  RecapConversation(
    belief: "the new ring road was a waste of money",
    answers: [
      "it cost twice what the council promised",
      "the jams on the old road are just as bad as before it opened",
      "my commute hasnt got any shorter in two years",
      "also they cut down the woods by the river for it",
      "the money mostly, the council promised half the price",
    ],
    recap: ["mostly because"],
    reply: "no thats backwards lol. the jams are the thing, the money is just politics",
    afterReply: ["Sorry, I got that wrong", "the jams"],
    neverAfterReply: ["backwards", "lol"],
    leading: "the jams"),
  // Only a protest: nothing is pasted, and what they meant is asked for.
  RecapConversation(
    belief: "the library should open on sundays",
    answers: [
      "lots of people work all week and cant get there",
      "my kids need somewhere quiet to do homework at weekends",
      "the cafes are full of people on laptops on a sunday",
      "also the building just sits empty all weekend",
      "the main thing is lots of people work all week",
    ],
    recap: ["you think", "mostly because"],
    reply: "no no youre not listening",
    afterReply: ["What did I miss?"],
    neverAfterReply: ["listening", "it's more"],
    waits: true),
  // A view handed back to its owner is none of theirs; "there were …" stands alone.
  RecapConversation(
    belief: "our village needs a bigger school",
    answers: [
      "there were three new estates built on the edge of the village",
      "my aunt says the kids there are running wild, but thats her not me",
      "i couldnt tell you to be honest",
      "the classes have thirty five kids in them now",
      "the new estates one i think",
    ],
    recap: ["mostly because", "there were three new estates"],
    reply: "yes",
    afterReply: ["Good."],
    filed: [("Your reasons", "three new estates")],
    neverFiled: [(nil, "her not me"), (nil, "couldn't tell you")],
    answersWhichWeighsMost: true),
  // A reason told when asked which weighs most leads, though it shares a word with one before.
  RecapConversation(
    belief: "the leisure centre should be free for teenagers",
    answers: [
      "the entry costs more than most kids can pay",
      "lots of them hang about the car park with nothing to do",
      "teenagers who cant afford it start fights in the car park at night",
    ],
    recap: ["mostly because", "start fights in the car park"],
    neverInRecap: ["hang about"],
    reply: "spot on",
    afterReply: ["Good."],
    leading: "start fights in the car park",
    answersWhichWeighsMost: true),
]

@Suite("Explore: the recap gives what they leaned on")
struct ExploreRecapLeaningTests {
  @Test("the recap, the reply to it and the closing map", arguments: leaningConversations)
  func conversation(_ conversation: RecapConversation) {
    conversation.check()
  }

  @Test("an answer that sees something anew is taken up before the recap, which waits a turn")
  func insightDelaysTheRecap() {
    var script = ExploreScript()
    script.type(["the town needs more speed cameras", "y", "70"])
    script.type([
      "the main thing is drivers do fifty past the primary school every morning",
      "a boy on our street was knocked off his bike in may",
      "the police never seem to be around to catch them",
      "the speed signs get ignored completely",
    ])
    script.type("huh, i get why the parents at the gate panic now")
    let phase = script.dialogue.state.phase
    if case .checkingRecap = phase { Issue.record("a recap followed the insight") }
    script.type("the lollipop lady nearly got hit last week")
    guard case .checkingRecap = script.dialogue.state.phase else {
      Issue.record("no recap a turn later: \(script.questions.map(\.text))")
      return
    }
  }
}
