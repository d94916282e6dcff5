extension BeliefMap {
  /// Whether a line of the tool's names a detail they pushed away: it holds every word that
  /// named the detail ("the great dane" in "What stays with you from the great dane?"). Such a
  /// line is never asked or given back: the talk follows what they do mean.
  public func namesSetAside(_ text: String) -> Bool {
    guard !setAside.isEmpty else { return false }
    let said = Self.stems(of: text)
    return setAside.contains { detail in
      let named = Self.stems(of: detail)
      return !named.isEmpty && named.isSubset(of: said)
    }
  }
}
