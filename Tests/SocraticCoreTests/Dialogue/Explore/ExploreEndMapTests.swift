import Foundation
import Testing

@testable import SocraticCore

/// What the end of an explore session shows of the map: what someone tells of their days
/// after a loss, or of how far they trust a source, is no reason for the belief; the new view
/// they name as theirs now is where they got to, beside the last thing they said of it.
@Suite("Explore end map")
struct ExploreEndMapTests {
  /// The map a thread of questions, each with its arc, kind and words, and answers folds into.
  private func map(
    _ claim: String,
    _ turns: [(arc: ExploreArcStep, kind: QuestionKind, question: String, answer: String)]
  ) -> BeliefMap {
    var fold = BeliefMapFold()
    fold.apply(.belief(SessionEvent.Belief(text: claim, claim: claim)))
    for (index, turn) in turns.enumerated() {
      fold.apply(
        .question(
          SessionEvent.QuestionAsked(
            number: index + 1, kind: turn.kind, text: turn.question, source: .followUp,
            arc: turn.arc.rawValue)))
      fold.apply(.answer(SessionEvent.Answer(question: index + 1, text: turn.answer)))
    }
    return fold.map
  }

  private func items(_ heading: String, in map: BeliefMap) -> [String] {
    map.digest.filter { $0.heading == heading }.flatMap(\.items)
  }

  @Test(
    "what they say of their days since a loss is never listed as a reason",
    arguments: [
      "eh its ok now. you just keep going dont you. i still set a place for him at xmas though",
      "honestly fine mostly, you learn to live with it. still make her soup every sunday tho lol",
      "its alright. you get used to it i guess. but i still cant drive past her road",
    ])
  func daysSinceALossAreNoReason(answer: String) {
    let map = map(
      "the family should always meet at grans on sundays",
      [
        (
          .reasons, .evidence, "What leads you to think so?",
          "we always went to dads on sundays and he passed in march, the first one after was awful"
        ),
        (.moment, .meta, "What has it been like for you, day to day?", answer),
      ])
    let reasons = items("Your reasons", in: map)
    #expect(reasons.isEmpty, "\(reasons)")
  }

  @Test(
    "what they say of how far they trust a source is never listed as a reason",
    arguments: [
      ("idk half? loads of them are selling something lol. but the proper ones agree", "selling"),
      ("not much tbh, some of them just make stuff up. the doctors ones are ok though", "make"),
    ])
  func trustInASourceIsNoReason(answer: String, word: String) {
    let map = map(
      "cold showers are good for you",
      [
        (.reasons, .evidence, "What leads you to think so?", "i feel way more awake after one"),
        (
          .probe, .evidence, "How do you know that you feel way more awake?",
          "every podcast says it"
        ),
        (.probe, .assumptions, "How far do you trust every podcast on this, and why?", answer),
      ])
    let reasons = items("Your reasons", in: map)
    #expect(reasons.contains { $0.contains("awake") }, "\(reasons)")
    #expect(!reasons.contains { $0.contains(word) }, "\(reasons)")
  }

  @Test(
    "the new view they name as theirs now is where they got to, with what they said last",
    arguments: [
      ("what i believe now is we should just go wherever has room", "wherever has room"),
      ("i think i was wrong tbh. now i believe it should rotate round all of us", "rotate"),
    ])
  func newViewIsWhereTheyGotTo(answer: String, words: String) {
    let map = map(
      "the family should always meet at grans on sundays",
      [
        (.reasons, .evidence, "What leads you to think so?", "its how we always did it"),
        (.moment, .meta, "Where does that leave your view now?", answer),
        (
          .rerate, .meta, "Where are you now, from 0 to 100, and what has moved, if anything?",
          "30. its not about the house, its about us all being together"
        ),
      ])
    let landed = items("Where you got to", in: map)
    #expect(landed.contains { $0.contains(words) }, "\(landed)")
    #expect(landed.contains { $0.contains("together") }, "\(landed)")
  }

  @Test("a closing rating that repeats the one just given is shown once in the export")
  func repeatedRatingShownOnce() {
    let at = { (second: Double) in Date(timeIntervalSince1970: 1_800_000_000 + second) }
    let events: [SessionEvent] = [
      SessionEvent(
        .belief(.init(text: "naps are for kids", claim: "naps are for kids")), at: at(0)),
      SessionEvent(.confidence(.init(value: 80, moment: .before)), at: at(1)),
      SessionEvent(
        .question(.init(number: 1, kind: .meta, text: "Where are you now?", source: .engine)),
        at: at(2)),
      SessionEvent(.answer(.init(question: 1, text: "35 lol. naps are fine tbh")), at: at(3)),
      SessionEvent(.confidence(.init(value: 35, moment: .update)), at: at(3)),
      SessionEvent(.said(.init(text: "Where you've got to: naps are fine.")), at: at(3)),
      SessionEvent(.confidence(.init(value: 35, moment: .after)), at: at(4)),
    ]
    let transcript = SessionTranscript(
      header: SessionHeader(
        id: "20270115-0800-abcd", mode: .explore, started: at(0), topic: nil),
      events: events)
    let markdown = MarkdownExporter.render(transcript)
    let ratings = markdown.split(separator: "\n").filter {
      $0.hasPrefix("**Confidence") && $0.hasSuffix(" 35")
    }
    #expect(ratings.count == 1, "\(ratings)")
  }
}
