/// Ratings said along the way: which questions ask for one, and the number an answer gives.
extension ExploreDialogue {
  /// Words that say a question asks how sure the person is: a number in the answer is their
  /// confidence now.
  static let howSureCues = ["how sure", "how confident", "how certain"]

  /// Whether a question asks how sure they are, or how much a point changes that: a number in
  /// the answer is their confidence now.
  static func asksHowSure(_ question: String?) -> Bool {
    guard let question = question?.lowercased() else { return false }
    return howSureCues.contains { question.includes($0) }
      || QuestionIntent(of: question).map(ratingIntents.contains) == true
  }

  /// Asked after a rating moved in passing with nothing said of why: what moved it.
  static let whatMovedWordings = ["What moved it?", "What shifted it for you?"]

  /// Words by which a question asks for an amount of something ("how many hours …", "how old
  /// was she"): a number that ends the answer gives it, and is no rating.
  static let amountCues = [
    "how many", "how much", "how long", "how old", "how often", "how far", "what age",
    "what year", "how big", "how high",
  ]

  /// Whether a question asks for an amount of something, which a number in the answer gives.
  static func asksForAmount(_ question: String?) -> Bool {
    guard let question = question?.lowercased() else { return false }
    return amountCues.contains { question.includes($0) }
  }

  /// What a number in an answer answers: once given, these are not asked in the next move
  /// ("i literally just said, 75").
  static let ratingIntents: Set<QuestionIntent> = [.howSure, .impact]

  /// How many answers after a rating no question asks for it again.
  static let ratingRestAnswers = 2

  /// A number from 0 to 100 in an answer to the re-rating question ("70, I think"), said
  /// within its first 1,000 characters, as the answer reader reads it: a long answer is never
  /// read to its end for one.
  /// Only a line with one such number, or that opens with the rating it then qualifies ("60
  /// say. the bus is at 5"), gives one: "for 16 maybe 50, with lessons 85" rates two beliefs,
  /// and the re-rating is asked instead; "the uniform itself? 35 now. the routines, 80" rates
  /// the belief and a point of theirs, and the belief's is theirs (`RatingOfTheBelief`).
  func rating(in answer: String) -> Int? {
    let belief = state.belief?.belief ?? ""
    return ConfidenceRating.heldRating(
      in: TypedTextLimit.prefix(of: answer, characters: 1_000), besides: belief)
      ?? RatingOfTheBelief.read(answer, belief: belief)
  }
}
