/// The words that negate, each with the positive words that contradict it: the one table the
/// negator reads in both directions ("never" ↔ "sometimes", "no longer" ↔ "still", "nobody" ↔
/// "somebody"). A new pair is one entry of `table`.
enum NegationPairs {
  /// A negative and the positive that contradicts it, with where they stand.
  struct Pair: Sendable {
    /// The negative words: "no longer".
    var negative: [String]
    /// The positive words: "still".
    var positive: [String]
    var role: Role
    /// Whether the positive turns back into the negative when a positive clause is negated
    /// ("still" → "no longer", "somebody" → "nobody"); "often" is not turned into "rarely"
    /// but negated ("does not often").
    var isReversible: Bool
    /// Whether it negates where it stands after the verb too ("is never", "has nobody"), not
    /// only in the verb group or the subject ("works rarely" is read by negating the verb).
    var negatesAfterVerb: Bool
    /// Whether it is dropped rather than turned after a modal, "have" or "going to": "will
    /// never" → "will".
    var isDroppedAfterAuxiliary: Bool
    /// Whether the words after it that only go with a negation turn positive with it ("never
    /// any" → "sometimes some").
    var turnsPolarityItems: Bool

    init(
      _ negative: String, _ positive: String, _ role: Role, isReversible: Bool = true,
      negatesAfterVerb: Bool = true, isDroppedAfterAuxiliary: Bool = false,
      turnsPolarityItems: Bool = true
    ) {
      self.negative = negative.split(separator: " ").map(String.init)
      self.positive = positive.split(separator: " ").map(String.init)
      self.role = role
      self.isReversible = isReversible
      self.negatesAfterVerb = negatesAfterVerb
      self.isDroppedAfterAuxiliary = isDroppedAfterAuxiliary
      self.turnsPolarityItems = turnsPolarityItems
    }
  }

  /// Where a pair's words stand.
  enum Role: Sendable, Hashable {
    /// An adverb of the verb group: "never" → "sometimes".
    case verbAdverb
    /// A pronoun or an adverb of place that negates by itself: "nobody" → "somebody".
    case pronoun
    /// A word that only goes with a negation, turned positive with it: "any" → "some",
    /// "yet" → "already".
    case polarityItem
  }

  static let table: [Pair] = [
    Pair("never", "sometimes", .verbAdverb, isReversible: false, isDroppedAfterAuxiliary: true),
    Pair("no longer", "still", .verbAdverb, turnsPolarityItems: false),
    Pair("rarely", "often", .verbAdverb, isReversible: false, negatesAfterVerb: false),
    Pair("seldom", "often", .verbAdverb, isReversible: false, negatesAfterVerb: false),
    Pair("nobody", "somebody", .pronoun),
    Pair("nothing", "something", .pronoun),
    Pair("no one", "someone", .pronoun),
    Pair("none", "some", .pronoun, isReversible: false),
    Pair("nowhere", "somewhere", .pronoun, isReversible: false),
    Pair("any", "some", .polarityItem),
    Pair("anyone", "someone", .polarityItem),
    Pair("anybody", "somebody", .polarityItem),
    Pair("anything", "something", .polarityItem),
    Pair("anywhere", "somewhere", .polarityItem),
    // "Already" turns into "yet" only at the end of a clause ("has already won" → "has not
    // won yet"), which the negator decides.
    Pair("yet", "already", .polarityItem, isReversible: false),
  ]

  /// The words after "no" in fixed phrases that negate nothing in the clause: "no matter
  /// what", "no doubt", "no wonder". Such a "no" stays as it is and the verb is negated.
  static let fixedAfterNo: Set<String> = ["matter", "doubt", "wonder"]

  private static let byRole = Dictionary(grouping: table, by: \.role)

  /// The pairs of a role, in the table's order.
  static func pairs(_ role: Role) -> [Pair] {
    byRole[role] ?? []
  }

  /// The negative words of a one-word positive of a role that can be turned back: "somebody"
  /// → "nobody", "still" → "no longer".
  static func negative(of word: String, _ role: Role) -> [String]? {
    pairs(role).first { $0.isReversible && $0.positive == [word] }?.negative
  }

  /// A role's one-word negatives with their positives: "any" → "some".
  static func positives(_ role: Role) -> [String: String] {
    Dictionary(
      pairs(role).filter { $0.negative.count == 1 }.map {
        ($0.negative[0], $0.positive.joined(separator: " "))
      },
      uniquingKeysWith: { first, _ in first })
  }

  /// A role's reversible one-word positives with their negatives: "some" → "any".
  static func negatives(_ role: Role) -> [String: String] {
    Dictionary(
      pairs(role).filter { $0.isReversible && $0.positive.count == 1 }.map {
        ($0.positive[0], $0.negative.joined(separator: " "))
      },
      uniquingKeysWith: { first, _ in first })
  }

  /// The first pair of a role whose negative starts at `index` of `words`.
  static func pair(_ role: Role, at index: Int, in words: [Token]) -> Pair? {
    pairs(role).first { pair in
      index + pair.negative.count <= words.count
        && pair.negative.indices.allSatisfy { words[index + $0].lowercased == pair.negative[$0] }
    }
  }
}
