import Testing

@testable import SocraticCore

/// "that's different, …" sets what they said against what the listener said: it answers the
/// listener, and is never taken as their belief to be asked about later.
@Suite("A comparison remark is no belief")
struct PartnerComparisonRemarkTests {
  @Test("'that's different' is never asked about, then or after")
  func comparisonIsNotTheBelief() {
    var script = builtInPartnerScript([
      "have you seen what he's done to his car?? painted it bright orange. he'll never sell it now",
      "/me loads of people at your golf club have loud cars, dont they?",
    ])
    let answer = script.type(
      "thats different, theyre retired. he wants to be a solicitor. nobody trusts a lawyer in a "
        + "tangerine car do they")
    script.type("/me what makes you think that")
    let next = script.type("well the clients would laugh at him")
    let shown = (offeredItems(in: answer) + offeredItems(in: next)).map(\.text)
    #expect(shown.contains { $0.contains("clients") || $0.contains("laugh") }, "\(shown)")
    #expect(!shown.contains { $0.contains("different") }, "\(shown)")
  }
}
