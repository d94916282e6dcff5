import Testing

@testable import SocraticCore

/// Recaps after an answer that was heard first, and the reply to a correction of them: one
/// apology and only what they say is so, in the second person.
private let recapRepairs: [RecapConversation] = [
  // A wavering-free answer is given back first; the recap then opens as the whole of it, and
  // a correction in the first person comes back short and turned to "you".
  RecapConversation(
    belief: "the swimming baths in our town should stay open",
    answers: [
      "half the kids round here learned to swim there",
      "the main thing is the next pool is forty minutes on the bus",
      "and the old fellas use it for their hips every morning",
      "my grandad goes in every day at seven",
      "he would go downhill without it",
    ],
    recap: ["Putting it together, you think", "mostly because", "forty minutes"],
    reply: "nah its more that my grandad would be stuck in the house all day, not me",
    afterReply: ["Sorry, I got that wrong \u{2014} your grandad would be stuck in the house"],
    neverAfterReply: ["nah", "it's more that", "not you", ": so"],
    leading: "grandad would be stuck"),
  // "no no lol, i said …, thats the main thing": the protest and the pointers stay out; the
  // reason they named leads, as they first told it.
  RecapConversation(
    belief: "the council should resurface our street before the high street",
    answers: [
      "the main thing is the delivery vans keep bottoming out in the holes",
      "a lad on a moped came off outside number nine",
      "theres a nursery at the bottom of the street",
      "the buses have started going the long way round",
      "it's been like this since last march",
    ],
    recap: ["Putting it together, you think", "mostly because", "delivery vans"],
    reply: "no no lol, i said the nursery, thats the main thing",
    afterReply: ["Sorry, I got that wrong \u{2014} it's the nursery."],
    neverAfterReply: ["lol", "no no", "I said", "you said", "main thing"],
    leading: "nursery at the bottom of the street"),
  // A later miss is owned without a second sorry, and never as "Got it." alone; what was said
  // to point at the reason stays out of the closing map.
  RecapConversation(
    belief: "the park cafe should stay open in winter",
    answers: [
      "the main thing is dog walkers are out there every morning whatever the weather",
      "the staff get laid off every october",
      "it's the only place to get a brew for a mile",
      "my neighbour works there and dreads the winter",
      "she has to sign on every november",
    ],
    recap: ["Putting it together, you think", "mostly because", "dog walkers"],
    reply: "no, it's more that the staff lose their jobs",
    afterReply: ["Sorry, I got that wrong \u{2014} the staff lose their jobs."],
    neverAfterReply: ["it's more that"],
    later: ["no, i said the dog walkers need somewhere warm"],
    neverLater: ["Got it.", "Sorry"],
    neverFiled: [(nil, "said")]),
]

@Suite("Explore: a recap follows an answer heard first, and a correction is owned in a line")
struct ExploreRepairConversationTests {
  @Test("the recap, the reply to a correction and the closing map", arguments: recapRepairs)
  func conversation(_ conversation: RecapConversation) {
    conversation.check()
  }

  @Test("a correction mid-session gives back only what is so, turned to 'you'")
  func correctionGivenBack() {
    var script = ExploreScript.questioning("the minimum wage should go up")
    script.type(["nobody can live on it round here", "my mate works two jobs just to pay rent"])
    let step = script.type("thats not what i said, it was my sister who works two jobs")
    let said = ExploreScript.reflections(step)
    #expect(said == ["Sorry, I got that wrong \u{2014} it was your sister who works two jobs."])
    #expect(ExploreScript.notices(step).allSatisfy { !$0.contains("thats not what") })
  }

  @Test("a second miss is owned without a second sorry, with what is so, never 'Got it.' alone")
  func secondMissOwned() {
    var script = ExploreScript.questioning("the bin collections should go back to weekly")
    script.type(["the foxes rip the bags open every fortnight", "my lad found one in the kitchen"])
    var step = script.type("thats not what i said, it was my neighbours kitchen not mine")
    #expect(ExploreScript.reflections(step).first?.hasPrefix("Sorry, I got that wrong") == true)
    script.type("the smell in summer is grim")
    step = script.type("no i meant the smell from the food waste bins, not the bags")
    let shown = ExploreScript.notices(step)
    #expect(
      shown.first
        == "You're right, I had that wrong \u{2014} it's the smell from the food waste bins.",
      "\(shown)")
    #expect(!shown.contains("Got it."), "\(shown)")
  }

  @Test("a correction that says nothing in its place asks what was missed, and nothing else")
  func correctionAsksWhatWasMissed() {
    var script = ExploreScript.questioning("school uniforms should be scrapped")
    script.type(["they cost a fortune from the one shop that sells them"])
    let step = script.type("no thats not what i meant")
    #expect(ExploreScript.notices(step).first == "Sorry, I got that wrong.")
    #expect(ExploreScript.question(step)?.text == "What did I miss?")
    // Their answer to it is heard as an answer.
    let next = script.type("the price is the thing, parents on our street cant afford it")
    #expect(!ExploreScript.reflections(next).isEmpty, "\(ExploreScript.notices(next))")
    #expect(ExploreScript.question(next) != nil)
  }
}
