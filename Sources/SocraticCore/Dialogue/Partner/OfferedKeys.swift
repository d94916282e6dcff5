/// The keys of the wordings offered before in a session, with the stems they hold indexed: each
/// candidate a planner weighs is compared with every one of them, and counting the stems it
/// shares with each through the index hashes each of its stems once, not once for every key.
struct OfferedKeys {
  private let keys: [WordingKey]
  /// For each stem, the indices of the keys that hold it.
  private let keysByStem: [String: [Int]]

  init(_ keys: [WordingKey]) {
    self.keys = keys
    var keysByStem: [String: [Int]] = [:]
    for (index, key) in keys.enumerated() {
      for stem in key.stems { keysByStem[stem, default: []].append(index) }
    }
    self.keysByStem = keysByStem
  }

  /// Whether one of the keys asks the same as `key` (`WordingKey.isNearDuplicate(of:)`).
  func containsNearDuplicate(of key: WordingKey) -> Bool {
    guard !keys.isEmpty else { return false }
    var shared = [Int](repeating: 0, count: keys.count)
    for stem in key.stems {
      for index in keysByStem[stem] ?? [] { shared[index] += 1 }
    }
    return keys.indices.contains { index in
      keys[index].isNearDuplicate(
        of: key, stemCounts: (keys[index].stems.count, key.stems.count)
      ) { shared[index] }
    }
  }
}
