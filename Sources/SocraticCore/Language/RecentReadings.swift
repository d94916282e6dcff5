import Synchronization

/// What a reader made of the last keys it read (texts, runs of tokens, words): several readers
/// of one answer ask for the same reading in one step, and it is made once. A reading must
/// depend on its key alone, so a remembered one is what a fresh read gives.
///
/// The memo is bounded: a key is remembered only when `size` gives it a size, and when `kept`
/// keys are held, or their sizes would pass `keptSize`, all are let go.
final class RecentReadings<Key: Hashable & Sendable, Reading: Sendable>: Sendable {
  /// How many keys are kept, and how large they may be in all.
  let kept: Int
  let keptSize: Int
  private let size: @Sendable (Key) -> Int?
  private let read: @Sendable (Key) -> Reading
  private let memory = Mutex(Memory())

  /// The readings held, and their keys' sizes in all.
  private struct Memory {
    var readings: [Key: Reading] = [:]
    var size = 0
  }

  /// - Parameters:
  ///   - size: a key's size, or nil when it is not to be remembered (it is read afresh).
  ///   - read: the reading of a key.
  init(
    kept: Int, keptSize: Int = .max, size: @escaping @Sendable (Key) -> Int?,
    read: @escaping @Sendable (Key) -> Reading
  ) {
    self.kept = kept
    self.keptSize = keptSize
    self.size = size
    self.read = read
  }

  /// The reading of a key: remembered, or made now and remembered.
  func reading(of key: Key) -> Reading {
    reading(of: key, unless: { _ in false })
  }

  /// The reading of a key, made now and remembered in place of the one held when that one
  /// `isLacking` (a reader that first asked for less of it).
  func reading(of key: Key, unless isLacking: (Reading) -> Bool) -> Reading {
    guard let size = size(key) else { return read(key) }
    if let known = memory.withLock({ $0.readings[key] }), !isLacking(known) { return known }
    let made = read(key)
    remember(made, for: key, size: size)
    return made
  }

  /// The readings of keys, in order, looked up together: a sentence's words.
  func readings(of keys: [Key]) -> [Reading] {
    let known = memory.withLock { memory in keys.map { memory.readings[$0] } }
    return zip(keys, known).map { key, known in
      if let known { return known }
      let made = read(key)
      if let size = size(key) { remember(made, for: key, size: size) }
      return made
    }
  }

  /// The reading held for a key, if any.
  func remembered(_ key: Key) -> Reading? {
    guard size(key) != nil else { return nil }
    return memory.withLock { $0.readings[key] }
  }

  /// Holds a reading made some other way than `read` (less of it), to be found by `remembered`.
  func remember(_ reading: Reading, for key: Key) {
    guard let size = size(key) else { return }
    remember(reading, for: key, size: size)
  }

  private func remember(_ reading: Reading, for key: Key, size: Int) {
    memory.withLock { memory in
      if memory.readings[key] == nil,
        memory.readings.count >= kept || memory.size > keptSize - size
      {
        memory.readings.removeAll(keepingCapacity: true)
        memory.size = 0
      }
      if memory.readings.updateValue(reading, forKey: key) == nil { memory.size += size }
    }
  }

  /// How many keys are held now, and their sizes in all.
  var count: Int { memory.withLock(\.readings.count) }
  var heldSize: Int { memory.withLock(\.size) }
}

extension RecentReadings where Key == String {
  /// A memo of texts by their bytes: only plain ASCII texts of at most `longest` bytes are
  /// remembered, up to `keptBytes` in all. Swift compares strings by canonical equivalence,
  /// under which two ASCII texts are equal only when their bytes are, so what is remembered is
  /// what a fresh read gives (with other scalars, "é" and "e" with a combining accent are one
  /// key but different text).
  convenience init(
    kept: Int, longest: Int, keptBytes: Int = .max,
    read: @escaping @Sendable (String) -> Reading
  ) {
    self.init(
      kept: kept, keptSize: keptBytes,
      size: { $0.plainASCIISize(atMost: longest) }, read: read)
  }
}

extension String {
  /// The text's length in bytes when it is plain ASCII of at most `longest` bytes: the size of
  /// a text as a memo's key (`RecentReadings` of texts); nil for any other text.
  func plainASCIISize(atMost longest: Int) -> Int? {
    let utf8 = self.utf8
    guard utf8.count <= longest else { return nil }
    // Read from the bytes in place where they can be: the view's own iterator costs more.
    let isPlain =
      utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
      ?? utf8.allSatisfy { $0 < 0x80 }
    return isPlain ? utf8.count : nil
  }
}
