import Testing

@testable import SocraticCore

/// How deep a reflection goes when what the other person said is not known: the reflection
/// alone must show whether it repeats them or reads something into their words.
@Suite("Reflection depth")
struct ReflectionDepthTests {
  let critic = QuestionCritic()

  @Test(
    "without their words, a reflection that reports is simple; one that reads in is complex",
    arguments: [
      ("You said you walk to work.", ReflectionDepth.simple),
      ("ok so the allotment's important", .complex),
      ("yeah, the dogs matter", .complex),
      ("You've cut down to five a day.", .simple),
      ("Part of you wants to stop.", .complex),
      ("You're really hoping the job comes through because it would change your life.", .complex),
    ])
  func depthWithoutTheirWords(text: String, depth: ReflectionDepth) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .reflection)
    #expect(critique.depth == depth)
  }

  @Test(
    "without their words, a short line with the person as subject of a want or feeling is complex",
    arguments: [
      ("You miss her.", ReflectionDepth.complex),
      ("You're proud of him.", .complex),
      ("You want the flat back.", .complex),
      ("So you're nervous about Monday.", .complex),
      ("You don't trust the landlord.", .complex),
      ("You value your evenings.", .complex),
      ("You're ready for a change.", .complex),
      ("And you're stuck.", .complex),
      ("You really enjoy the choir.", .complex),
      ("You prefer the bus.", .complex),
      ("You said you miss her.", .simple),
      ("You drove to Leeds.", .simple),
      ("You moved the car.", .simple),
    ])
  func innerState(text: String, depth: ReflectionDepth) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .reflection)
    #expect(critique.depth == depth)
  }

  @Test(
    "without their words, a short line that names a feeling is complex; one that reports it is simple",
    arguments: [
      ("oh thats a bummer", ReflectionDepth.complex),
      ("god that must be so scary", .complex),
      ("thats rough mate.", .complex),
      ("sounds exhausting tbh", .complex),
      ("you said it was scary", .simple),
    ])
  func namedFeeling(text: String, depth: ReflectionDepth) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .reflection, "\(text): \(critique.form)")
    #expect(critique.depth == depth, "\(text)")
  }

  @Test(
    "a likeness the speaker draws pictures what they said: complex, with or without their words",
    arguments: [
      "You've been running like a machine all year.",
      "So it's a bit like a rollercoaster.",
      "Your week is like a juggling act.",
      "You were like a different person after the holiday.",
      "The job has become like a cage.",
      "It's almost like being a teenager again.",
      "So it was kind of like the floor dropped away.",
      "Like a weight off your shoulders.",
      "Home was like a hotel that month.",
      "Okay, so the office turned into something like a battlefield.",
    ])
  func likeness(text: String) throws {
    #expect(try critic.critique(text).depth == .complex)
  }

  @Test(
    "with their words, a likeness they did not draw is complex",
    arguments: [
      ("I work late every night and weekends too.", "You're working like a machine."),
      ("My son won't talk to me since the divorce.", "You're like a stranger to him now."),
      ("I keep agreeing to things and then I resent it.", "You feel like a doormat."),
    ])
  func likenessWithTheirWords(after: String, text: String) throws {
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex)
  }

  @Test(
    "'like' as the verb of liking draws no likeness",
    arguments: [
      "You said you like the new flat.",
      "You mentioned your kids like the park.",
    ])
  func likingIsNoLikeness(text: String) throws {
    #expect(try critic.critique(text).depth == .simple)
  }

  @Test(
    "with their words, a frame adds nothing: what it frames decides",
    arguments: [
      ("It sounds like your sister keeps cancelling at the last minute.", ReflectionDepth.simple),
      ("Seems like she cancels at the last minute a lot.", .simple),
      ("It sounds like you're hurt that she keeps cancelling.", .complex),
      ("It sounds like you want to be able to count on her.", .complex),
    ])
  func frameWithTheirWords(text: String, depth: ReflectionDepth) throws {
    let after = "my sister keeps cancelling on me at the last minute, a lot"
    let critique = try critic.critique(text, after: after)
    #expect(critique.form == .reflection)
    #expect(critique.depth == depth)
  }

  @Test(
    "without their words, a short line that names what matters to them is complex",
    arguments: [
      "Your gran is important to you.",
      "So the derby matters to you.",
      "Yeah, the allotment means a lot to you.",
    ])
  func whatMatters(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex, "\(text): \(String(describing: critique.depth))")
  }

  @Test(
    "without their words, a shock or strain, a change over time, or a fit with who they are is complex",
    arguments: [
      "The fine came as a surprising blow to the whole family.",
      "Night shifts are draining work.",
      "And now weekends are the only time left for the garden.",
      "So the band doesn't meet on Thursdays anymore.",
      "Selling the boat doesn't fit with how you see yourself.",
      "You must like the quiet up there.",
      "You're not convinced the diet will hold.",
      "The new rota seems pointless to you.",
      "Your sister is probably behind the rumour.",
    ])
  func readsUnderTheirWords(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .complex, "\(text): \(String(describing: critique.depth))")
  }

  @Test(
    "without their words, a frame, or 'to you' of whom an act reached, goes under nothing",
    arguments: [
      "It sounds like your bus was late again.",
      "Seems like your landlord still hasn't fixed the boiler.",
      "So nobody at the depot ever listens to you about the rotas.",
    ])
  func frameOrActReachingAddsNothing(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .simple, "\(text): \(String(describing: critique.depth))")
  }

  @Test(
    "without their words, a line that gives back what they were saying is simple",
    arguments: [
      "You were saying the long drive gets you stressed.",
      "I'm hearing that the new rota has you worried.",
    ])
  func reportsWhatTheySaid(text: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .reflection)
    #expect(critique.depth == .simple, "\(text): \(String(describing: critique.depth))")
  }
}
