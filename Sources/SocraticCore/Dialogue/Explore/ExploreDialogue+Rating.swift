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
