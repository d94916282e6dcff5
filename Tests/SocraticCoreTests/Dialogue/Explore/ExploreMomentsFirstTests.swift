import Testing

@testable import SocraticCore

/// Conversations, typed as people type, in which a moment (a loss, a child in distress, being
/// lost by the question, not being heard, a bare grant, leaving with a rating, a dialect yes)
/// is answered in the very next move. What the person sees right after each.
@Suite("Explore answers the moment first")
struct ExploreMomentsFirstTests {
  @Test("a death told in passing is owned warmly in their words, once, never given back as a fact")
  func deathOwned() {
    var script = ExploreScript.questioning("Bus fares should be scrapped.")
    var step = script.type(
      "my uncle passed in june and since then the 42 is the only way i get to the allotment")
    var said = ExploreScript.reflections(step)
    #expect(said.first == "I'm so sorry about your uncle.", "\(said)")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!["typical", "Besides", "else"].contains { asked.contains($0) }, "\(asked)")
    // Told again, it is no fact given back, and the sorrow is not said twice.
    step = script.type("hes been gone five months now")
    said = ExploreScript.reflections(step)
    #expect(!said.contains { $0.hasPrefix("So") || $0.contains("five months") }, "\(said)")
    #expect(!said.contains { $0.hasPrefix("I'm so sorry") }, "\(said)")
  }

  @Test("a loss outranks a feeling named beside it, in the reflection and the question")
  func lossBeforeFeeling() {
    var script = ExploreScript.questioning("Councils waste money.")
    let step = script.type("me nan died in the spring and tbh i'm furious at the care home")
    let said = ExploreScript.reflections(step)
    #expect(said.first?.hasPrefix("I'm so sorry about your nan") == true, "\(said)")
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!asked.contains("furious"), "\(asked)")
  }

  @Test("a child in distress is owned as hard for them both, never reflected as a point")
  func childInDistress() {
    var script = ExploreScript.questioning("Social media should be banned for teenagers.")
    let step = script.type("our daughter stopped eating properly after the group chat thing")
    let said = ExploreScript.reflections(step)
    #expect(
      said.first == "I'm sorry, that sounds so hard, for your daughter and for you.", "\(said)")
    #expect(!said.contains { $0.contains("You're saying") }, "\(said)")
  }

  @Test("being lost by the question is owned and the question put again, never given back")
  func lostByTheQuestion() {
    var script = ExploreScript.questioning("Cash will disappear within ten years.")
    script.type("the card machines are everywhere now")
    for line in ["youve lost me there", "whats that got to do with anything"] {
      let step = script.type(line)
      #expect(ExploreScript.notices(step).contains { $0.hasPrefix("Sorry") }, "\(line)")
      let said = ExploreScript.reflections(step)
      #expect(!said.contains { $0.contains("lost") || $0.contains("got to do") }, "\(said)")
      #expect(ExploreScript.question(step) != nil, "\(line)")
    }
  }

  @Test(
    "'not sure I follow' is being lost by the question, never a doubt about the view",
    arguments: [
      "which line do you mean love? im not sure i follow", "not really sure i understand tbh",
    ]
  )
  func notSureIFollow(line: String) {
    var script = ExploreScript.questioning("Village pubs are worth saving.")
    script.type("ours is the only place the old boys see anyone")
    let step = script.type(line)
    #expect(ExploreScript.notices(step).contains { $0.hasPrefix("Sorry") }, "\(line)")
    let said = ExploreScript.reflections(step)
    #expect(!said.contains { $0.contains("not sure") }, "\(said)")
    #expect(ExploreScript.question(step)?.text.contains("surer") == false, "\(line)")
  }

  @Test("'you're not listening' is owned with what they did say, and no restating is asked")
  func notListening() {
    var script = ExploreScript.questioning("Gyms are a rip-off.")
    script.type("the contracts lock you in for a year")
    let step = script.type("ur not even listening")
    let said = ExploreScript.reflections(step)
    #expect(
      said == ["Sorry, I got that wrong \u{2014} you said the contracts lock you in for a year."])
    let asked = ExploreScript.question(step)?.text ?? ""
    #expect(!asked.contains("own words"), "\(asked)")
  }

  @Test(
    "a grant that names nothing gets no line that names nothing; the question asks what",
    arguments: ["ok ill give you that", "fair enough i suppose", "yeah ok thats fair lol"])
  func bareGrant(_ grant: String) {
    var script = ExploreScript.questioning("Tipping should be banned.")
    script.type("staff should just be paid properly")
    let step = script.type(grant)
    let said = ExploreScript.reflections(step)
    #expect(said.isEmpty, "\(said)")
    #expect(ExploreScript.question(step) != nil, "\(grant)")
  }

  @Test("a rating said as they leave is their closing rating, never asked for again")
  func leavingWithRating() {
    var script = ExploreScript.questioning("Working from home is better.")
    script.type("no traffic and i see the kids more")
    let step = script.type("prob 55 now to be honest, got to dash")
    #expect(script.dialogue.state.phase == .finished)
    let rated = step.events.compactMap { event -> Int? in
      if case .confidence(let value) = event, value.moment == .after { return value.value }
      return nil
    }
    #expect(rated == [55])
  }

  @Test(
    "a dialect or casual yes at the belief reading goes on to the rating",
    arguments: [
      "aye", "aye go on", "yes hen", "bang on pal", "yeah go ahead", "aye that's the one",
      "yeah i think so", "i guess so tbh", "so yeah",
    ])
  func dialectYes(_ yes: String) {
    var script = ExploreScript()
    script.type("Dogs should be kept on leads in parks.")
    script.type(yes)
    #expect(script.dialogue.state.phase == .ratingConfidence, "\(yes)")
  }

  @Test("a no said with a word for the listener is still a no")
  func noWithAddress() {
    #expect(ExploreDialogue.yesOrNo("nah mate") == false)
    #expect(ExploreDialogue.yesOrNo("mate") == nil)
  }
}
