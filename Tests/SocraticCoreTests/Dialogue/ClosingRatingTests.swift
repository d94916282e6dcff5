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

  @Test(
    "a rating taken back in a later sentence, or a number denied, leaves the one they settle on",
    arguments: [
      ("Sixty, like I told you. Not eighty.", 60),
      ("I'd drop to eighty. No, seventy-five. The bit about the buses got me.", 75),
      ("90 i think. well no, 85 after all that", 85),
      ("not 50, 40", 40),
      ("I'd say 70. No, not 80 like before.", 70),
      ("40. maybe 35. this has got me thinking", 35),
      ("70. probably 60 now", 60),
      // Still the first: what follows qualifies it, takes nothing back.
      ("95. maybe 100 on a bad day", 95),
    ] as [(String, Int)])
  func retaken(line: String, rating: Int) {
    #expect((try? ConfidenceRating.read(line, offered: nil).get()) == rating)
  }
}
