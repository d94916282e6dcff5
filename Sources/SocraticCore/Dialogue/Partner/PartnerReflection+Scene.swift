/// A turn that paints a scene rather than stating anything: "the lads going quiet when i walk
/// in. jake doing his impression". Each picture is a noun with what it does, without a verb of
/// its own, so no clause of it can be given back; a flat "Go on" would walk past it.
extension PartnerReflection {
  /// The first picture of a scene, given back as what it is: "So it's the lads going quiet
  /// when you walk in."; nil when a sentence of theirs states something (a finite verb before
  /// any subordinate clause) or no picture is long enough to be one.
  static func scene(_ words: TheirWords) -> String? {
    let pictures = words.sentences.prefix(TheirWords.sentenceLimit).map(head)
    guard !pictures.isEmpty,
      pictures.allSatisfy({ ClauseParser.finiteVerbIndex(in: $0) == nil }),
      let first = pictures.first(where: { $0.count(where: \.isWord) >= pictureWordMinimum })
    else { return nil }
    let whole = words.sentences.first { head($0) == first } ?? first
    let given =
      ReflectionWriter.secondPersonPhrase(whole.joinedText)
      ?? ReflectionWriter.secondPersonPhrase(first.joinedText)
    return given.map { "So it's \($0)." }
  }

  /// The fewest words of a picture: "jake doing his impression".
  static let pictureWordMinimum = 3

  /// A sentence up to its first subordinate clause or comma: "the lads going quiet" of "the
  /// lads going quiet when i walk in".
  private static func head(_ sentence: [Token]) -> [Token] {
    let end =
      sentence.firstIndex { token in
        token.text == "," || FunctionWords.subordinators.contains(token.lowercased)
      } ?? sentence.endIndex
    return Array(sentence[..<end].drop { $0.kind == .punctuation })
  }
}
