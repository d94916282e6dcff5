import Testing

@testable import SocraticCore

@Suite("Reflections keep a doubt that frames a clause")
struct ReflectionDoubtFrameTests {
  /// A doubt over a clause of its own: left off, the clause would be given back as asserted.
  static let framed = [
    ("i'm not sure i agree with him", "you agree with him"),
    ("not sure the trams help anyone", "the trams help anyone"),
    ("idk if it can work tbh, the buses are always late", "it can work"),
    ("dunno whether it pays, my uncle lost his shirt", "it pays"),
    ("i don't know if the council will listen", "the council will listen"),
    ("i'm not sure that the fees are fair", "the fees are fair"),
    ("idk if she meant it, she was angry", "she meant it"),
    ("not sure i trust the figures anymore", "you trust the figures"),
    ("dunno if the school cares, the head never replies", "the school cares"),
    ("i'm not sure we need a bigger car", "you need a bigger car"),
  ]

  @Test("the doubt is kept or the clause is not given back", arguments: framed)
  func framedDoubt(answer: String, bare: String) {
    let read = AnswerMoveReader.read(answer)
    let given = (read.doubts + [answer]).compactMap(ReflectionWriter.given)
    for text in given {
      let lowered = text.lowercased()
      #expect(
        !lowered.hasPrefix(bare) && !lowered.hasPrefix("if ") && !lowered.hasPrefix("whether "),
        "\(answer) → \(text)")
    }
  }

  /// Openers that only say a concession is coming: what follows is what they grant.
  static let openers =
    [
      ("ok fair, the trams are cleaner now", "the trams are cleaner now"),
      ("not sure. the fees went up though", nil),
      ("i guess the council did try", "the council did try"),
    ] as [(String, String?)]

  @Test("an opener that frames no clause of its own still drops off", arguments: openers)
  func opener(answer: String, doubt: String?) {
    let read = AnswerMoveReader.read(answer)
    if let doubt { #expect(read.doubts.contains(doubt)) }
  }
}
