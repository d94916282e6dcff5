import Testing

@testable import SocraticCore

/// Disbelief put as a how-question ("how is that fair?", "how does that add up?") or as what a
/// crowd does ("if everyone jumped off a bridge, would you?") makes a point; an invitation to
/// speak ("ok I'm listening, go") is warmth, not the asker's view; "you're wrong about it" is.
@Suite("Disbelief, verdicts on them and invitations to speak")
struct DoubtAndInvitationTests {
  let critic = QuestionCritic()

  @Test(
    "disbelief that something is fair or hangs together leads, and the rewrite asks how they see it",
    arguments: [
      ("how is that right?", "What makes that look right to you?"),
      (
        "how's this acceptable for the members?", "What makes this look acceptable for the members?"
      ),
      ("how did that even make sense?", nil),
      ("wait how does that add up?", "How do you see it fitting together?"),
      (
        "you say it's cheaper but you pay more. how does that make sense?",
        "How do you see it fitting together?"
      ),
    ] as [(String, String?)])
  func disbelief(question: String, rewrite: String?) throws {
    let critique = try critic.critique(question)
    #expect(critique.form == .leading, "\(critique.form)")
    if let rewrite { #expect(critique.suggestion == rewrite) }
    #expect(critique.suggestion?.contains("leads people") != true)
  }

  @Test(
    "what a crowd does put back to the person answers itself, with or without its mark",
    arguments: [
      "if all your friends dyed their hair green would you",
      "so if everybody stopped paying their council tax, would you too?",
    ])
  func reductio(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .leading, "\(critique.form)")
    #expect(critique.problems == [QuestionProblem.rhetorical.explanation])
    #expect(critique.suggestion == nil)
  }

  @Test("a condition put to the person alone still asks")
  func conditionAsks() throws {
    #expect(try critic.critique("if the bus was free, would you take it?").form != .leading)
  }

  @Test(
    "asking how it makes sense to them, or how it is going, stays open",
    arguments: ["how does that make sense to you?", "how is that going for you?"])
  func stillOpen(question: String) throws {
    #expect(try critic.critique(question).form == .open)
  }

  @Test(
    "'how come you're so …' judges as 'why are you so …' does; 'how come you're late?' asks",
    arguments: [
      ("how come you're so against the new rota?", true),
      ("how come they're so smug about the results?", true),
      ("how come you're late?", false),
      ("how come you're so sure?", false),
    ])
  func howCome(question: String, leads: Bool) throws {
    #expect((try critic.critique(question).form == .leading) == leads)
  }

  @Test(
    "telling them they are wrong argues the speaker's view; it gives nothing back",
    arguments: ["you're wrong about the bypass", "you are just wrong about the vicar"])
  func toldWrong(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement, "\(critique.form)")
    #expect(critique.problems == [StatementKind.opinion.explanation])
  }

  @Test(
    "an invitation to speak is warmth, fine as it is",
    arguments: ["ok im listening. go", "right, go on then", "I'm listening", "fine. i'm all ears"])
  func invitation(line: String) throws {
    let critique = try critic.critique(line)
    #expect(critique.form == .statement, "\(critique.form)")
    #expect(critique.problems == [StatementKind.warmth.explanation])
    #expect(critique.suggestion == nil)
  }
}
