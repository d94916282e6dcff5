extension BeliefMap {
  /// Whether a line tells the listener it got them wrong: a saying disowned ("i never said
  /// that"), something handed back to whose it was ("that was my uncle, not me"), a point
  /// granted denied ("i didn't grant that"), a reason turned down ("my reason wasn't the
  /// fees"), or what they said already pointed at ("i literally just said"). Only the first
  /// 1,000 characters are read.
  static func correctsListener(_ text: String) -> Bool {
    sentences(of: TypedTextLimit.prefix(of: text, characters: 1_000))
      .contains(where: correctsListenerIn)
  }

  /// What a line says besides the sentences that put the listener right ("i wasnt tired tho i
  /// said wrecked. maybe ill try leaving it downstairs" leaves the plan); nil when nothing is
  /// left. Only the first 1,000 characters are read.
  static func besidesCorrecting(_ text: String) -> String? {
    let rest = sentences(of: TypedTextLimit.prefix(of: text, characters: 1_000))
      .filter { !correctsListenerIn($0) }
    return rest.isEmpty ? nil : rest.joined(separator: " ")
  }

  /// Whether one sentence tells the listener it got them wrong.
  private static func correctsListenerIn(_ sentence: String) -> Bool {
    let words = plainWords(sentence)
    return disowns(words) || handsBack(words) || deniesGranting(words)
      || (notTheirReasonCues + saidAlreadyCues).contains { has($0, in: words) }
  }

  /// Whether a sentence points back at something said and hands it to another: "that was my
  /// uncle who lost his job, not me", "it was my sister couldn't sleep not me".
  static func handsBack(_ words: [String]) -> Bool {
    pointingBackOpenings.contains { words.starts(with: $0) } && has(["not", "me"], in: words)
  }

  /// Whether a sentence denies having granted a point: "i didn't grant that", "i never
  /// conceded it".
  static func deniesGranting(_ words: [String]) -> Bool {
    words.indices.contains { index in
      grantingVerbs.contains(words[index])
        && words[..<index].suffix(3).contains("i")
        && words[..<index].suffix(3).contains(where: grantDenials.contains)
    }
  }

  /// Takes off the reason a sentence hands back to another ("that was my uncle who lost his
  /// job, not me"): the one sharing most of the words it names, and the stories that share as
  /// many. - Returns: whether anything came off.
  mutating func dropHandedBack(_ sentence: String) -> Bool {
    let named = Self.stems(of: sentence).subtracting(Self.handingBackFrameWords)
    let shared = reasons.map { named.intersection(Self.stems(of: $0.text)).count }
    var dropped = false
    if let best = shared.indices.max(by: { shared[$0] < shared[$1] }), shared[best] > 0 {
      removeReason(at: best)
      dropped = true
    }
    let before = examples.count
    examples.removeAll { named.intersection(Self.stems(of: $0)).count >= 2 }
    return dropped || examples.count < before
  }

  /// Takes off the points granted that a denial names ("i didn't grant that they're leaving,
  /// that's my point"), by the words of its first part. - Returns: whether any came off.
  mutating func dropUngranted(_ sentence: String) -> Bool {
    let firstPart = sentence.split(separator: ",").first.map(String.init) ?? sentence
    let named = Self.stems(of: firstPart).subtracting(Self.handingBackFrameWords)
      .subtracting(Self.grantingVerbs)
    guard !named.isEmpty else { return false }
    let before = doubts.count
    doubts.removeAll { !Self.stems(of: $0).isDisjoint(with: named) }
    return doubts.count < before
  }

  /// Openings that point back at something already said: "that was", "it was".
  private static let pointingBackOpenings: [[String]] = [
    ["that", "was"], ["thats"], ["that", "is"], ["it", "was"], ["that", "were"], ["twas"],
    ["no", "that", "was"], ["no", "thats"], ["no", "it", "was"],
  ]

  /// Verbs of granting a point.
  static let grantingVerbs: Set<String> = [
    "grant", "granted", "granting", "concede", "conceded", "conceding", "admit", "admitted",
  ]

  /// Words that deny a granting: "i didn't grant", "i never conceded".
  private static let grantDenials: Set<String> = [
    "didnt", "never", "dont", "wasnt", "not", "havent",
  ]

  /// Words that point at what was said already: "i literally just said".
  static let saidAlreadyCues: [[String]] = [
    "i just said", "i literally said", "i literally just said", "i already said",
    "i already told you", "i just told you", "i just told ya",
  ].map { $0.split(separator: " ").map(String.init) }

  /// Words of a handing back or a denial that name nothing handed back.
  private static let handingBackFrameWords: Set<String> = disowningFrameWords.union([
    "me", "literally", "didnt", "grant", "concede", "admit", "thats", "point", "really",
  ])
}
