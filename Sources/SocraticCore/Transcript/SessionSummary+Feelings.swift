/// The feelings an end summary lists: only those named in the person's own words. A feeling
/// the listener read into a story ("dad called me a drifter" read as "hurt"), or a word put in
/// place of theirs ("stung" given as "hurt"), is not one they named.
extension SessionSummary {
  /// The digest's sections with the feelings section keeping only feelings whose every word
  /// the person typed, in some form of it ("worried" for "it worries me"), and adding those
  /// they named as an image ("felt like a mug": `FeelingImage`); the section goes when none is
  /// left, and is added, before the notes, when only images were named.
  func withFeelingsInTheirWords(
    _ sections: [BeliefMap.DigestSection], feelings: [String]
  ) -> [BeliefMap.DigestSection] {
    let said = Set(mappedLines.flatMap(Self.spokenWords))
    var named = feelings.filter { feeling in
      Self.spokenWords(feeling).allSatisfy { word in
        said.contains { Self.isForm(of: word, $0) }
      }
    }
    for image in mappedLines.flatMap(FeelingImage.images) where !named.contains(image) {
      named.append(image)
    }
    var sections = sections
    let heading = mode == .partner ? "Feelings they named" : "Feelings you named"
    if !named.isEmpty, !sections.contains(where: { Self.feelingHeadings.contains($0.heading) }) {
      let at = sections.firstIndex { Self.headingsAfterFeelings.contains($0.heading) }
      sections.insert(
        BeliefMap.DigestSection(heading: heading, items: []), at: at ?? sections.endIndex)
    }
    return sections.compactMap { section in
      guard Self.feelingHeadings.contains(section.heading) else { return section }
      guard !named.isEmpty else { return nil }
      var kept = section
      kept.items = [ReflectionWriter.listed(named)]
      return kept
    }
  }

  /// The headings shown after the feelings.
  private static let headingsAfterFeelings: Set<String> = ["Noted", "Where you're coming from"]

  /// The lines of the person the map is about: explore's answers, what they said in partner.
  private var mappedLines: [String] {
    switch mode {
    case .explore: questions.compactMap(\.answer)
    case .partner: theySaid.map(\.text)
    case .drill: []
    }
  }

  /// The headings feelings are listed under.
  private static let feelingHeadings: Set<String> = ["Feelings you named", "Feelings they named"]

  /// The fewest letters two forms of a word share at their start: "worr" in "worried" and
  /// "worries".
  private static let sharedStemLength = 4

  /// Whether two words are forms of one word: the same, or sharing their first
  /// `sharedStemLength` letters and all but at most three of the longer's.
  private static func isForm(of word: String, _ other: String) -> Bool {
    if word == other { return true }
    let shared = zip(word, other).prefix { $0 == $1 }.count
    return shared >= sharedStemLength && max(word.count, other.count) - shared <= 3
  }
}
