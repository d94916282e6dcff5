import Testing

@Suite("How a partner session ends, as shown")
struct PartnerCloseTests {
  @Test("the close is labelled 'close'; the belief shown is the clause that states it")
  func closeAndBelief() throws {
    let home = try SocraticProcess.temporaryFolder()
    let result = try SocraticProcess.run(
      ["partner", "--seed", "3", "--no-color"],
      stdin: "the bus service is a joke, thats what my neighbour says, it was in the paper\n"
        + "right im off for a bath\n",
      home: home)
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains("  Belief: The bus service is a joke"), "\(result.stdout)")
    #expect(lines.contains { $0.hasPrefix("  close: ") }, "\(result.stdout)")
    #expect(!lines.contains { $0.hasPrefix("  reflect: Thank you") }, "\(result.stdout)")
  }
}

@Suite("A partner session as `sessions show` gives it back")
struct PartnerShowTests {
  @Test("a line of the person's that asks nothing is labelled as said, not asked")
  func statementIsSaid() throws {
    let home = try SocraticProcess.temporaryFolder()
    _ = try SocraticProcess.run(
      ["partner", "--seed", "3", "--no-color"],
      stdin: "my sister reckons her landlord is alright actually\n"
        + "/me honestly he sounds like a nightmare to me\n/quit\n",
      home: home)
    let shown = try SocraticProcess.run(["sessions", "show", "last", "--no-color"], home: home)
    #expect(
      shown.stdout.contains("You said: honestly he sounds like a nightmare to me"),
      "\(shown.stdout)")
    #expect(!shown.stdout.contains("You asked: honestly"), "\(shown.stdout)")
  }
}
