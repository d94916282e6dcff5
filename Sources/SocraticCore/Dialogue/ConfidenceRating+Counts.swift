extension ConfidenceRating {
  /// Whether the number at `index` counts the things named after it: a plural noun or a word
  /// of measure ("3 kids", "5 mins"), also with one describing word between ("2 written
  /// warnings", "4 big rows"), so "ive had 2 written warnings" gives no rating of 2.
  static func countsThings(after index: Int, in tokens: [Token]) -> Bool {
    let following = tokens[(index + 1)...].prefix(2).map(\.lowercased)
    guard let next = following.first else { return false }
    if countedWords.contains(next) || isCountedPlural(next) { return true }
    guard following.count == 2, !hedges.contains(next),
      Lexicon.classes(of: next).contains(.adjective)
    else { return false }
    return countedWords.contains(following[1]) || isCountedPlural(following[1])
  }

  /// A plural noun that is no hedge: "kids", "warnings".
  private static func isCountedPlural(_ word: String) -> Bool {
    !hedges.contains(word) && Lexicon.singular(of: word) != nil
  }

  /// Words after a number that make it a count of something rather than a rating.
  static let countedWords: Set<String> = [
    "year", "years", "yrs", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
    "minute", "minutes", "time", "times", "kid", "kids", "child", "children", "people", "grand",
    "dollars", "bucks", "k", "miles", "km", "staff", "employees", "jobs", "cents", "pounds",
    "euros", "am", "pm", "o'clock", "hundred", "thousand", "million", "billion", "min", "mins",
    "sec", "secs", "hr", "hrs", "year-old", "yo", "quid", "p", "pence", "squid", "mph", "kph",
    "kg", "kgs", "kilos", "lb", "lbs", "stone", "st", "cm", "mm", "m", "ft", "foot", "feet",
    "inch", "inches", "mile", "metres", "meters", "litres", "liters", "ml", "degrees", "gb",
  ]
}
