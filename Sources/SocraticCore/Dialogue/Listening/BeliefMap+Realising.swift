/// What they came to see of themselves: a point filed as granted whose words are about the
/// speaker ("maybe it's more about me than him", "I never actually asked her") is no point
/// granted to the other side but a realisation, and a recap gives it back as one.
extension BeliefMap {
  /// Whether a point they granted is about themselves: after its hedges and a frame of
  /// holding a view ("I guess", "I suppose"), the speaker is its subject ("I never actually
  /// asked her", "I might have been harsh") or its object ("it's more about me than her").
  /// Theirs named ("my uncle's shop did fine") tells of the world, and "I don't know any
  /// research on it" grants what they lack, not what they came to see.
  static func isAboutThemselves(_ point: String) -> Bool {
    var words = Array(plainWords(point).drop(while: insightLeads.contains))
    if words.count > 2, words[0] == "i", viewFrameVerbs.contains(words[1]) {
      words.removeFirst(2)
    }
    if let first = words.first, speakerSubjects.contains(first) {
      let verb = words.dropFirst().first { !knowingLeads.contains($0) }
      return verb.map { !viewFrameVerbs.contains($0) } ?? false
    }
    return words.contains("myself")
      || speakerObjectPhrases.contains { phrase in
        words.indices.contains { words[$0...].starts(with: phrase) }
      }
  }

  /// The points they granted that are realisations about themselves, latest last.
  public var realisations: [String] {
    granted.filter(Self.isAboutThemselves)
  }

  /// Points granted as the digest shows them, in the second person. "that's something",
  /// "talking it out": one that leans on what came before it says nothing read alone, and is
  /// left out; one said for "us" is quoted, as "we" turned to "you" would put it on the
  /// listener; one too long to give back whole is given as its clauses that grant a point.
  static func shownDoubts(_ points: [String]) -> [String] {
    points.flatMap { doubt in
      speaksForUs(doubt)
        ? [ReflectionWriter.standsAlone(doubt) ? quoted(doubt) : nil].compactMap { $0 }
        : ReflectionWriter.standingDoubt(doubt).map { [$0] }
          ?? grantingClauses(of: doubt).compactMap(ReflectionWriter.standingDoubt)
    }.filter {
      endsWhole($0) && !leansOnWhatCameBefore($0) && !leansOnTheLineBefore($0)
    }
  }

  /// Verbs that after "I" only frame what follows as a view: "I guess he has a point".
  private static let viewFrameVerbs: Set<String> = [
    "guess", "suppose", "think", "mean", "know", "reckon", "admit", "grant", "see", "spose",
  ]

  /// Words by which the speaker is the subject, as plain words read them ("I'm" → "im").
  private static let speakerSubjects: Set<String> = ["i", "im", "ive", "id"]

  /// Phrases by which the speaker is what the point is about: "more about me", "it's on me",
  /// "me being worried"; not "makes sense to me" or "got to me, not everybody can …", which
  /// grant the other side a point.
  private static let speakerObjectPhrases: [[String]] = [
    ["about", "me"], ["on", "me"], ["down", "to", "me"], ["me", "than"], ["me", "being"],
  ]

  /// Words between "I" and a verb of knowing that keep it one: "I don't personally know".
  private static let knowingLeads: Set<String> = [
    "dont", "do", "didnt", "did", "personally", "really", "honestly", "just", "actually",
  ]
}
