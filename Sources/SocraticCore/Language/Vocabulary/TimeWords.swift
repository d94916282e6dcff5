/// Words that name a time: the days of the week, the months, the seasons, the parts of a day,
/// and the words that put what is told in the past. Each rule that reads
/// times builds its own table from these, adding only the words its reading needs.
enum TimeWords {
  /// The days of the week: "monday" … "sunday".
  static let weekdays: Set<String> = [
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  ]

  /// The days of the week as they are shortened in chat: "fri", "sat", "weds".
  static let weekdayShortenings: Set<String> = [
    "mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun",
  ]

  /// The days of the week said as a habit: "mondays", "on sundays".
  static let weekdayHabits: Set<String> = Set(weekdays.map { $0 + "s" })

  /// The months but "may", which is far more often the verb.
  static let monthsButMay: Set<String> = [
    "january", "february", "march", "april", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  /// The seasons but "fall", which is far more often the verb.
  static let seasons: Set<String> = ["spring", "summer", "autumn", "winter"]

  /// The parts of a day: "morning", "afternoon", "evening".
  static let partsOfDay: Set<String> = ["morning", "afternoon", "evening"]

  /// Nouns that measure out time: "day", "week", "year", "night".
  static let units: Set<String> = [
    "day", "night", "week", "weekend", "fortnight", "month", "year", "decade", "hour", "minute",
    "moment", "time", "while", "season",
  ]

  /// Nouns that name a time, whatever their kind: "the other day", "this january", "that
  /// summer", "every monday".
  static let nouns: Set<String> = units.union(weekdays).union(monthsButMay).union(seasons)
    .union(partsOfDay)

  /// Words that put what is told in the past: "two years ago", "yesterday", "last spring".
  static let past: Set<String> = ["ago", "yesterday", "last"]

  /// Adverbs that ask about timing after a question word ("Why now?", "Why yet?", "Why again?"),
  /// though before one they only open a turn ("now why …", "yet why …").
  static let timings: Set<String> = ["now", "yet", "again", "still", "then"]
}
