/// The words of an amount, which a hedge before them only softens: "maybe twice", "maybe like
/// 3 times", "maybe an hour" (`AnswerMoveReader.hedgesAnAmount`).
extension AnswerCues {
  /// Words that say how many or how often: after a hedge ("maybe twice") they make it one
  /// about an amount.
  static let amountWords: Set<String> = [
    "once", "twice", "half", "few", "couple", "dozen", "hundred", "thousand", "million",
  ]

  /// Units of time an amount is counted in: "maybe an hour", "maybe a week".
  static let unitsOfTime: Set<String> = [
    "minute", "hour", "day", "night", "week", "month", "year", "decade",
  ]

  /// Units money is counted in: "a couple of pounds", "ten quid".
  static let unitsOfMoney: Set<String> = [
    "pound", "quid", "penny", "pence", "p", "dollar", "buck", "cent", "euro", "grand", "fiver",
    "tenner",
  ]

  /// Words that make a number rough: "maybe like 3 times", "i guess around 40".
  static let approximators: Set<String> = ["like", "about", "around", "roughly", "nearly"]
}
