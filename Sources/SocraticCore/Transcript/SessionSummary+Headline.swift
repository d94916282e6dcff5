/// The headline belief of a session and the confidence in it.
extension SessionSummary {
  /// Explore: the threads before the headline one that had a belief.
  public var earlierThreads: [BeliefThread] {
    guard mode == .explore, let headline = headlineThread else { return [] }
    return threads.filter { $0.number < headline.number && $0.belief != nil }
  }

  /// Explore: every thread rated both at its start and at its end, in order.
  public var ratedThreads: [BeliefThread] {
    guard mode == .explore else { return [] }
    return threads.filter { $0.confidenceBefore != nil && $0.confidenceAtEnd != nil }
  }

  /// The thread the headline belief comes from in explore: the last one with a belief.
  public var headlineThread: BeliefThread? {
    threads.last { $0.belief != nil } ?? threads.last
  }

  /// The headline belief, exactly as typed (in partner, up to the clause that states it).
  public var belief: String? {
    switch mode {
    case .explore: headlineThread?.belief?.text
    case .partner: theySaid.first?.statedBelief
    case .drill: persona?.belief
    }
  }

  /// The engine's reading of the headline belief.
  public var claim: String? {
    switch mode {
    case .explore: headlineThread?.belief?.claim
    case .partner: theySaid.first?.claim
    case .drill: persona?.claim
    }
  }

  /// The headline belief's inversion.
  public var inverted: String? {
    switch mode {
    case .explore: headlineThread?.belief?.inverted
    case .partner: partnerInversion
    case .drill: persona?.inverted
    }
  }

  /// The confidence in the headline belief at the start.
  public var confidenceBefore: Int? {
    switch mode {
    case .explore: headlineThread?.confidenceBefore
    case .partner: partnerRatings.first?.rating
    case .drill: persona?.confidence
    }
  }

  /// The confidence in the headline belief at the end.
  public var confidenceAfter: Int? {
    switch mode {
    case .explore: headlineThread?.confidenceAtEnd
    // The other person's last rating, when they rated it again.
    case .partner: partnerRatings.count > 1 ? partnerRatings.last?.rating : nil
    case .drill: persona == nil || ended == nil ? nil : personaConfidence
    }
  }

  /// After minus before, when both are known.
  public var confidenceShift: Int? {
    guard let before = confidenceBefore, let after = confidenceAfter else { return nil }
    return after - before
  }
}
