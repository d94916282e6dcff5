/// Idioms that name a feeling in a picture: "putting on a brave face", "it's breaking your
/// heart", "nerves got the better of you". A reflection that gives one back names what their
/// words carry, as a complex reflection does; its words are the feeling's, not a claim.
enum FeelingIdioms {
  /// The positions of the words of a feeling idiom.
  /// - Parameter words: the reflection's words in lowercase, as the tokenizer splits them.
  static func positions(in words: [String]) -> Set<Int> {
    idioms.positions(in: words)
  }

  /// The feeling idioms, as token patterns (`TokenPattern`).
  private static let idioms: [TokenPattern] = [
    "(put|puts|putting) on a brave face",
    "(a|your|her|his|their) brave face",
    "(break|breaks|breaking|broke|broken) (your|her|his|their|my) heart",
    "(your|her|his|their|my) heart ('s|is|was)? (breaking|broken|sinking|sank|sinks)",
    "heart in (your|her|his|their|my) mouth",
    "(get|gets|got|getting|gotten) the better of (you|her|him|them)",
    "(your|her|his|their|my) nerves",
    "nerves (get|gets|got|getting) (the better of|to) (you|her|him|them)",
    "(it|that|this|everything|it all|that all) ('s|is|was|has|'s been|has been)? (really)? (get|gets|got|getting) to (you|her|him|them)",
    "(beat|beats|beating) (yourself|herself|himself|themselves) up",
    "(kick|kicks|kicking) (yourself|herself|himself|themselves)",
    "lump in (your|her|his|their|the) throat",
    "(at|the end of) (your|her|his|their) tether",
    "(weight|load) (off|on) (your|her|his|their) (shoulders|mind)",
    "(tear|tears|tearing|tore) (you|her|him|them) apart",
    "(eat|eats|eating|ate) (you|her|him|them) up",
    "(walk|walks|walking|walked) on eggshells",
    "(hold|holds|holding|held|keep|keeps|keeping|kept) it (all)? together",
    "(you|he|she|they|i) ('re|'s|'m|are|is|am|was|were|felt|feel|feels)? (like)? (just|a bit|completely|kind of)? (fall|falls|falling|fell) apart",
    "out of (your|her|his|their) depth",
  ].map(TokenPattern.init)
}
