/// How decisive a kind cue is: the first tier with a cue in a question decides its kind. The
/// order of the cases is the rank, the most decisive first.
enum KindCueTier: Int, Sendable, CaseIterable, Comparable {
  /// About the question itself: "this question", "why does it matter".
  case meta
  /// Asking for meaning: "what do you mean", "define", "an example".
  case clarification
  /// Supposing the opposite or being wrong: "opposite", "change your mind", "What if … not".
  case inversion
  /// Other people's views: "critics", "someone who", "perspective".
  case viewpoints
  /// What is taken for granted: "assume", "always the case", "How is it fair that …".
  case assumptions
  /// What follows: "what would happen", "consequences", "who benefits".
  case implications
  /// Reasons and evidence: "evidence", "how do you know", "what makes you".
  case evidence
  /// What would follow if something were so: "How would you feel if …". Below the evidence
  /// cues ("How would you know if …"), above the weak clarification ones ("How would …").
  case hypothetical
  /// Weaker asks for meaning: "what is", "explain", "how does".
  case weakClarification
  /// A bare "why", "how come", "how so".
  case why

  /// The kind a cue of the tier gives a question.
  var kind: QuestionKind {
    switch self {
    case .meta: .meta
    case .clarification, .weakClarification: .clarification
    case .inversion: .inversion
    case .viewpoints: .viewpoints
    case .assumptions: .assumptions
    case .implications, .hypothetical: .implications
    case .evidence, .why: .evidence
    }
  }

  static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One entry of the kind rules' table: a pattern, where in a question it is looked for, and
/// the tier a match puts the question in.
struct KindCue: Sendable {
  /// Where a cue's match may start.
  enum Anchor: Sendable {
    /// At any word of the sentence.
    case anywhere
    /// At the question word that opens the question proper, and within the question proper.
    case questionWord
    /// At the sentence's first word.
    case sentenceStart
  }

  let tier: KindCueTier
  let anchor: Anchor
  let pattern: TokenPattern

  init(_ tier: KindCueTier, at anchor: Anchor = .anywhere, _ pattern: String) {
    self.tier = tier
    self.anchor = anchor
    self.pattern = TokenPattern(pattern)
  }

  /// A tier's cues found anywhere, each a pattern.
  static func anywhere(_ tier: KindCueTier, _ patterns: [String]) -> [KindCue] {
    patterns.map { KindCue(tier, $0) }
  }
}

/// The kind cues, filed for one pass over a question's words: those found anywhere under
/// their first words, the most decisive first.
struct KindCueTable: Sendable {
  private var anywhereByFirstWord: [String: [KindCue]] = [:]
  private var anchored: [KindCue] = []

  init(_ cues: [KindCue]) {
    for cue in cues.sorted(by: { $0.tier < $1.tier }) {
      if cue.anchor == .anywhere {
        precondition(cue.pattern.hasFirstWords, "a cue found anywhere starts with words")
        for word in cue.pattern.firstWords { anywhereByFirstWord[word, default: []].append(cue) }
      } else {
        anchored.append(cue)
      }
    }
    precondition(!cues.contains { $0.pattern.usesTags }, "kind cues are read without tags")
  }

  /// The words that start a cue found anywhere.
  var firstWords: [String] { Array(anywhereByFirstWord.keys) }

  /// The tier of the most decisive cue in the reading, or nil when there is none.
  func firstTier(in reading: QuestionReading) -> KindCueTier? {
    var best: KindCueTier?
    let sentence = TokenPatternWords(reading.words)
    for start in reading.words.indices where reading.classes[start].contains(.cueStart) {
      guard let cues = anywhereByFirstWord[reading.words[start]] else { continue }
      // Filed the most decisive first: the first that matches is the best at this word.
      for cue in cues {
        if let best, cue.tier >= best { break }
        if cue.pattern.matches(sentence, at: start) {
          best = cue.tier
          break
        }
      }
    }
    let core = TokenPatternWords(reading.words, end: reading.core.upperBound)
    for cue in anchored where best.map({ cue.tier < $0 }) ?? true {
      switch cue.anchor {
      case .questionWord:
        guard case .questionWord(let index) = reading.opener, cue.pattern.matches(core, at: index)
        else { continue }
      case .sentenceStart:
        guard !reading.words.isEmpty, cue.pattern.matches(sentence, at: 0) else { continue }
      case .anywhere:
        continue
      }
      best = cue.tier
    }
    return best
  }
}
