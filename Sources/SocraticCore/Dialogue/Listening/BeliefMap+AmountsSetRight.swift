extension BeliefMap {
  /// Sets right an amount an answer corrects (`AmountCorrection`) in everything the map holds:
  /// "i did it all for £12 … well £14 with the jigsaw", or "£14 not 12" an answer later, keeps
  /// "£14" wherever "£12" was filed, as they last said it.
  mutating func settingAmountsRight(by text: String) {
    guard let correction = AmountCorrection(in: text) else { return }
    let fix = correction.applied(to:)
    for index in reasons.indices {
      reasons[index].text = fix(reasons[index].text)
      reasons[index].examples = reasons[index].examples.map(fix)
      reasons[index].evidence = reasons[index].evidence.map(fix)
    }
    examples = examples.map(fix)
    doubts = doubts.map(fix)
    wouldChangeMind = wouldChangeMind.map(fix)
    shifts = shifts.map(fix)
    background = background.map(fix)
    for index in notes.indices { notes[index].text = fix(notes[index].text) }
    for index in views.indices { views[index].said = fix(views[index].said) }
  }
}
