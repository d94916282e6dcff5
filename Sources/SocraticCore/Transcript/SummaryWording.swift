/// How a summary says a rating's move and counts by kind, the same on a terminal and in
/// Markdown; only the arrow differs (a terminal without UTF-8 gets "->").
public enum SummaryWording {
  /// A rating's move from the start to the end: "60 → 45 (-15)", "60 → not rated at the end",
  /// with why when it is known ("60 → not rated at the end: you left before giving one").
  public static func shift(
    _ before: Int?, _ after: Int?, arrow: String = "→", unratedBecause: String? = nil
  ) -> String {
    switch (before, after) {
    case (let before?, let after?):
      let change = after - before
      return "\(before) \(arrow) \(after) (" + (change > 0 ? "+" : "") + "\(change))"
    case (let before?, nil):
      return "\(before) \(arrow) not rated at the end" + (unratedBecause.map { ": " + $0 } ?? "")
    case (nil, let after?): return "not rated at the start \(arrow) \(after)"
    case (nil, nil): return "not rated"
    }
  }

  /// Counts by kind, in brackets after a total: " (evidence 2, origin 1)"; empty for none.
  public static func byKind(_ counts: [(kind: QuestionKind, count: Int)]) -> String {
    counts.isEmpty
      ? "" : " (" + counts.map { "\($0.kind.label) \($0.count)" }.joined(separator: ", ") + ")"
  }
}
