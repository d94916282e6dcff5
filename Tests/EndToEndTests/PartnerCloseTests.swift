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
