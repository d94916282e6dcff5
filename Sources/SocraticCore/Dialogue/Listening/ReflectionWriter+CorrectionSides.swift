/// A correction given back as the turn it takes, each side in the second person.
extension ReflectionWriter {
  /// A correction given back as the turn it takes: "it's the screen, not the tipping you
  /// hate", "maybe it's the apps, not the phone"; nil when either side would not read.
  static func given(_ correction: Correction) -> String? {
    guard let kept = correctionSide(correction.kept),
      let dropped = correctionSide(correction.dropped)
    else { return nil }
    let frame = correction.isPast ? "it was" : "it's"
    return (correction.isHedged ? "maybe " : "") + "\(frame) \(kept), not \(dropped)"
  }

  /// One side of a correction in the second person, without the hedges closing it.
  private static func correctionSide(_ tokens: [Token]) -> String? {
    var side = Tokenizer.tokenize(withoutClosingHedges(tokens.joinedText))
    // "it's it, not the kids": a side that is only a pronoun names nothing to give back.
    // "it's me, not her": a person alone is a side.
    let isPerson = side.count == 1 && correctedPeople.contains(side[0].lowercased)
    guard !side.isEmpty, side.allSatisfy(isPlain), !isDangling(side),
      ReflectionCheck.mayTurn(side), ReflectionCheck.carriesContent(side) || isPerson,
      // "it's the problem it's the rota, not …": the frame takes a thing named, no clause.
      ReflectionCheck.fills(side, .nounPhrase)
    else { return nil }
    side[0].hasSpaceBefore = false
    let turned = writtenOut(ourToYour(FirstPersonReflector.reflect(side)))
    guard !ReflectionCheck.leavesFirstPerson(turned) else { return nil }
    return turned.joinedText
  }

  /// Object pronouns that name a person, a side of a correction alone: "it's me, not her".
  private static let correctedPeople: Set<String> = ["me", "him", "her", "them", "us"]
}
