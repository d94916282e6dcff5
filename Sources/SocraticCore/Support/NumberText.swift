extension Int {
  /// The number with a comma between thousands, as messages show it: "1,000", "12,345".
  var formattedWithSeparators: String {
    let digits = String(magnitude)
    var result = self < 0 ? "-" : ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    return result
  }
}
