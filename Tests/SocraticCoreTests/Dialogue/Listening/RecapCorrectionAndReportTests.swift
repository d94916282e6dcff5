import Testing

@testable import SocraticCore

/// Lines a grader met this stop: a recap corrected by setting one thing aside and pointing at
/// another, and the other side's view said on into a second sentence.
@Suite("What a correction points at, and a report carried into the next sentence")
struct RecapCorrectionAndReportTests {
  @Test(
    "a correction that sets one thing aside then points at another means the other",
    arguments: [
      (
        "kinda but its not just the fees anymore, its more the lectures being dull",
        "the lectures being dull"
      ),
      ("no, not only the rent, it's more the damp in the flat", "the damp in the flat"),
    ])
  func pointedAfterSetAside(line: String, meant: String) {
    #expect(RecapAnswer.read(line) == .corrects(meant: meant))
  }

  @Test(
    "the other side's view carried on into a second sentence is never where they got to",
    arguments: [
      "theyd prob say it pays off in the end, my tutor kept saying that. and that college isnt just about the job its about growing up",
      "my aunt would say it pays off, she always does. and that college isnt only about money its about friends",
    ])
  func reportCarriedOn(answer: String) {
    var map = BeliefMap()
    map.claim = "college is not worth the money"
    map.recordShift(in: answer)
    #expect(map.shifts.isEmpty, "\(map.shifts)")
  }
}
