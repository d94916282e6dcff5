/// Words that say where someone or something is.
enum PlaceWords {
  /// Words that say where a noun's referent is, said after it: "the twins next door", "the
  /// lads upstairs", "the couple opposite".
  static let afterAHead: Set<String> = [
    "next", "nextdoor", "upstairs", "downstairs", "opposite",
  ]
}
