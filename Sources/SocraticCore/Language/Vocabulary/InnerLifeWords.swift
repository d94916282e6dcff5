/// Words of what someone wants, minds, feels or goes through, beside the named feelings and
/// values: "he'd rather", "she doesn't want", "you're finding it", "he hates". A clause with
/// one tells their inner life, which a reflection may give back in words of its own.
enum InnerLifeWords {
  static let words: Set<String> = [
    "rather", "want", "wants", "wanted", "prefer", "prefers", "like", "mind", "minds", "hate",
    "hates", "love", "loves", "miss", "misses", "missing", "worry", "worries", "worried", "fear",
    "fears", "dread", "dreads", "dreading", "feel", "feels", "felt", "finding", "struggling",
    "coping", "hoping", "wishing",
  ]
}
