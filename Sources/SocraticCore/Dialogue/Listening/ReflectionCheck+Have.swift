/// "I've my knee" given back: a contracted "have" as the main verb before a possessive reads,
/// in the second person, as a clause with its participle lost ("So you've your knee.").
extension ReflectionCheck {
  /// Whether a contracted "'ve" stands straight before a possessive: "you've your knee",
  /// "we've our reasons". "you've got your knee" and "you've a car" read.
  static func hasBareContractedHave(_ tokens: [Token]) -> Bool {
    bareContractedHave.matches(tokens.filter(\.isWord))
  }

  /// A contracted "have" as the tokenizer gives it (the clitic "'ve" split off its subject, or
  /// "ive" typed whole) straight before a possessive, where it reads as a lost participle.
  static let bareContractedHave = PartnerCueMatcher([
    "('ve|ive) (my|your|his|her|our|their)"
  ])
}
