/// Reflections that do not sound the same twice: a reflection is given a lead-in none of the
/// last few used, of those that suit it, and one said before word for word is not said again.
extension ReflectionWriter {
  /// How many of the last reflections' lead-ins a new one avoids: "So …" and "You're saying …"
  /// taken in turn still read as a formula over a session.
  static let recentLeadLimit = 3

  /// The reflection as said after the ones given before it, the last one last: nil when it
  /// was said before word for word; else led in by the first lead-in that suits it and none of
  /// the last `recentLeadLimit` reflections used, its own first ("So …" five times in a
  /// session reads as a machine; a skilled listener varies it).
  public static func varied(_ reflection: Reflection, after said: [String]) -> Reflection? {
    let text = reflection.text.lowercased()
    guard !said.contains(where: { $0.lowercased() == text }) else { return nil }
    guard !isStock(reflection.text), let own = ReflectionLead.of(reflection.text) else {
      return reflection
    }
    let clause = own.clause(of: reflection.text)
    let recent = said.suffix(recentLeadLimit).compactMap(ReflectionLead.of)
    let suiting = ([own] + ReflectionLead.all.filter { $0 != own && $0.family == own.family })
      .filter { $0 == own || $0.suits(clause) }
    // All of them said lately: the one said longest ago.
    let chosen =
      suiting.first { !recent.contains($0) }
      ?? suiting.min { lastUse(of: $0, in: recent) < lastUse(of: $1, in: recent) } ?? own
    return Reflection(text: chosen.led(clause), depth: reflection.depth)
  }

  /// Where a lead-in was last used among the recent ones, -1 when it was not.
  private static func lastUse(of lead: ReflectionLead, in recent: [ReflectionLead]) -> Int {
    recent.lastIndex(of: lead) ?? -1
  }
}
