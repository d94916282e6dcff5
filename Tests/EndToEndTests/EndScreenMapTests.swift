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
