import Synchronization

/// What the planner works out about a wording and needs again on later steps: what it is about
/// (`WordingKey`), whether it may be offered (it reads well and the critic finds it open) and
/// whether it is a stock frame. All are pure functions of the text, so
/// the copies of a dialogue share one memo of them, and each is worked out only when first
/// asked for (the questions offered before, read back on resuming, need no critique). The memo
/// forgets everything once it holds `capacity` wordings, so a long session cannot make it grow
/// without end.
final class WordingVerdicts: Sendable {
  /// How many wordings are remembered at most.
  static let capacity = 4_096

  private struct Entry {
    var key: WordingKey
    var isFit: Bool?
    var isStock: Bool?
  }

  private let critic: QuestionCritic
  private let memo = Mutex<[String: Entry]>([:])

  init(critic: QuestionCritic) {
    self.critic = critic
  }

  /// What a wording is about, before the claim it is offered about is known.
  func key(of text: String) -> WordingKey {
    if let known = memo.withLock({ $0[text]?.key }) { return known }
    let key = WordingKey(text)
    remember(text) { $0 = $0 ?? Entry(key: key) }
    return key
  }

  /// Whether the wording may be offered: it reads as English (`PartnerGrammar`), asks one
  /// plain thing fit for a talk across a table (`PartnerAsk`) and the critic finds it open.
  func isFit(_ text: String) -> Bool {
    if let known = memo.withLock({ $0[text]?.isFit }) { return known }
    let key = self.key(of: text)
    let isFit = PartnerGrammar.reads(text) && PartnerAsk.suits(text) && critic.isOpen(text)
    remember(text) { $0 = Entry(key: $0?.key ?? key, isFit: isFit, isStock: $0?.isStock) }
    return isFit
  }

  /// Whether the wording is a stock frame that fits any talk (`SuggestionPlanner.isStock(_:)`):
  /// asked of every wording in the pool at every step.
  func isStock(_ text: String) -> Bool {
    if let known = memo.withLock({ $0[text]?.isStock }) { return known }
    let key = self.key(of: text)
    let isStock = SuggestionPlanner.isStock(text)
    remember(text) { $0 = Entry(key: $0?.key ?? key, isFit: $0?.isFit, isStock: isStock) }
    return isStock
  }

  private func remember(_ text: String, _ update: (inout Entry?) -> Void) {
    memo.withLock { memo in
      if memo.count >= Self.capacity, memo[text] == nil { memo.removeAll(keepingCapacity: true) }
      update(&memo[text])
    }
  }
}

/// Values worked out once and needed again, by a text key, shared by the copies of a dialogue:
/// only for what a pure function of the key gives. It forgets everything once it holds
/// `WordingVerdicts.capacity` values.
final class Memo<Value: Sendable>: Sendable {
  private let values = Mutex<[String: Value]>([:])

  /// The value for a key, made the first time it is asked for.
  func value(for key: String, _ make: () -> Value) -> Value {
    if let known = values.withLock({ $0[key] }) { return known }
    let value = make()
    values.withLock { values in
      if values.count >= WordingVerdicts.capacity { values.removeAll(keepingCapacity: true) }
      values[key] = value
    }
    return value
  }
}
