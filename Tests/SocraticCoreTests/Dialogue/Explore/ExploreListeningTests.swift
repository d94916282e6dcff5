import Testing

@testable import SocraticCore

/// What explore says right after the kinds of move a reviewer saw it miss or garble: words said
/// to the listener, feelings, waverings, wishes to stop, a repeat cue before something new.
@Suite("Explore listens move by move")
struct ExploreListeningTests {
  /// A session on a belief of the person's own, after its confidence.
  private func session(_ belief: String) -> ExploreScript {
    var script = ExploreScript()
    script.type([belief, "y", "75"])
    return script
  }

  @Test(
    "words said to the listener are never given back as the person's view",
    arguments: ["i just told you", "i just told you that", "I told you already"])
  func saidToTheListener(line: String) {
    var script = session("My mom should live with us rather than in a home.")
    script.type("she looked after me on her own for years so i owe her")
    let step = script.type(line)
    let said = ExploreScript.reflections(step)
    #expect(said.allSatisfy { !$0.contains("told you") }, "\(said)")
    // Told again what they told already, the tool owns it: "Sorry — you'd answered that …".
    let owned = said + ExploreScript.notices(step)
    #expect(
      owned.contains {
        $0.hasPrefix(ExploreDialogue.repeatOwned) || $0 == TurnRequest.answeredAlready.notice
      },
      "\(owned)")
  }

  @Test("a repeat cue with a point of theirs gives that point back")
  func repeatCueWithItsPoint() {
    var script = session("The war has to end now.")
    script.type("because i watched footage of kids pulled out of the rubble")
    let said = ExploreScript.reflections(script.type("i just told you, the footage"))
    #expect(
      said == [
        "Sorry \u{2014} you'd answered that already: you watched footage of kids pulled out of "
          + "the rubble. Let's look at it from another side."
      ])
  }

  @Test("a repeat cue before something new reflects the new")
  func repeatCueBeforeNews() {
    var script = session("Prices decided the election.")
    script.type("because the polls had the economy first")
    let step = script.type(
      "like i said the polls. and my neighbour who never votes stood in line for two hours")
    #expect(
      ExploreScript.reflections(step).contains {
        $0.lowercased().contains("your neighbour who never votes")
      })
  }

  @Test(
    "a feeling, a wavering or a condition is given back and taken up by the next question",
    arguments: [
      ("honestly this stresses me out, my brother never helps", "this stresses you out"),
      ("idk maybe", "you're not sure"),
      ("I mean... I guess it depends on how bad her health gets", "it depends on how bad"),
      ("she might be right, i dont know", "she might be right, though you're not sure"),
      (
        "i guess if the small labs could still compete i'd be fine with it",
        "if the small labs could still compete, you'd be fine with it"
      ),
      (
        "you might have a point that licences are hard to enforce, i dont know", "licences are hard"
      ),
      ("lol this is hard", "unsure"),
      ("if the labs opened their tests to the public i'd think differently", "you'd think"),
    ])
  func momentTakenUp(line: String, words: String) {
    var script = session("AI labs should be licensed like drug makers.")
    script.type("because nobody checks the models before they ship")
    let step = script.type(line)
    #expect(
      ExploreScript.reflections(step).contains { $0.contains(words) },
      "\(ExploreScript.reflections(step))")
    #expect(
      ExploreScript.question(step)?.arc == "moment",
      "\(String(describing: ExploreScript.question(step)))")
  }

  @Test(
    "'idk' leading into an answer is no doubt about the belief",
    arguments: [
      "oh idk, maybe the part where they copied every artist's work",
      "idk maybe a licence for the biggest ones",
    ])
  // A reviewer saw a sarcastic "idk, maybe the part where …" met with "What is pulling you
  // each way?" from someone who was not torn at all.
  func leadInIsNoWavering(line: String) {
    var script = session("AI labs should be licensed like drug makers.")
    script.type("because nobody checks the models before they ship")
    let step = script.type(line)
    #expect(
      !ExploreScript.reflections(step).contains { $0.contains("not sure") },
      "\(ExploreScript.reflections(step))")
    #expect(ExploreScript.question(step)?.text != "What is pulling you each way?")
  }

  @Test(
    "a wish to stop closes the session with its rating, never another question",
    arguments: [
      "can we stop", "I don't want to do this", "i dont want to talk about this anymore",
      "lets stop here", "right thats me done, ta", "nah im done mate", "ok im done for today",
      "I think I'll stop there, the bus is due", "i'll leave it there for now",
      "ill stop here lol", "that's me finished, cheers",
    ])
  func wishToStop(line: String) {
    var script = session("My boss is bad at his job.")
    let step = script.type(line)
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.leavingNotice))
    #expect(ExploreScript.question(step) == nil)
  }

  @Test(
    "being done with something, or stopping something else, tells of it, and the conversation goes on",
    arguments: [
      "I don't want to do this to her, she hated hospitals",
      "im done paying for his mistakes", "i'll stop lending him money soon enough",
      "thats me done with the gym, my knee went", "i'll leave it there until the lease ends",
    ])
  func notAWishToStop(line: String) {
    var script = session("My mom should live with us rather than in a home.")
    let step = script.type(line)
    #expect(ExploreScript.question(step) != nil)
  }

  @Test("a request for advice is met as a question put back, never filed as a reason")
  func requestIsNoReason() {
    var script = session("My boss is bad at his job.")
    let step = script.type("could you just tell me what to do")
    #expect(ExploreScript.notices(step).contains(where: ExploreDialogue.standAnswers.contains))
    #expect(script.dialogue.state.map.reasons.isEmpty)
  }

  @Test("what backs a concession is filed as a doubt, never under their reason")
  func concessionIsNoEvidence() {
    var script = session("Remote work is better for everyone.")
    script.type("because our team ships more since we went remote")
    script.type("well not everyone, my younger coworkers seem lonely")
    let map = script.dialogue.state.map
    #expect(map.reasons.allSatisfy { $0.examples.isEmpty && $0.evidence.isEmpty })
    #expect(map.doubts.contains { $0.contains("lonely") })
  }

  @Test("a clause whose subject the parser cannot find is not given back")
  func noFragmentGivenBack() {
    var script = session("AI labs should be licensed like drug makers.")
    let step = script.type("it feels unfair, nobody asked the people who use it")
    #expect(
      ExploreScript.reflections(step).allSatisfy { !$0.contains("saying unfair") },
      "\(ExploreScript.reflections(step))")
  }

  @Test("someone else's view told after a reason is never filed as its source")
  func reportedViewBacksNoReason() {
    var script = session("Grandpa should give up his car keys.")
    script.type("because he hit a parked van last week")
    script.type("my brother thinks he's fine but he never rides with him")
    let map = script.dialogue.state.map
    #expect(map.reasons.allSatisfy { $0.sources.isEmpty }, "\(map.reasons)")
  }

  @Test("a question that irked them is owned, and their complaint is not given back")
  func irked() {
    var script = session("My boss is bad at his job.")
    let step = script.type("whats the point of asking that")
    #expect(ExploreScript.notices(step).contains(ExploreDialogue.confusedNotice))
    #expect(ExploreScript.reflections(step).isEmpty)
  }

  @Test("no summary is given mid-session, however long it runs")
  func noMidSessionSummary() {
    var script = session("Remote work is bad for new hires.")
    for line in [
      "because nobody sits next to them", "my team lost two juniors last spring",
      "I read a survey from a recruiting firm", "ok fair, some of them like it",
      "they learn slower on calls", "I'm worried about the two I mentor",
      "our onboarding got shorter after we went remote", "the seniors are busy all day",
      "the office had a whiteboard everyone used",
    ] {
      let step = script.type(line)
      // The close (after the re-rating) gives the map back; only the steps that go on are
      // mid-session.
      guard ExploreScript.question(step) != nil else { break }
      #expect(!step.events.contains { if case .summary = $0 { true } else { false } })
    }
  }

  @Test("a story is not met by asking when they came to see it so")
  func noStoryQuestionAfterAStory() {
    var script = session("My boss is bad at his job.")
    script.type("he takes credit for everything and nobody above him notices")
    script.type("last year he presented my whole project as his own at the all hands")
    #expect(!script.questions.contains { $0.arc == "story" })
  }
}
