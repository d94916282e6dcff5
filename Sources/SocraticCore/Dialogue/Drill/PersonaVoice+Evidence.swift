/// Which of the persona's replies backs which of its reasons.
extension PersonaVoice {
  /// Each reason's evidence: the reply nearest it (`nearness(of:to:)`), the nearest pair of
  /// all taken first, so no reason takes the reply another speaks of more; else the next reply
  /// not taken, in order; a reason left without one has none.
  static func pair(_ reasons: [Line], with replies: [Line]) -> [String: Line] {
    var evidence: [String: Line] = [:]
    var free = replies
    var unpaired = reasons
    while true {
      var best: (reason: Int, reply: Int, nearness: Int)?
      for (reason, line) in unpaired.enumerated() {
        for (reply, candidate) in free.enumerated() {
          let near = nearness(of: candidate, to: line)
          if near > (best?.nearness ?? 0) { best = (reason, reply, near) }
        }
      }
      guard let best else { break }
      evidence[unpaired.remove(at: best.reason).text] = free.remove(at: best.reply)
    }
    for reason in reasons where evidence[reason.text] == nil && !free.isEmpty {
      evidence[reason.text] = free.removeFirst()
    }
    return evidence
  }

  /// How near a reply is to a reason: two for each word of the reply the reason says, one for
  /// each it says another form of (the same root: "weakness" of "weak").
  private static func nearness(of reply: Line, to reason: Line) -> Int {
    reply.topic.reduce(0) { total, word in
      if reason.topic.contains(word) { return total + 2 }
      return total + (reason.topic.contains { ReflectionFit.sharesRoot($0, word) } ? 1 : 0)
    }
  }
}
