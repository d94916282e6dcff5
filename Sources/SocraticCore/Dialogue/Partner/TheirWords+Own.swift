/// Which of their words are their own: what they quote or report someone else saying is
/// theirs to tell, never theirs to say to the listener.
extension TheirWords {
  /// Their words, sentence by sentence, without those in quotation marks or after a report
  /// of speech (`AnswerMoveReader.othersWords(in:)`): in "my son said 'you never listen' and
  /// he's right" only "my son said and he's right" is said to the listener.
  static func ownWords(in tokens: [Token]) -> [Token] {
    SentenceSplitter.sentences(in: tokens).flatMap { sentence in
      let others = AnswerMoveReader.othersWords(in: sentence)
      return sentence.indices.filter { !others.contains($0) }.map { sentence[$0] }
        .filter(\.isWord)
    }
  }
}
