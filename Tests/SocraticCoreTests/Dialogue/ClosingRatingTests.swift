import SocraticCore
import Testing

@Suite("The closing rating")
struct ClosingRatingTests {
  @Test(
    "a rating inside a longer line is read, a count is not, and 'yes' keeps a rating offered back",
    arguments: [
      ("60 maybe. mostly the thing about her dad", nil, 60),
      ("yes", 70, 70),
      ("yeah still the same", 70, 70),
      ("yes go with it", 65, 65),
      ("married 24 years and i still cant tell", nil, nil),
      ("somewhere from 90 to 80", nil, nil),
      ("yes", nil, nil),
    ] as [(String, Int?, Int?)])
  func closing(line: String, offered: Int?, rating: Int?) {
    let read = try? ConfidenceRating.read(line, offered: offered).get()
    #expect(read == rating)
  }
}
