import Foundation
import SocraticCore
import Testing

@Suite("socratic stats")
struct StatsCommandTests {
  @Test("counts sessions, averages rated explore sessions, shifts per topic, and charts them")
  func text() throws {
    let data = try SessionFixtures.dataFolder([
      SessionFixtures.explore, SessionFixtures.drill, SessionFixtures.ownBelief,
    ])
    let result = try SocraticProcess.run(["stats"], environment: SessionFixtures.environment(data))
    #expect(result.status == 0)
    #expect(
      result.stdout == """
        Sessions: 3 (explore 2, partner 0, drill 1)
        Average confidence shift: 0 points over 2 rated explore sessions

        By topic
          crypto             1 session  -20 average
          (your own belief)  1 session  +20 average

        Listening, in partner and drill sessions
          Open questions: 0 of 1 (0%; target 70% or more)
            Questions that can't be answered with a yes or a no and push no answer; reflections and statements are not questions, and are not counted here. Below the target: next time, turn a yes-or-no question into one that opens with “what” or “how” (“Is it worth it?” → “What makes it worth it for you?”).
          Reflections: 0 for 1 question — 0 per question (fair: 1 or more per question; good: 2 or more)
            How often you gave back what was said, for each question you asked: it shows you heard before you asked more. Below fair: before your next question, give back in one sentence what they just said (“So for you, …”).
          Kinds covered: reasons and evidence (1 of 7); not asked yet: what would change their mind, clarification, assumptions, viewpoints, implications, about the question
            The kinds of question you asked: more kinds look at the belief from more sides.
          Leading questions: 1
            Questions that push an answer: a pushed person defends their view instead of examining it.
            - Isn't that just hype?
              Better: What makes you confident it is more than hype?
          Persona's confidence in drills: 70 → 75 on average over 1 drill

        Confidence before → after, oldest first
          █ kept  ▓ gained  ░ lost  (each cell is 5 points)
          2026-11-25  crypto      ████████████░░░░····  80 → 60
          2026-11-27  own belief  ██████▓▓▓▓··········  30 → 50

        """)
    let ascii = try SocraticProcess.run(
      ["stats"], environment: SessionFixtures.environment(data, lang: "POSIX"))
    #expect(ascii.stdout.contains("  2026-11-25  crypto      ############----....  80 -> 60\n"))
  }

  @Test("--json prints the documented keys for scripts")
  func json() throws {
    let data = try SessionFixtures.dataFolder([SessionFixtures.explore, SessionFixtures.drill])
    let result = try SocraticProcess.run(
      ["stats", "--json"], environment: SessionFixtures.environment(data))
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["sessions"] as? Int == 2)
    #expect(object["average_shift"] as? Double == -20)
    #expect((object["by_mode"] as? [String: Int]) == ["explore": 1, "partner": 0, "drill": 1])
    #expect(object["unrated_sessions"] as? Int == 0)
    let listening = try #require(object["listening"] as? [String: Any])
    #expect(listening["questions"] as? Int == 1)
    #expect(listening["open_share"] as? Int == 0)
    let leading = try #require(listening["leading"] as? [[String: Any]])
    #expect(
      leading.first?["suggestion"] as? String == "What makes you confident it is more than hype?")
    #expect((object["drills"] as? [String: Any])?["ended"] as? Int == 1)
  }

  @Test("with no sessions it says how to start")
  func empty() throws {
    let data = try SocraticProcess.temporaryFolder().path
    let result = try SocraticProcess.run(["stats"], environment: SessionFixtures.environment(data))
    #expect(
      result.stdout
        == "Sessions: 0 (explore 0, partner 0, drill 0)\nStart one with 'socratic'; the stats fill in as you go.\n"
    )
  }

  @Test("a belief explored before /belief stays in the summary, sessions list and stats")
  func earlierBeliefs() throws {
    let home = try SocraticProcess.temporaryFolder()
    let session = try SocraticProcess.run(
      ["--seed", "1"],
      stdin: "Tea is good because it calms me.\ny\n60\nIt calms.\n/belief\n70\n"
        + "Coffee is bad.\ny\n80\nIt keeps me up.\n/confidence 40\n/quit\n", home: home)
    #expect(session.status == 0)
    #expect(session.stdout.contains("Earlier belief (thread 1): Tea is good because it calms me."))
    // Left without a rating at the end, the belief keeps its mid-session /confidence.
    #expect(session.stdout.contains("  Confidence: 80 → 40 (-40)\n"))
    let list = try SocraticProcess.run(["sessions", "list"], home: home)
    #expect(list.stdout.contains("  (2 beliefs) Coffee is bad.  80 → 40  "))
    let stats = try SocraticProcess.run(["stats"], home: home)
    #expect(
      stats.stdout.contains(
        "Average confidence shift: -15 points over 2 rated beliefs in 1 rated explore session\n"))
    #expect(stats.stdout.contains("60 → 70\n"))
  }
}
