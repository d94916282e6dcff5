/// A summary of the person's view that stretches it to score a point: "So you think everyone
/// who disagrees is just a fool then". It is framed as a reflection ("you think", "you're
/// saying") but puts an extreme view in their mouth, by at least two signs: a quantifier that
/// allows no exception ("everyone", "nobody", "always"), a word that makes it small ("just",
/// "simply"), and a closing "then" that draws the conclusion for them. One sign alone is how
/// people talk ("So you feel nobody listens" gives back a feeling).
enum StrawManRules {
  /// The signs of a straw man in a summary of the person's view, as written ("everyone … just
  /// … then"), or nil when it is not one.
  static func signs(in reading: QuestionReading) -> String? {
    guard case .statement(let index, _) = reading.opener,
      PresumptionRules.saysWhatTheyThink(reading, at: index)
    else { return nil }
    let said = Array(reading.words[(index + 2)..<reading.core.upperBound])
    var found: [String] = []
    if let sweeping = said.first(where: sweepingQuantifiers.contains) { found.append(sweeping) }
    if let small = said.first(where: belittling.contains) { found.append(small) }
    if said.last == "then" { found.append("then") }
    return found.count >= signsNeeded ? found.joined(separator: " … ") : nil
  }

  /// How many signs make a straw man.
  private static let signsNeeded = 2

  /// Quantifiers and adverbs that allow no exception.
  private static let sweepingQuantifiers: Set<String> = [
    "everyone", "everybody", "everything", "nobody", "nothing", "all", "every", "anyone",
    "anybody", "always", "never", "none", "whole",
  ]

  /// Words that make what they modify small.
  private static let belittling: Set<String> = ["just", "simply", "merely", "only"]
}
