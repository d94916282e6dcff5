import Foundation
import Testing

/// "What you said" at the end of a session: what they said as they last said it, and only
/// items that read alone.
@Suite("The end screen keeps what they said as they last said it")
struct EndScreenMapTests {
  /// The end screen's "What you said", from its heading to the log line.
  private func whatYouSaid(_ stdout: String) throws -> Substring {
    let start = try #require(stdout.range(of: "  What you said\n"))
    let end = stdout.range(of: "  Log:", range: start.upperBound..<stdout.endIndex)
    return stdout[start.upperBound..<(end?.lowerBound ?? stdout.endIndex)]
  }

  @Test("an amount set right in the same breath is shown as they set it")
  func amountSetRightInTheSameBreath() throws {
    let home = try SocraticProcess.temporaryFolder()
    let result = try SocraticProcess.run(
      ["--belief", "markets are better value than second hand shops", "--seed", "3"],
      stdin: "y\n75\nthe market on saturdays, i got a winter coat for £10, no £12, still a steal. "
        + "the shop in town wanted 40 for the same kind\n/quit\n",
      home: home)
    #expect(result.status == 0)
    let said = try whatYouSaid(result.stdout)
    #expect(said.contains("you got a winter coat for £12"))
    #expect(!said.contains("£10"))
  }

  @Test("an amount set right an answer later ('£25 not 20') is shown as they set it")
  func amountSetRightLater() throws {
    let home = try SocraticProcess.temporaryFolder()
    let result = try SocraticProcess.run(
      ["--belief", "boot sales beat the shops for value", "--seed", "2"],
      stdin: "y\n80\nlast week i sorted all the kids xmas presents at the boot sale for £20, "
        + "games and books mostly. you cant do that in a shop\n"
        + "£25 not 20, i forgot the puzzles lol. still cheap\n/quit\n",
      home: home)
    #expect(result.status == 0)
    let said = try whatYouSaid(result.stdout)
    #expect(said.contains("presents at the boot sale for £25"))
    #expect(!said.contains("£20"))
  }

  @Test("a point granted with its verb left out ('not so sure i will') is not listed")
  func grantedWithItsVerbLeftOut() throws {
    let home = try SocraticProcess.temporaryFolder()
    let result = try SocraticProcess.run(
      ["--belief", "markets are better value than second hand shops", "--seed", "3"],
      stdin: "y\n75\nthe market on saturdays, i got a winter coat for a tenner\n"
        + "we used to go as a family when the kids were small\n"
        + "maybe the shop prices are fair enough for some things\n"
        + "we are moving flat in march and i was going to sell everything at the market. "
        + "now im not so sure i will\n/quit\n",
      home: home)
    #expect(result.status == 0)
    let said = try whatYouSaid(result.stdout)
    #expect(said.contains("      - maybe the shop prices are fair enough for some things\n"))
    #expect(!said.contains("sure you will"))
  }
}

/// Partner's end: their words quoted as they typed them, and the plan they committed to.
@Suite("Partner's end quotes them as typed and keeps the plan they made")
struct PartnerEndScreenMapTests {
  @Test("'ill ring the council tomorrow' is the plan noted, quoted with their own lower-case i")
  func planToRingQuotedAsTyped() throws {
    let home = try SocraticProcess.temporaryFolder()
    let result = try SocraticProcess.run(
      ["partner", "--seed", "3"],
      stdin: "my dad lost his licence today, its only a card but he is gutted\n"
        + "/me that sounds hard for him\n"
        + "yeah. ill ring the council tomorrow about the bus pass, and i could ask his mate "
        + "about lifts\n/quit\n",
      home: home)
    #expect(result.status == 0)
    let end = try #require(result.stdout.range(of: "Where the conversation got to"))
    let shown = result.stdout[end.upperBound...]
    #expect(
      shown.contains("plan: \u{201C}I'll ring the council tomorrow about the bus pass, and i"))
  }
}
