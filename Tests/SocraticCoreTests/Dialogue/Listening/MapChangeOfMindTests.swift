import Testing

@testable import SocraticCore

/// A view they moved to ("ok maybe its more that …", "so i guess i now think …") is where they
/// got to, and the end says it; it is no point they granted.
private let movedViews: [ClosingCase] = [
  ClosingCase(
    claim: "school uniforms should be scrapped",
    turns: [
      (.reasons, "What leads you to think so?", "they cost a fortune and kids hate them"),
      (
        .inversion, "What would it look like if uniforms were kept?",
        "hmm ok maybe its more that the blazers are the problem, a polo shirt is fine"
      ),
    ],
    shown: [("Where you got to", "the blazers are the problem")],
    hidden: [("What you granted", "blazers")]),
  ClosingCase(
    claim: "working from home is bad for juniors",
    turns: [
      (.reasons, "What leads you to think so?", "they dont learn by watching people lol"),
      (
        .rerate, "How sure are you now?",
        "55. so i guess i now think juniors need two office days, not five"
      ),
    ],
    shown: [("Where you got to", "juniors need two office days")]),
  ClosingCase(
    claim: "the bypass will ruin the town",
    turns: [
      (.reasons, "What leads you to think so?", "nobody will stop to shop anymore"),
      (
        .outsider, "Who sees this differently?",
        "my uncle, he runs the garage. idk, now i reckon it will hurt the cafes but help the high street"
      ),
    ],
    shown: [("Where you got to", "it will hurt the cafes")]),
]

@Suite("The map: a change of mind")
struct MapChangeOfMindTests {
  @Test("a view they moved to is where they got to", arguments: movedViews)
  func movedView(_ closing: ClosingCase) {
    let digest = closing.map.digest
    for (heading, words) in closing.shown {
      let items = digest.first { $0.heading == heading }?.items ?? []
      #expect(items.contains { $0.contains(words) }, "\(heading) ∌ \(words): \(digest)")
    }
    for (heading, words) in closing.hidden {
      let items = digest.filter { heading == nil || $0.heading == heading }.flatMap(\.items)
      #expect(!items.contains { $0.contains(words) }, "\(heading ?? "any") ∋ \(words): \(digest)")
    }
  }
}
