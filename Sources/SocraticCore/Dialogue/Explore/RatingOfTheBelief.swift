/// The rating an answer gives the belief when it rates two things ("the uniform on its own? 35
/// now. that the staff matter more, id say 80"): each number goes with what its clause names,
/// or, when its clause is the number and hedges alone, with what the clause before it names.
/// The one said of the belief's own words is their confidence; one said of a point the belief
/// never names is about that point, never the belief.
enum RatingOfTheBelief {
  /// The rating said of the belief, when an answer rates it and something else; nil when it
  /// rates one thing, or when no rating names the belief and only the belief.
  static func read(_ line: String, belief: String) -> Int? {
    let text = ConfidenceRating.spokenAsDigits(
      TypedTextLimit.prefix(of: line, characters: VolunteeredRating.readLimit))
    let ratings = Set(ConfidenceRating.ratingNumbers(in: text, besides: belief))
    guard ratings.count > 1 else { return nil }
    let beliefWords = QuestionWording.contentWords(of: belief)
    var named: Set<String> = []
    var ofTheBelief: Set<Int> = []
    var ofAPoint = 0
    for clause in Tokenizer.tokenize(text).split(whereSeparator: { $0.kind == .punctuation }) {
      let words = clause.filter { $0.kind != .number }.map(\.text).joined(separator: " ")
      let own = QuestionWording.contentWords(of: words, excluding: hedges)
      if !own.isEmpty { named = own }
      for token in clause where token.kind == .number {
        guard let value = Int(token.text), ratings.contains(value) else { continue }
        if named.isEmpty { return nil }
        if named.isDisjoint(with: beliefWords) {
          ofAPoint += 1
        } else {
          ofTheBelief.insert(value)
        }
      }
    }
    guard ofTheBelief.count == 1, ofAPoint > 0 else { return nil }
    return ofTheBelief.first
  }

  /// Words a rating is said with, which name nothing it is about: "id say", "now", "about",
  /// "if im honest".
  static let hedges = QuestionWording.contentWords(
    of: VolunteeredRating.allowed.union(ConfidenceRating.hedges).sorted().joined(separator: " "))
}
