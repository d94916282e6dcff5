import Testing

@testable import SocraticCore

/// The coach's first review of the user's own line in a dialogue step.
func firstReview(in step: DialogueStep) throws -> QuestionReview {
  try #require(
    step.outputs.lazy.compactMap { output -> QuestionReview? in
      if case .review(let review) = output { return review }
      return nil
    }.first)
}
