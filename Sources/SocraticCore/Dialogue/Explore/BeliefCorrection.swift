/// A reply to "Is that what you mean?" that sets the reading right rather than states a new
/// belief: "no its more the invite bit", "nah not the cost, the invites. parents shouldnt have
/// to ask everyone". Its denial and the parts that only point at a thing ("more the invite
/// bit", "the invites") or push one away ("not the cost") are no belief: what they state after
/// them is the belief they mean, and a pointer alone picks the clause of the belief they had
/// typed that holds what it points at. Never a belief read out of the pointer itself.
enum BeliefCorrection: Equatable {
  /// The belief they mean, in their words as typed: what they stated after the correction, or
  /// the clause of their earlier belief the correction pointed at.
  case meant(String)
  /// A correction that states nothing and points at nothing their belief holds: they are asked
  /// to put it in other words.
  case pointsAtNothing

  /// What a reply at the confirmation does to the belief; nil when it opens as no correction
  /// (a belief put in other words is read as it is).
  static func read(_ line: String, correcting belief: String) -> BeliefCorrection? {
    let sentences = SentenceSplitter.sentences(in: Tokenizer.tokenize(line))
    guard let first = sentences.first, let opening = parts(of: first).first,
      opensAsCorrection(Array(first[opening]))
    else { return nil }
    var pointed: [String] = []
    for sentence in sentences {
      for part in parts(of: sentence) {
        let words = sentence[part].filter(\.isWord)
        let spoken = withoutLaughs(words)
        let rest = Array(spoken.dropFirst(denials.matchEnd(atStartOf: spoken) ?? 0))
        guard !rest.isEmpty, !isPushedAway(rest), !isSwap(rest) else { continue }
        // "more the way they talk to you": what follows "the" names a thing, whatever verb.
        if let thing = thingPointers.matchEnd(atStartOf: rest) {
          pointed += rest.dropFirst(thing).map(\.lowercased).filter(isContentWord)
          continue
        }
        let said = Array(rest.dropFirst(clausePointers.matchEnd(atStartOf: rest) ?? 0))
        // "more that im not much of a reader": a chat spelling is read as the verb it spells.
        guard ClauseParser.finiteVerbIndex(in: Shorthand.expanded(said)) != nil else {
          pointed += said.map(\.lowercased).filter(isContentWord)
          continue
        }
        // What they state runs from here to the end of its sentence, as they typed it.
        let from = part.filter { sentence[$0].isWord }[words.count - said.count]
        return .meant(text(of: Array(sentence[from...])))
      }
    }
    return clause(of: belief, holding: pointed).map(Self.meant) ?? .pointsAtNothing
  }

  /// Whether the first part of a reply opens as a correction: with a denial ("no", "nah", "not
  /// really"), a pointer at what was meant ("its more the …", "i meant"), or a thing pushed
  /// away ("not the parties").
  private static func opensAsCorrection(_ part: [Token]) -> Bool {
    let words = withoutLaughs(part.filter(\.isWord))
    return [denials, correctionOpeners].contains { $0.matchEnd(atStartOf: words) != nil }
      || isPushedAway(words) || isSwap(words)
  }

  /// Whether words only put one word in place of another, stating nothing: "its dave not dan
  /// lol", "tuesdays not mondays" ("its fine not great" states nothing either).
  private static func isSwap(_ words: [Token]) -> Bool {
    let said = words.filter { !AnswerCues.laughs.contains($0.lowercased) }
    let swapped = Array(said.dropFirst(swapOpeners.matchEnd(atStartOf: said) ?? 0))
    guard let not = swapped.firstIndex(where: { $0.lowercased == "not" }),
      (1...swapSideLimit).contains(not), (1...swapSideLimit).contains(swapped.count - not - 1)
    else { return false }
    return ClauseParser.finiteVerbIndex(in: swapped) == nil
  }

  /// The most words on either side of the "not" of a swap.
  private static let swapSideLimit = 3

  /// Words that open a swap: "its dave not dan", "i said tuesdays not mondays".
  private static let swapOpeners = PartnerCueMatcher([
    "(it|that) ('s|is|was)", "(its|thats)", "i (said|meant|mean|typed)",
  ])

  /// The words after any laughter they open on: "lol no" denies as "no" does, and a laugh is
  /// no part of the belief they go on to state.
  private static func withoutLaughs(_ words: [Token]) -> [Token] {
    Array(words.drop { AnswerCues.laughs.contains($0.lowercased) })
  }

  /// Whether words only push a thing away, stating nothing: "not the parties", "not the cost
  /// really" ("not everyone needs one" states a belief).
  private static func isPushedAway(_ words: [Token]) -> Bool {
    words.first?.lowercased == "not" && ClauseParser.finiteVerbIndex(in: words) == nil
  }

