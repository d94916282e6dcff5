import Testing

@testable import SocraticCore

/// A "no" that opens a correction points at what they meant and is no part of it, even when a
/// noun follows it: "no mum booked it" gives back who booked it.
@Suite("A correction's opening 'no' is left off what is given back")
struct CorrectionReplyLeadingNoTests {
  @Test("'no' before the one who did it is left off")
  func leadingNoBeforeAName() {
    let reply = CorrectionReply(meant: "no mum booked the hotel not me", apologising: true)
    #expect(reply.text == "Sorry, I got that wrong \u{2014} mum booked the hotel not you.")
  }
}
