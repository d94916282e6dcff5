import SocraticFuzzing
import Testing

@Suite("Fuzzing: generated inputs never crash what reads untrusted input")
struct FuzzTargetTests {
  /// A short run, seconds in all; the long run of a million inputs a target is
  /// `swift run -c release socratic-fuzz TARGET` (README, Fuzzing).
  static let runs = 2_000

  /// The seed of every target's short run. Seed 1 once met the critic's crashes (endless
  /// recursion in the rewriter on "is?", a bad range on "Is not?") at its 230th input; it now
  /// runs them all.
  static let seed: UInt64 = 1

  @Test("each target takes 2,000 generated inputs without a crash", arguments: FuzzTarget.allCases)
  func shortRun(target: FuzzTarget) {
    var count = 0
    for input in FuzzInputs(for: target, seed: Self.seed).prefix(Self.runs) {
      target.run(input)
      count += 1
    }
    #expect(count == Self.runs)
  }

  @Test("inputs depend on the seed alone, and mutate the seeds")
  func repeatable() {
    let first = Array(FuzzInputs(for: .belief, seed: 7).prefix(50))
    #expect(first == Array(FuzzInputs(for: .belief, seed: 7).prefix(50)))
    #expect(first != Array(FuzzInputs(for: .belief, seed: 8).prefix(50)))
    #expect(Set(first).count > 40)
  }
}