  /// The clause of the belief that holds a word they pointed at ("invite bit" → "you shouldnt
  /// have to invite the whole class"), as typed; nil when none does.
  private static func clause(of belief: String, holding pointed: [String]) -> String? {
    guard !pointed.isEmpty else { return nil }
    let clauses = SentenceSplitter.sentences(in: Tokenizer.tokenize(belief)).flatMap { sentence in
      parts(of: sentence).map { Array(sentence[$0]) }
    }
    let held = clauses.first { clause in
      ClauseParser.finiteVerbIndex(in: clause.filter(\.isWord)) != nil
        && clause.contains { token in
          token.isWord && pointed.contains { isSameWord($0, token.lowercased) }
        }
    }
    return held.map(text)
  }

  /// Whether two words are one word in another form ("invite", "invites", "invited"): one stem
  /// (`WordingKey.stem`), of a word long enough to point at something.
  private static func isSameWord(_ one: String, _ other: String) -> Bool {
    min(one.count, other.count) >= shortestPointedWord
      && WordingKey.stem(one) == WordingKey.stem(other)
  }

  /// The fewest letters of a word pointed at that is matched in the belief.
  private static let shortestPointedWord = 3

  /// Whether a word names something, not a word of the frame or a word for a part ("bit").
  private static func isContentWord(_ word: String) -> Bool {
    !FunctionWords.isFunctionWord(word) && !partWords.contains(word)
      && !AnswerCues.laughs.contains(word)
  }

  /// Where the parts of a sentence between commas, semicolons and dashes stand, their marks
  /// left out.
  private static func parts(of sentence: [Token]) -> [Range<Int>] {
    sentence.split(whereSeparator: { partMarks.contains($0.text) })
      .filter { $0.contains(where: \.isWord) }.map(\.indices)
  }

  /// Tokens as typed, without the space before the first.
  private static func text(of tokens: [Token]) -> String {
    var tokens = tokens
    if !tokens.isEmpty { tokens[0].hasSpaceBefore = false }
    return tokens.joinedText
  }

  /// Marks between the parts of a sentence.
  private static let partMarks: Set<String> = [",", ";", "-", "\u{2014}", "\u{2013}", ":"]

  /// Words that name a part of what was said, or weigh the pointing, not what it is about:
  /// "the invite bit", "more the cost really".
  private static let partWords: Set<String> = [
    "bit", "bits", "part", "parts", "thing", "things", "side", "stuff", "aspect", "point",
    "issue", "one", "really", "more", "mostly",
  ]

  /// Denials that open a correction; "no one", "no way" and the like open a belief.
  private static let denials = PartnerCueMatcher([
    "(well|oh|um|erm)? (no|nah|nope|naw|nay) !(one|body|longer|more|way|matter|idea|chance|doubt|point|time|need|reason)",
    "(well|oh|um|erm)? not (really|quite|exactly|so much|that)",
    // "no thats wrong": a word about the reading, no belief.
    "(no|nah|nope)? (that|it|you) ('s|is|'re|are|thats|its|youre) (not|n't)? (it|wrong|quite it|right|what i meant|what i said) (really|at all|though|tho)?",
    "(no|nah|nope)? (thats|its|youre) (not)? (it|wrong|quite it|right|what i meant|what i said) (really|at all|though|tho)?",
  ])

  /// Openings that set a reading right with no denial: "its more", "i meant", "the main
  /// thing is" ("its the parents who pay" restates, it corrects nothing).
  private static let correctionOpeners = PartnerCueMatcher([
    "(it|that) ('s|is|was) (more|mostly|rather)",
    "(its|thats) (more|mostly|rather)",
    "(more|mostly|rather) (about|like)? (the|that)",
    "(what)? i (meant|mean|was saying|was on about)",
    "(the|my) (main|big|real) (thing|point)",
  ])

  /// Openings that point at a thing they meant: "its more the", "the main thing is the".
  private static let thingPointers = PartnerCueMatcher([
    "(it|that) ('s|is|was) (more|mostly|really|actually|just|all)? (about|like)? the",
    "(its|thats) (more|mostly|really|actually|just|all)? (about|like)? the",
    "(more|mostly|rather) (about|like)? the",
    "(the|my) (main|big|real) (thing|point) (is|was|'s)? the",
  ])

  /// Openings that point at what they meant as a clause: "its more that", "i meant".
  private static let clausePointers = PartnerCueMatcher([
    "(it|that) ('s|is|was) (more|mostly|really|actually|just|all) (about|like)? (that)?",
    "(its|thats) (more|mostly|really|actually|just|all) (about|like)? (that)?",
    "(more|mostly|rather) (about|like)? (that)?",
    "(what)? i (said|meant|mean|was saying|was on about) (was|is)? (more)? (that)?",
    "(the|my) (main|big|real) (thing|point) (is|was|'s)? (that)?",
  ])
}
