extension SessionTranscript {
  /// The events as a transcript shows them: a rating logged again with no answer between
  /// them (the closing rating that repeats one just given) is shown once; a rating set right
  /// or given with words is always shown.
  public var shownEvents: [SessionEvent] {
    var lastRating: Int?
    return events.filter { event in
      switch event.payload {
      case .confidence(let value):
        let repeats = lastRating == value.value && value.moment != .correction && value.said == nil
        lastRating = value.value
        return !repeats
      case .answer, .belief, .newThread:
        lastRating = nil
        return true
      default:
        return true
      }
    }
  }
}
