import Testing

@testable import SocraticCore

/// A wry aside asking the listener to keep something quiet ("don't tell my brother …") is no
/// objection to how the listener spoke: it gets no apology.
@Suite("The partner dialogue: a wry aside to keep it quiet")
struct PartnerWryAsideTests {
  @Test(
    "keeping it quiet, said wryly, gets no apology",
    arguments: [
      "dont tell my brother i said that he will have me on a shrinks couch",
      "don't tell my mum i said that, she'd have me see someone",
    ])
  func noApology(line: String) {
    var script = partnerScript()
    script.type("toast is the best breakfast")
    let step = script.type(line)
    let shown = step.suggestions.map(\.text)
    for apology in PartnerLines.repairs(for: .manner) {
      #expect(!shown.contains(apology), "\(shown)")
    }
  }
}
