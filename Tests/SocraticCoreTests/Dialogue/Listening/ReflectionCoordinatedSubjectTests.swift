import Testing

@testable import SocraticCore

/// "me and tom …" opens a clause whose subject is the two of them: given back as "you and
/// tom", never with the speaker dropped and the verb left agreeing with no one.
@Suite("Reflections keep a subject of 'me and …'")
struct ReflectionCoordinatedSubjectTests {
  @Test("'me and tom are still sharing' is given back as 'you and tom are still sharing'")
  func meAndSomeone() {
    let shown = ExploreScript.reflectionAfterLast(
      of: ["me and tom are still sharing a flat"], to: "We should move out of the city")
    #expect(shown.contains("you and tom are still sharing"), "\(shown)")
    #expect(!shown.contains("saying tom are"), "\(shown)")
  }
}
