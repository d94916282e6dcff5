/// Nouns of a group, which in British English take a plural verb as readily as a singular one:
/// "the council want to shut it", "the staff work nights", "the team are tired". A new one is
/// one entry here.
enum GroupNouns {
  static let words: Set<String> = [
    "staff", "team", "government", "council", "family", "crew", "police", "public", "press",
    "board", "club", "band", "management", "couple", "committee", "squad", "lot", "youth",
    "majority", "union", "firm", "company", "party", "class", "army", "navy", "jury",
    "audience", "cabinet", "parliament", "department", "nhs", "bbc",
  ]
}
