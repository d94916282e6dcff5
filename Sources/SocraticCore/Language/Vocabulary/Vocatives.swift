/// Names a speaker calls the listener by, which say nothing of what a line does: "mate, just
/// ring her", "honestly hun, leave it". Words that are often something else at the start of a
/// line ("love", "son", "man") are left out. A new one is one entry here.
enum Vocatives {
  /// The names, in lowercase.
  static let words: Set<String> = [
    "mate", "pal", "bro", "bruv", "dude", "hun", "hon", "babe", "buddy", "lad", "hen", "sweetie",
    "sweetheart", "darling", "chief", "fam",
  ]
}
