/// How an adjective takes degree: some have none to ask about ("open", "pregnant"), and some
/// name the marked end of a scale, whose degree question presumes it ("how dangerous").
enum AdjectiveGrades {
  /// Adjectives a thing either is or is not: "How open is the shop?" asks nothing they hold.
  static let absolute: Set<String> = [
    "open", "closed", "shut", "pregnant", "alive", "dead", "asleep", "awake", "empty",
    "married", "single", "divorced", "finished", "done", "ready", "available", "home", "back",
    "present", "absent", "retired", "employed", "unemployed", "vegan", "vegetarian",
    "engaged", "free", "sold", "booked", "cancelled", "canceled", "over",
  ]

  /// The marked end of a scale, with the end whose degree asks without presuming: "How safe
  /// is it?" leaves open what "How dangerous is it?" takes for granted.
  static let unmarkedPole: [String: String] = [
    "dangerous": "safe", "unsafe": "safe",
    "unhealthy": "healthy", "unfair": "fair", "unreliable": "reliable", "bad": "good",
    "useless": "useful", "pointless": "useful", "weak": "strong", "unpopular": "popular",
    "cruel": "kind", "lazy": "hardworking", "dishonest": "honest", "corrupt": "honest",
  ]
}
