import Testing

@testable import SocraticCore

/// Lines a facilitator would not count as listening: advice after a word to the listener
/// ("seriously hun, just …"), a verdict that they cannot keep going, and a fact that sets
/// someone else against them; and one noun of theirs given back, whose rewrite keeps their word.
@Suite("Verdicts on the listener, and their word echoed")
struct VerdictsOnThemTests {
  let critic = QuestionCritic()
  let heard = "I keep going back and forth about it"

  @Test(
    "a command after a stance word and a name for them is advice, whatever 'you can always' follows",
    arguments: [
      "honestly pal just book the course, see how you get on, you can always drop it later",
      "seriously hun just sell the van, you can always buy another in spring",
    ])
  func adviceAfterAName(text: String) throws {
    for after in [nil, heard] {
      let critique = try critic.critique(text, after: after)
      #expect(critique.form == .statement, "\(text)")
      #expect(critique.problems == [StatementKind.advice.explanation], "\(text)")
    }
    // A door left open to come back to the speaker is still warmth.
    let door = try critic.critique("if it all goes wrong you can always ring me", after: heard)
    #expect(door.problems == [StatementKind.warmth.explanation])
  }

  @Test(
    "telling them they cannot keep going is a challenge; their own sense of it framed back is not",
    arguments: [
      ("you cant carry on like this forever", "so you feel you can't carry on like this"),
      (
        "you won't be able to keep going at that pace",
        "it sounds like you're not sure you can keep going at that pace"
      ),
      (
        "three jobs and the allotment. you can't keep that going, you know",
        "three jobs and the allotment, and you feel you can't keep that going"
      ),
    ])
  func copingVerdict(challenge: String, framed: String) throws {
    let after = "I do the early starts and the allotment and the school pick-up"
    for context in [nil, after] {
      let critique = try critic.critique(challenge, after: context)
      #expect(critique.form == .statement, "\(challenge)")
      #expect(critique.problems == [StatementKind.opinion.explanation], "\(challenge)")
      #expect(try critic.critique(framed, after: context).form == .reflection, "\(framed)")
    }
  }

  @Test(
    "someone else set against the listener is information, not a reflection or a verdict",
    arguments: ["Charles is taller than you.", "Nina is older than you", "Marcus is as old as you"])
  func comparedWithThem(text: String) throws {
    for after in [nil, "I never know whose turn it is to host christmas"] {
      let critique = try critic.critique(text, after: after)
      #expect(critique.form == .statement, "\(text)")
      #expect(critique.problems == [StatementKind.information.explanation], "\(text)")
    }
    // Their own comparison, turned back to them, gives back what they said.
    let turned = try critic.critique(
      "your cousin is older than you", after: "my cousin is older than me so she gets the say")
    #expect(turned.form == .reflection)
  }

  @Test(
    "a noun alone that demands their grounds is asked for them openly",
    arguments: [
      ("Source?", "What makes you see it that way?"), ("Proof?", "What makes you see it that way?"),
      ("Example?", "What is an example of that?"),
    ])
  func demandForGrounds(text: String, rewrite: String) throws {
    #expect(try critic.critique(text).suggestion == rewrite, "\(text)")
  }

  @Test(
    "one noun of theirs given back asks them to say more, and its rewrite keeps the word",
    arguments: [("loan?", "the loan"), ("Budget?", "the budget"), ("lease?", "the lease")])
  func echoedNoun(text: String, named: String) throws {
    let critique = try critic.critique(text)
    #expect(critique.form == .closed, "\(text)")
    #expect(critique.problems == [QuestionProblem.fragment.explanation], "\(text)")
    #expect(critique.suggestion == "What do you think about \(named)?", "\(text)")
  }
}
