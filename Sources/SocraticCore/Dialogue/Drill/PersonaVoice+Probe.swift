/// The persona's answers to a probe of its own words: how far its "all" or "never" goes, and
/// how a scenario put to it would play out.
extension PersonaVoice {
  /// Its answer to a question that probes how far a word of its own goes ("All of them, or
  /// some?", "Every single one?"): it grants the word is loose, and says why it still uses it;
  /// asked again, it stands by the word with a reason. Never "You're putting words in my
  /// mouth", which is for a view it never held. Nil for any other question.
  func probeAnswer(_ question: PersonaQuestion, said: Set<String>) -> Reply? {
    guard [.open, .closed, .leading].contains(question.form),
      let group = question.probedQuantifier(belief: ownClaim)
    else { return nil }
    let reason =
      firstUnsaid([.reason], said: said) ?? lines.first { $0.source == .reason }
    let because = reason.map { ": " + Self.runOn($0.text) } ?? "."
    guard let grant = Self.quantifierGrants[group] else { return nil }
    let opening = said.contains(grant) ? Self.wordKept : grant
    return Reply(text: opening + because)
  }

  /// How it grants that a word of its own goes too far, by the kind of word.
  static let quantifierGrants: [PersonaQuestion.Quantifier: String] = [
    .universal: "Not every last one, to be exact, but enough that I'd still say it",
    .none: "Hardly ever would be more exact, but close enough that I'd still say it",
    .most: "More than half, as I see it, and that's enough for me to say it",
  ]

  /// What it says when its word is probed again.
  static let wordKept = "I'll stand by the word, loosely meant"

  /// How a scenario a question puts would play out ("a fake video goes viral: what happens
  /// next, step by step?"): the line of its own or of its side that speaks most of it, then one
  /// on the same things that says what would come of it. Nil when the question names no thing
  /// beyond its own lines, or no line speaks of it: its own way of stepping through is used.
  func scenarioSteps(_ question: PersonaQuestion, said: Set<String>) -> Reply? {
    let named = question.askedThings.subtracting(Self.stepNouns).subtracting(spokenOf)
    guard !named.isEmpty else { return nil }
    // Any of its words finds the lines: "fake" in "a fake video" as well as "video". A line
    // said already may be a step again: the chain is new.
    let words = question.topic.subtracting(Self.stepNouns)
    let sources = lineSources(for: question)
    let candidates = lines.filter { sources.contains($0.source) }
    // The thing named counts most, then any other word of the question.
    func best(_ among: [Line], sharing: Set<String>) -> Line? {
      let ranked = among.map { line in
        (
          line: line,
          shared: line.topic.intersection(sharing).count
            + 2 * line.topic.intersection(named).count
        )
      }.filter { $0.shared > 0 }
      let top = ranked.map(\.shared).max()
      return ranked.first { $0.shared == top && !said.contains($0.line.text) }?.line
        ?? ranked.first { $0.shared == top }?.line
    }
    guard let first = best(candidates, sharing: words), !first.topic.isDisjoint(with: named)
    else { return nil }
    // What would come of it: a line on the same things that says what will happen.
    let outcomes = candidates.filter { $0.text != first.text && Self.weight(of: $0.text) > 0 }
    let next = best(outcomes, sharing: first.topic)
    let then = next.map { "; then " + Self.runOn($0.text.withoutFullStop) } ?? ""
    return Reply(
      text: "As I picture it: first, " + Self.runOn(first.text.withoutFullStop) + then + ".")
  }

  /// Nouns a question asks for steps with, which name no scenario.
  static let stepNouns: Set<String> = [
    "step", "way", "process", "mechanism", "detail", "part", "stage", "order", "point",
  ]
}

extension PersonaQuestion {
  /// A kind of word that says how far a claim goes.
  enum Quantifier: Sendable, Hashable {
    /// "all", "every", "always".
    case universal
    /// "never", "nobody", "none".
    case none
    /// "most", "mostly".
    case most
  }

  /// The kind of word of the belief's own that a question probes, if it probes one: it says a
  /// word of that kind the belief says too ("all of them?" to "All politicians are corrupt"),
  /// or offers a lesser one beside it ("all companies, or some?").
  func probedQuantifier(belief: String) -> Quantifier? {
    let said = key.split(separator: " ").map(String.init)
    let held = Set(DrillDialogue.key(of: belief).split(separator: " ").map(String.init))
    // A lesser word offers less only beside the "or" ("all of them, or just some?"): "i was
    // just saying … the government or everyone" offers nothing less.
    let offersLess = said.indices.contains { index in
      said[index] == "or"
        && !Self.lesserQuantifiers.isDisjoint(
          with: said[max(0, index - 2)..<min(said.count, index + 3)])
    }
    for (index, word) in said.enumerated() {
      guard let group = Self.quantifiers[word] else { continue }
      // The word itself is asked about: "all of them", "every single one", "…, all?".
      let next = index + 1 < said.count ? said[index + 1] : nil
      let isAsked = next.map(Self.probingFollowers.contains) ?? true
      let beliefSays = Self.quantifiers.contains { $0.value == group && held.contains($0.key) }
      if offersLess || (beliefSays && isAsked) { return group }
    }
    return nil
  }

  /// Words after a quantifier that ask about the quantifier itself ("all of them", "every
  /// single one").
  static let probingFollowers: Set<String> = ["of", "single", "one", "last", "them", "those"]

  /// Words that say how far a claim goes, by kind.
  static let quantifiers: [String: Quantifier] = [
    "all": .universal, "every": .universal, "everyone": .universal, "everybody": .universal,
    "always": .universal, "never": .none, "nobody": .none, "none": .none, "most": .most,
    "mostly": .most,
  ]

  /// Words that offer less than the whole beside it: "or just some?".
  static let lesserQuantifiers: Set<String> = ["some", "few", "many", "part", "just", "only"]
}
