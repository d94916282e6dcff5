import Testing

@testable import SocraticCore

@Suite("Correction reply: one apology and what is so, turned to you")
struct CorrectionReplyTests {
  @Test("debug", arguments: [
    "no no lol, i said the bus cuts, thats the main thing for me",
    "the bus cuts",
    "i said the bus cuts",
  ])
  func debug(_ line: String) {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(line))
    print("DEBUG2", ClauseParser.finiteVerbIndex(in: tokens) as Any, ReflectionWriter.given(line) as Any,
      ReflectionWriter.secondPersonPhrase(line) as Any)
    let read = RecapAnswer.read(line)
    print("DEBUG", line, "→", read, "→", CorrectionReply(meant: line, apologising: true).text)
    if case .corrects(let meant) = read {
      print("DEBUG meant", meant, CorrectionReply(meant: meant, apologising: true).text)
    }
  }
}
