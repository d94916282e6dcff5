/// English plurals of the nouns socratic counts in what it shows.
public enum Plural {
  /// A count with its noun, in the plural unless it is one: "1 question", "3 things". The
  /// nouns counted are regular ("question", "thing", "line", "session", "drill").
  public static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)" + (count == 1 ? "" : "s")
  }
}
