import Foundation

/// What carries the weight, said around the thing rather than before it: "that's the weight of
/// it" points back at what was just said; "the traffic is the thing" names it first.
extension BeliefMap {
  /// Whether a sentence only points back at what was said before it as what weighs most:
  /// "that's the weight of it for me", "that's the real reason", "that's what it is".
  static func pointsBackAsWeightiest(_ sentence: String) -> Bool {
    var words = plainWords(sentence)[...]
    while let first = words.first, pointingOpeners.contains(first) { words = words.dropFirst() }
    guard let cue = backPointingCues.first(where: { words.starts(with: $0) }) else {
      return false
    }
    return words.dropFirst(cue.count).allSatisfy(trailingFillers.contains)
  }

  /// What a sentence names as the thing that weighs, before the words that say so: "the
  /// traffic is the thing" → "the traffic", "rent is the real problem" → "rent". Nil when its
  /// subject only points back ("that's the thing") or no such words end it.
  static func namedAsTheThing(in sentence: String) -> String? {
    let typed = sentence.split(separator: " ").map {
      $0.trimmingCharacters(in: .punctuationCharacters)
    }.filter { !$0.isEmpty }
    let words = typed.map { plainWords($0).joined() }
    for index in words.indices.dropFirst() where copulas.contains(words[index]) {
      var rest = Array(words[(index + 1)...])
      while let last = rest.last, trailingFillers.contains(last) { rest.removeLast() }
      guard rest.first == "the", let noun = rest.last, thingNouns.contains(noun),
        rest.count == 2 || rest.count == 3 && weightAdjectives.contains(rest[1])
      else { continue }
      let subject = words[..<index]
      guard let head = subject.first, !pointingSubjects.contains(head),
        subject.contains(where: { !FunctionWords.isFunctionWord($0) })
      else { return nil }
      return typed[..<index].joined(separator: " ")
    }
    return nil
  }

  /// Marks as weighing most what the words before a pointing-back sentence told: the reason or
  /// story of it they name (`markWeightiest`), else the reason the answer gave, else those
  /// words as a reason of their own.
  /// - Returns: whether the answer pointed back.
  mutating func markPointedBack(in sentences: [String], givenFrom known: Int) -> Bool {
    guard let cue = sentences.firstIndex(where: Self.pointsBackAsWeightiest), cue > 0 else {
      return false
    }
    let before = sentences[..<cue].joined(separator: " ")
    if markWeightiest(in: before, among: reasons.count) { return true }
    if reasons.count > known {
      strongest = known
    } else if let last = sentences[..<cue].last,
      last.split(separator: " ").count >= Self.pointedWordMinimum
    {
      reasons.append(Reason(text: last))
      strongest = reasons.count - 1
    }
    return true
  }

  /// The fewest words a sentence pointed back at has to be filed as a reason of its own.
  private static let pointedWordMinimum = 3

  /// Words that open a pointing-back sentence and say nothing: "and that's the weight".
  private static let pointingOpeners: Set<String> = [
    "and", "but", "so", "honestly", "really", "yeah", "i", "think", "guess", "mean",
  ]

  /// Sentences, after their openers, that point back at what was said as what weighs most.
  private static let backPointingCues: [[String]] = [
    "thats the weight", "thats the real reason", "thats the main reason", "thats the reason",
    "thats the main thing", "thats the big thing", "thats the real thing", "thats the thing",
    "thats the heart of it", "thats the crux", "thats what it is", "thats what matters",
    "thats what it comes down to", "thats what gets me", "that is the weight",
    "that is the real reason", "that is the main thing", "thats it really", "thats the bit",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words that may close a pointing-back sentence or a "the thing" naming: "of it for me".
  private static let trailingFillers: Set<String> = [
    "of", "it", "for", "me", "really", "honestly", "tbh", "here", "now", "to", "be", "honest",
    "i", "think", "guess", "mate", "lol", "all", "in", "the", "end", "though",
  ]

  /// Verbs that join a thing to "the thing": "the traffic is the thing".
  private static let copulas: Set<String> = ["is", "are", "was", "were"]

  /// Nouns that say a thing is what weighs: "the thing", "the problem".
  private static let thingNouns: Set<String> = [
    "thing", "problem", "issue", "point", "reason", "worry", "weight", "crux",
  ]

  /// Words that say which thing weighs: "the real problem".
  private static let weightAdjectives: Set<String> = [
    "main", "real", "big", "biggest", "whole", "actual", "key",
  ]

  /// Subjects that only point back: "that's the thing" names nothing itself.
  private static let pointingSubjects: Set<String> = [
    "that", "thats", "this", "it", "its", "which", "what", "there", "theres",
  ]
}
