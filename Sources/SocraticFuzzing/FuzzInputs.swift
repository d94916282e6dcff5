/// Inputs for a fuzz target, generated from a seed: each is one of the target's well-formed
/// seeds with a few random mutations (bytes flipped, inserted or deleted, fragments spliced
/// in, parts cut, repeated or swapped), so most inputs are nearly valid and reach deep into
/// the code rather than failing at the first byte.
///
/// The same seed gives the same inputs, so a crash is replayed with `socratic-fuzz TARGET
/// --runs N --seed S`.
public struct FuzzInputs: IteratorProtocol, Sequence {
  private var random: SplitMix64
  private let seeds: [[UInt8]]
  private let fragments: [[UInt8]]

  public init(for target: FuzzTarget, seed: UInt64) {
    random = SplitMix64(seed: seed)
    seeds = target.seeds.map { Array($0.utf8) }
    fragments = FuzzSeeds.fragments.map { Array($0.utf8) }
  }

  public mutating func next() -> [UInt8]? {
    var input = seeds[random.below(seeds.count)]
    for _ in 0...random.below(4) { mutate(&input) }
    return input
  }

  private mutating func mutate(_ input: inout [UInt8]) {
    let position = random.below(input.count + 1)
    switch random.below(8) {
    case 0:
      if position < input.count { input[position] ^= UInt8(1 << random.below(8)) }
    case 1:
      input.insert(UInt8(random.below(256)), at: position)
    case 2:
      if position < input.count { input.remove(at: position) }
    case 3, 4:
      input.insert(contentsOf: fragments[random.below(fragments.count)], at: position)
    case 5:
      input.removeSubrange(position..<Swift.min(input.count, position + random.below(16) + 1))
    case 6:
      let end = Swift.min(input.count, position + random.below(32) + 1)
      let piece = input[position..<end]
      input.insert(
        contentsOf: Array(repeating: piece, count: random.below(4) + 1).joined(), at: end)
    default:
      input = Array(input[position...] + input[..<position])
    }
  }
}

/// A small, fast pseudo-random generator (Steele, Lea and Flood's SplitMix64), so generated
/// inputs depend on the seed alone, on every platform.
struct SplitMix64 {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var value = state
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }

  /// A number from 0 up to but not including `bound`, which must be positive.
  mutating func below(_ bound: Int) -> Int {
    Int(next() % UInt64(bound))
  }
}
