/// An amount the person sets right later in the same answer ("we see 3 or 4 a week … actually
/// more like 10") is given back as they last put it, never as they first did.
extension ReflectionWriter {
  /// The reflection with the amount they set right given as they set it (`AmountCorrection`).
  /// Their typed line is never changed.
  static func settingAmountRight(_ text: String, in line: String) -> String {
    AmountCorrection(in: line)?.applied(to: text) ?? text
  }
}
