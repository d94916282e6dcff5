import Testing

@testable import SocraticCore

/// Thanks are wry only when the clause before them gives ground ("less keen than I was"): a
/// comparison alone, or "less" alone, leaves a plain thanks for the talk, and the talk closes.
@Suite("Partner: plain thanks after a comparison close the talk")
struct PartnerThanksAfterComparisonTests {
  @Test(
    "thanks after 'calmer than' or 'less' alone thank the listener, and close",
    arguments: [
      "honestly i'm steadier than i was last month, thank you very much",
      "i fret about the loft less these days, thanks very much",
    ])
  func plainThanksClose(line: String) {
    var script = builtInPartnerScript([
      "i reckon the new bypass will ruin the village, nobody asked us",
      "/me how are you feeling about it all now",
    ])
    script.type(line)
    #expect(script.dialogue.state.stage == .close)
  }
}
