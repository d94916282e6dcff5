extension PartOfSpeechSet {
  /// The tags a `TokenPattern` names with "#": a `PartOfSpeech` case name ("#noun",
  /// "#finiteVerb"), or "#verb" for a lexical verb in any form; nil for any other name.
  init?(named name: String) {
    if name == "verb" {
      self.init(PartOfSpeech.allCases.filter(\.isVerb))
      return
    }
    guard let tag = PartOfSpeech.allCases.first(where: { "\($0)" == name }) else { return nil }
    self.init([tag])
  }
}
