/// The few non-ASCII symbols socratic draws (arrows, bars, an ellipsis), with ASCII stand-ins
/// for terminals whose locale is not UTF-8.
public struct Glyphs: Sendable, Equatable {
  /// `→` or `->`.
  public var arrow: String
  /// `…` or `...`.
  public var ellipsis: String
  /// A full bar cell: `█` or `#`.
  public var full: String
  /// A bar cell gained: `▓` or `+`.
  public var gained: String
  /// A bar cell lost: `░` or `-`.
  public var lost: String
  /// An empty bar cell: `·` or `.`.
  public var empty: String

  /// The Unicode set.
  public static let unicode = Glyphs(
    arrow: "→", ellipsis: "…", full: "█", gained: "▓", lost: "░", empty: "·")
  /// The ASCII set.
  public static let ascii = Glyphs(
    arrow: "->", ellipsis: "...", full: "#", gained: "+", lost: "-", empty: ".")

  /// The set the locale can show.
  public static func forLocale(environment: [String: String]) -> Glyphs {
    isUTF8Locale(environment: environment) ? .unicode : .ascii
  }

  /// Whether the locale's character set is UTF-8, as POSIX decides which variable counts: the
  /// first set and non-empty of `LC_ALL`, `LC_CTYPE` and `LANG`, whose value names the UTF-8
  /// codeset (`en_GB.UTF-8`, `C.utf8`). Nothing set means the POSIX locale, which is ASCII.
  public static func isUTF8Locale(environment: [String: String]) -> Bool {
    let name = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first {
      !$0.isEmpty
    }
    guard let name else { return false }
    let codeset = name.split(separator: ".", maxSplits: 1).dropFirst().first ?? ""
    let normalised = codeset.split(separator: "@").first.map { $0.lowercased() } ?? ""
    return normalised == "utf-8" || normalised == "utf8"
  }
}
