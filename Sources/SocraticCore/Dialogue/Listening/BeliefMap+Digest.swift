extension BeliefMap {
  /// One part of "What you said": a heading and its items, short, in plain text.
  public struct DigestSection: Sendable, Equatable {
    public var heading: String
    public var items: [String]
  }

  /// The map as the end of a session shows it, under "What you said": where they ended up and
  /// what they might do first, then the reasons (with what backed each) and those set aside,
  /// the doubts voiced in the person's own words, what would change their mind, the feelings
  /// named, the blockages and assumptions noted, and what they told of themselves. Empty parts
  /// are left out.
  public var digest: [DigestSection] { digest(excludingNotes: []) }

  /// The digest without the notes whose texts are given (those a summary lists already).
  public func digest(excludingNotes shown: Set<String>) -> [DigestSection] {
    Self.withoutRepeats(sections(excludingNotes: shown))
  }

  /// Items without those another item says whole: "“she'd say the same”" goes when "“she'd
  /// say the same, she brings it up”" is shown.
  static func withoutContained(_ items: [String]) -> [String] {
    let keys = items.map { plainWords($0).joined(separator: " ") }
    return items.indices.filter { index in
      !keys.indices.contains { other in
        other != index && keys[other] != keys[index] && keys[other].hasPrefix(keys[index])
      }
    }.map { items[$0] }
  }

  /// Items without those that tell again, in more words, what another item says: "“my
  /// brother says the same, he won't hire them”" goes when "he won't hire them" is shown.
  static func withoutRetold(_ items: [String]) -> [String] {
    let words = items.map { stems(of: unquoted($0)) }
    return items.indices.filter { index in
      !words.indices.contains { other in
        other != index && !words[other].isEmpty && words[other].isStrictSubset(of: words[index])
      }
    }.map { items[$0] }
  }

  private func sections(excludingNotes shown: Set<String>) -> [DigestSection] {
    var sections: [DigestSection] = []
    // Only their own view of the claim, the last they stated; when they said none the
    // ratings show where they got to. What moved their rating is no view of the claim, and is
    // shown as what it is.
    if !landings.isEmpty {
      sections.append(DigestSection(heading: "Where you got to", items: landings))
    }
    if let moved = whatMovedThem.map(Self.givenMoved) {
      sections.append(DigestSection(heading: "What moved your rating", items: [moved]))
    }
    let viewWords = standingView.map { Self.plainWords($0) }
    // "anyway i should ring mum back": a plan said as the talk is closed is their leaving,
    // not what they might do about the belief.
    let plans = notes.filter { $0.category == .plan }.map(\.text).filter {
      Self.plainWords(TypedForms.cleaned($0)) != viewWords
        && !Self.topicClosers.contains(Self.plainWords($0).first ?? "")
    }
    if !plans.isEmpty {
      sections.append(
        DigestSection(heading: "What you might do", items: plans.suffix(3).map(Self.quoted)))
    }
    // What moved their rating is no reason for the belief; a source is shown where it comes
    // from, never as a tag after a reason.
    // Where they live or what they do is who they are, shown as where they come from.
    let reasons = reasonsByWeight.filter {
      !Self.tellsWhatMoved(Self.plainWords($0.text)) && !Self.tellsWhoTheyAre($0.text)
        && !Self.isRating($0.text)
    }
    .compactMap { reason -> String? in
      // "nurses", "the scientists": a bare phrase says no reason read alone.
      // "course I was", "what would you do then": a reason is shown as a whole statement.
      let namesAThing = ReflectionWriter.ofPhrase(Self.reasonText(reason.text)) != nil
      guard !Self.isTrivia(reason.text), var item = Self.spoken(reason.text),
        namesAThing || !Self.isBare(Self.unquoted(item)) && !Self.leansOnTheLineBefore(item)
      else { return nil }
      var told: [String] = []
      for text in (reason.examples + reason.evidence).map(TypedForms.trimmed)
      where ReflectionWriter.standsAlone(text) && Self.endsWhole(text)
        && !Self.tellsWhoTheyAre(text) && !Self.isTrivia(text) && !Self.isSupposition(text)
        && !told.contains(where: { $0.lowercased() == text.lowercased() })
      {
        told.append(text)
      }
      if !told.isEmpty {
        item += " (" + told.prefix(2).map(Self.quoted).joined(separator: "; ") + ")"
      }
      return item
    }
    if !reasons.isEmpty { sections.append(DigestSection(heading: "Your reasons", items: reasons)) }
    let setAside = withdrawn.compactMap(Self.spoken)
    if !setAside.isEmpty {
      sections.append(DigestSection(heading: "Reasons you set aside", items: setAside))
    }
    let seen = examples.filter {
      !Self.tellsWhoTheyAre($0) && !Self.isTrivia($0) && !Self.isSupposition($0)
        && Self.wholeQuote($0) != nil && Self.statesWhole($0) && Self.endsWhole($0)
    }
    if !seen.isEmpty {
      sections.append(
        DigestSection(heading: "What you've seen", items: seen.prefix(3).map(Self.quoted)))
    }
    if !sources.isEmpty {
      sections.append(
        DigestSection(
          heading: "Where it comes from",
          items: sources.prefix(3).map(Self.shownSource)))
    }
    if !views.isEmpty {
      sections.append(
        DigestSection(
          heading: "What others say",
          items: Array(
            Self.withoutRetold(
              Self.withoutContained(
                views.map { ReflectionWriter.givenView($0) ?? Self.quoted($0.said) }
                  .filter { Self.endsWhole($0) && Self.statesWhole($0) })
            ).prefix(3))))
    }
    // A doubt that is where they got to is given there, once.
    let shiftWords = [standingView].compactMap { $0 }.map {
      Self.plainWords($0).joined(separator: " ")
    }
    let kept = granted.filter { doubt in
      let words = Self.plainWords(doubt).joined(separator: " ")
      return !shiftWords.contains { $0.contains(words) || words.contains($0) }
    }
    // "I never actually asked her": what they came to see of themselves is no point granted.
    // "i think it's really about me feeling used", said as they re-rated: what they came to
    // see, shown when no view of the claim says where they got to, as the recap says it.
    let insight = standingView == nil ? selfInsight.flatMap(ReflectionWriter.givenInsight) : nil
    let realised =
      [insight].compactMap { $0 }.filter(Self.endsWhole)
      + Self.shownDoubts(kept.filter(Self.isAboutThemselves))
    if !realised.isEmpty {
      sections.append(DigestSection(heading: "What you came to see", items: realised))
    }
    let doubts = Self.shownDoubts(kept.filter { !Self.isAboutThemselves($0) })
    if !doubts.isEmpty {
      sections.append(DigestSection(heading: "What you granted", items: doubts))
    }
    let changes = wouldChangeMind.compactMap { change in
      ReflectionWriter.givenChange(change)
        ?? (ReflectionWriter.standsAlone(change) && Self.statesWhole(change)
          ? Self.quoted(change) : nil)
    }.filter { Self.endsWhole($0) && !Self.leansOnWhatCameBefore($0) }
    if !changes.isEmpty {
      sections.append(
        DigestSection(
          heading: "What would change your mind",
          items: changes))
    }
    let feelings = namedFeelings
    if !feelings.isEmpty {
      sections.append(
        DigestSection(heading: "Feelings you named", items: [ReflectionWriter.listed(feelings)]))
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
    let about = aboutThem
    if !about.isEmpty {
      sections.append(
        DigestSection(heading: "Where you're coming from", items: about.prefix(3).map(Self.quoted)))
    }
    return sections
  }

  /// The sections with each item said once: an item whose words that carry meaning all
  /// stand in an item shown before it ("your daughter" after "your daughter says …", the same
  /// doubt granted twice) is left out, as is a section left with nothing. Feelings, notes and
  /// sources are lists of their own and are kept as they are.
  static func withoutRepeats(_ sections: [DigestSection]) -> [DigestSection] {
    var shown: [Set<String>] = []
    return sections.compactMap { section in
      guard !unrepeatedHeadings.contains(section.heading) else { return section }
      var section = section
      section.items = section.items.filter { item in
        let words = stems(of: unquoted(item))
        guard !words.isEmpty, !shown.contains(where: words.isSubset) else { return false }
        shown.append(words)
        return true
      }
      return section.items.isEmpty ? nil : section
    }
  }

  /// The headings whose items are not compared with the others.
  private static let unrepeatedHeadings: Set<String> = [
    "Feelings you named", "Noted", "Feelings they named", "Where it comes from",
  ]

  /// An item without its quotation marks and ellipsis.
  static func unquoted(_ item: String) -> String {
    item.trimmingCharacters(in: ["\u{201C}", "\u{201D}", "\u{2026}"])
  }

  /// Whether words speak for a group the speaker is part of ("how we did it"): turned to the
  /// second person they would speak of the listener. "we're" counts by its "we"; "were" never
  /// does ("the old buses were late" speaks for nobody).
  static func speaksForUs(_ text: String) -> Bool {
    Tokenizer.tokenize(text).contains { $0.isWord && ourWords.contains($0.lowercased) }
  }

  /// Words by which the speaker speaks for a group they are part of, as tokens read them.
  private static let ourWords: Set<String> = ["we", "us", "our", "ours", "ourselves", "weve"]

  /// A source as "Where it comes from" shows it: a named outlet as typed ("Radio Leeds", "an
  /// ITV piece"), other names without their preposition, a telling in the second person.
  static func shownSource(_ source: String) -> String {
    guard isNamed(source) else { return phrase(source) }
    let named = medium(source)
    return named.first?.isUppercase == true ? named : phrase(named)
  }

  /// Whether a source names who or what it is ("the news"), rather than telling how they came
  /// by it ("I saw it myself on facebook"), which reads after "from" as a garble.
  static func isNamed(_ source: String) -> Bool {
    ClauseParser.finiteVerbIndex(in: Tokenizer.tokenize(source)) == nil
  }

  /// What points at a reason, no part of it ("nah", "i said"): a "no" that opens the words it
  /// denies ("no one answers") or stands before the noun it denies ("no young people join")
  /// is part of the reason, unlike the "no" that opens a correction.
  static let reasonPointers = PartnerCueMatcher(
    CorrectionReply.pointerTable + [
      "(nah|nope) \(CorrectionReply.notDenial)",
      "no \(CorrectionReply.notDenial) !#adjective !#noun",
    ])

  /// The most words of theirs an item quotes.
  private static let quoteWordLimit = 14

  /// A reason in the second person, or quoted as typed when it would not read well, when it
  /// makes sense read alone (`ReflectionWriter.standsAlone`); nil for a fragment ("i mean i guess if everybody has to pay
  /// it"). "of airbnb in our city" (a belief's "because of …") is given as the thing it names.
  private static func spoken(_ text: String) -> String? {
    // "no, i said the bus only comes twice a week": what points at the reason is no part of it.
    var text = CorrectionReply.withoutOpeners(
      Tokenizer.tokenize(reasonText(text)), by: reasonPointers
    ).joinedText
    if let thing = ReflectionWriter.ofPhrase(text) { return thing }
    // "of what I saw happen to my daughter": a cause told as a clause is given as what it
    // says, without the "of" its "because" took.
    let typed = Tokenizer.tokenize(text)
    if typed.first?.lowercased == "of", typed.count > 2,
      ClauseParser.finiteVerbIndex(in: Array(typed.dropFirst())) != nil
    {
      var rest = Array(typed.dropFirst())
      rest[0].hasSpaceBefore = false
      text = rest.joinedText
    }
    if let spoken = ReflectionWriter.secondPerson(text, dropping: ReflectionWriter.hedges) {
      return ReflectionWriter.standsAlone(spoken) && endsWhole(spoken) ? spoken : nil
    }
    let tokens = Tokenizer.tokenize(ReflectionWriter.withoutClosingHedges(text))
    let words = tokens.filter(\.isWord).map(\.lowercased)
    guard ReflectionWriter.standsAlone(text), endsWhole(text),
      Set(words).isDisjoint(with: conditionWords)
    else { return nil }
    return quoted(text)
  }

  /// Words that close the topic before what is said next: "anyway", "right then".
  static let topicClosers = AnswerCues.topicClosingWords.union(["meanwhile"])

  /// Words that make a clause a condition or a part of another, not a reason that stands alone.
  private static let conditionWords: Set<String> = ["if", "unless", "whether", "when"]

  /// A source without the preposition it was cited with: "on instagram" → "instagram", so
  /// that "from" is not put before another ("from on instagram").
  static func medium(_ source: String) -> String {
    let words = source.split(separator: " ")
    guard words.count > 1, ["on", "in", "at", "from"].contains(words[0].lowercased()) else {
      return source
    }
    return words.dropFirst().joined(separator: " ")
  }

  static func phrase(_ text: String) -> String {
    ReflectionWriter.secondPersonPhrase(text) ?? quoted(text)
  }

  /// Their words as typed, spelt as they spelt them (`TypedForms.trimmed`), in quotation
  /// marks, cut short with an ellipsis.
  static func quoted(_ text: String) -> String {
    let clean = TypedForms.trimmed(text)
    // "… to be honest" is left off.
    let trimmed = ReflectionWriter.withoutClosingHedges(clean)
    let text = !trimmed.isEmpty && clean.hasPrefix(trimmed) ? trimmed : clean
    if let whole = wholeQuote(text) { return whole }
    let words = text.split(separator: " ")
    let isCut = words.count > quoteWordLimit
    return inQuotes(
      isCut ? words.prefix(quoteWordLimit).joined(separator: " ") : text, cut: isCut)
  }
}
