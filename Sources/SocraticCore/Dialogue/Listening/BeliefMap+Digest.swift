extension BeliefMap {
  /// One part of "What you said": a heading and its items, short, in plain text.
  public struct DigestSection: Sendable, Equatable {
    public var heading: String
    public var items: [String]
  }

  /// The map as the end of a session shows it, under "What you said": the reasons (with what
  /// backed each), the doubts voiced in the person's own words, what would change their mind,
  /// the feelings named, and the blockages and assumptions noted. Empty parts are left out.
  public var digest: [DigestSection] { digest(excludingNotes: []) }

  /// The digest without the notes whose texts are given (those a summary lists already).
  public func digest(excludingNotes shown: Set<String>) -> [DigestSection] {
    var sections: [DigestSection] = []
    let reasons = reasons.map { reason in
      var item = Self.spoken(reason.text)
      var told: [String] = []
      for text in reason.examples + reason.evidence
      where !told.contains(where: { $0.lowercased() == text.lowercased() }) {
        told.append(text)
      }
      let backing =
        told.prefix(2).map(Self.quoted)
        + reason.sources.filter(Self.isNamed).prefix(2).map {
          "from " + Self.phrase(Self.medium($0))
        }
      if !backing.isEmpty { item += " (" + backing.joined(separator: "; ") + ")" }
      return item
    }
    if !reasons.isEmpty { sections.append(DigestSection(heading: "Your reasons", items: reasons)) }
    if !examples.isEmpty {
      sections.append(
        DigestSection(heading: "What you've seen", items: examples.prefix(3).map(Self.quoted)))
    }
    let unattached = sources.filter { source in
      !self.reasons.contains { $0.sources.contains(source) }
    }
    if !unattached.isEmpty {
      sections.append(
        DigestSection(heading: "Where it comes from", items: unattached.prefix(3).map(Self.phrase)))
    }
    if !views.isEmpty {
      sections.append(
        DigestSection(
          heading: "What others say",
          items: views.prefix(3).map { ReflectionWriter.givenView($0) ?? Self.quoted($0.said) }))
    }
    if !doubts.isEmpty {
      sections.append(
        DigestSection(heading: "Doubts you voiced", items: doubts.prefix(4).map(Self.quoted)))
    }
    if !wouldChangeMind.isEmpty {
      sections.append(
        DigestSection(
          heading: "What would change your mind",
          items: wouldChangeMind.map { change in
            ReflectionWriter.givenChange(change) ?? Self.quoted(change)
          }))
    }
    if !feelings.isEmpty {
      sections.append(
        DigestSection(heading: "Feelings you named", items: [ReflectionWriter.listed(feelings)]))
    }
    let plans = notes.filter { $0.category == .plan }.map(\.text)
    if !plans.isEmpty {
      sections.append(
        DigestSection(heading: "What you might do", items: plans.suffix(3).map(Self.quoted)))
    }
    let notes = notes.filter { !shown.contains($0.text) && $0.category != .plan }
    if !notes.isEmpty {
      sections.append(
        DigestSection(
          heading: "Noted",
          items: notes.map { note in
            (note.category.map { $0.rawValue + ": " } ?? "") + Self.quoted(note.text)
          }))
    }
    return sections
  }

  /// Whether a source names who or what it is ("the news"), rather than telling how they came
  /// by it ("I saw it myself on facebook"), which reads after "from" as a garble.
  private static func isNamed(_ source: String) -> Bool {
    ClauseParser.finiteVerbIndex(in: Tokenizer.tokenize(source)) == nil
  }

  /// The most words of theirs an item quotes.
  private static let quoteWordLimit = 14

  /// A reason in the second person, or quoted as typed when it would not read well.
  /// "of airbnb in our city" (a belief's "because of …") is given as the thing it names.
  private static func spoken(_ text: String) -> String {
    ReflectionWriter.secondPerson(text, dropping: ReflectionWriter.hedges)
      ?? ReflectionWriter.ofPhrase(text) ?? quoted(text)
  }

  /// A source without the preposition it was cited with: "on instagram" → "instagram", so
  /// that "from" is not put before another ("from on instagram").
  private static func medium(_ source: String) -> String {
    let words = source.split(separator: " ")
    guard words.count > 1, ["on", "in", "at", "from"].contains(words[0].lowercased()) else {
      return source
    }
    return words.dropFirst().joined(separator: " ")
  }

  private static func phrase(_ text: String) -> String {
    ReflectionWriter.secondPersonPhrase(text) ?? quoted(text)
  }

  /// Their words as typed, in quotation marks, cut short with an ellipsis.
  private static func quoted(_ text: String) -> String {
    // "… to be honest" is left off; their words stay as typed.
    let trimmed = ReflectionWriter.withoutClosingHedges(text)
    let text = !trimmed.isEmpty && text.hasPrefix(trimmed) ? trimmed : text
    let words = text.split(separator: " ")
    let short =
      words.count > quoteWordLimit
      ? words.prefix(quoteWordLimit).joined(separator: " ") + "\u{2026}" : text
    return "\u{201C}" + short + "\u{201D}"
  }
}
