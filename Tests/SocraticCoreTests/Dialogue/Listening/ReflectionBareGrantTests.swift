import Testing

@testable import SocraticCore

@Suite("A grant that names nothing is still what the reflection gives back")
struct ReflectionBareGrantTests {
  private func reflected(_ answer: String) -> String? {
    ReflectionWriter.reflection(of: AnswerMoveReader.read(answer), saying: answer)?.text
  }

  @Test(
    "a grant about something names what it is about, never a side fact",
    arguments: [
      (
        "the vet bills are mental. ok yeah fair, good point about the insurance lol",
        "So you'll grant the point about the insurance."
      ),
      (
        "my cousin got one from a breeder. you're right about the waiting lists tbh",
        "So you'll grant the point about the waiting lists."
      ),
    ])
  func namesTopic(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "a grant that names nothing gets no line: never a side fact, never 'that one' unnamed",
    arguments: [
      "theres a bus every 20 mins from the estate. ok fair thats a decent point lol",
      "my nan uses it every tuesday for the knitting group. alright fair enough, good point",
    ])
  func saysNothing(answer: String) {
    #expect(reflected(answer) == nil)
  }

  @Test("the grant alone still leaves the question to ask what they grant")
  func grantAlone() {
    #expect(reflected("ok fair thats a good point") == nil)
  }
}
