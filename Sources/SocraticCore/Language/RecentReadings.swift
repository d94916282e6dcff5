import Synchronization

/// What a reader made of the last texts it read, by their text: several readers of one answer
/// ask for the same reading in one step, and it is made once.
///
/// Only plain ASCII texts of at most `longest` bytes are remembered: two of them are equal
/// strings only when their bytes are, so what is remembered is what a fresh read gives. When
/// `kept` texts are held, all are let go.
final class RecentReadings<Reading: Sendable>: Sendable {
  /// How many texts are kept, and how long one may be.
  let kept: Int
  let longest: Int
  private let read: @Sendable (String) -> Reading
  private let readings = Mutex<[String: Reading]>([:])

  init(kept: Int, longest: Int, read: @escaping @Sendable (String) -> Reading) {
    self.kept = kept
    self.longest = longest
    self.read = read
  }

  /// The reading of a text: remembered, or made now and remembered.
  func reading(of text: String) -> Reading {
    let utf8 = text.utf8
    guard utf8.count <= longest, utf8.allSatisfy({ $0 < 0x80 }) else { return read(text) }
    if let known = readings.withLock({ $0[text] }) { return known }
    let made = read(text)
    readings.withLock { readings in
      if readings.count >= kept { readings.removeAll(keepingCapacity: true) }
      readings[text] = made
    }
    return made
  }

  /// How many texts are held now.
  var count: Int { readings.withLock(\.count) }
}
