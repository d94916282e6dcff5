import Testing

@testable import SocraticCore

@Suite("Reflections carry a whole clause of theirs, in clean English, or are not said")
struct ReflectionCleanEnglishTests {
  @Test(
    "a negative frame is what they believe, and is given back with what it frames",
    arguments: [
      ("i dont think it takes generations", "don't think it takes generations"),
      ("i don't believe the tips reach the staff", "don't believe the tips reach the staff"),
      ("i doubt the pay will ever go up", "doubt the pay will ever go up"),
      ("honestly i dont think theyll fix the buses", "don't think they'll fix the buses"),
      ("i really don't think the office is coming back", "don't think the office is coming"),
      ("i don't reckon the council will listen", "don't reckon the council will listen"),
    ])
  func negativeFrame(answer: String, kept: String) {
    let text = reflected(answer) ?? ""
    #expect(text.contains(kept), "\(answer) → \(text)")
  }

  @Test(
    "a spelling typed fast is written out, and a tag that only asks for agreement is left off",
    arguments: [
      ("the tolls are a total rip off innit", "So the tolls are a total rip off."),
      ("its not just the weather is it", "So it's not just the weather."),
      (
        "you cant trust a landlord with a deposit can you",
        "So you can't trust a landlord with a deposit."
      ),
      ("i didnt sign up for this, did i", "So you didn't sign up for this."),
      ("cos the trains never run on time", "So the trains never run on time."),
      (
        "the rent keeps going up cos nobody builds anything",
        "So the rent keeps going up because nobody builds anything."
      ),
      ("my boss wont listen to anyone under 40", "So your boss won't listen to anyone under 40."),
      (
        "i havent seen a single bus this week, have you",
        "So you haven't seen a single bus this week."
      ),
      ("the council is useless innit lol", "So the council is useless."),
      ("the vans dont stop for anyone", "So the vans don't stop for anyone."),
    ])
  func typedForms(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "no clause that names anything: no filler line, the question does the work",
    arguments: [
      "ok fair", "yeah thats true", "fair enough i guess", "theres this thing", "theyre fine",
      "thats what it says", "she's alright", "ugh i kind of hear that", "that's it really",
      "some of them do",
    ])
  func nothingToGive(answer: String) {
    #expect(reflected(answer) == nil)
  }

  @Test(
    "only a whole clause is granted: a thing named, a disclosure or a word on the question is not",
    arguments: [
      "the pricing bit maybe", "hmm the parking thing probably",
      "full disclosure my uncle sells cars",
      "not sure thats what you mean tbh", "dunno. the school run part maybe",
      "the idea that the water is doing something to them i guess",
      "full disclosure my sister works for them", "maybe the whole ticket thing",
      "im not sure thats what you asked", "ok fair, the weekend thing",
    ])
  func grantsOnlyClauses(answer: String) {
    #expect(reflected(answer).map { !$0.contains("grant") } ?? true)
  }

  @Test(
    "what they grant outranks who they are, a feeling or a story told before it",
    arguments: [
      (
        "i'm a nurse. honestly the queues annoy me. ok fair, the waiting lists are shorter now",
        "So you'd grant that the waiting lists are shorter now."
      ),
      (
        "my dad runs a bakery. to be fair the supermarket bread is cheaper",
        "So you'd grant that the supermarket bread is cheaper."
      ),
      (
        "we moved here in 2010. i guess the new houses are nicer than i said",
        "So you'd grant that the new houses are nicer than you said."
      ),
      (
        "i drive a cab. it makes me furious. ok fair, the new lanes are safer for bikes",
        "So you'd grant that the new lanes are safer for bikes."
      ),
      (
        "i teach maths. honestly it worries me. to be fair the exams are harder now",
        "So you'd grant that the exams are harder now."
      ),
    ])
  func concessionFirst(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "a view they imagine others hold, or an 'us' whose members are not said, is not given back",
    arguments: [
      "they'd probably say the buses are fine", "my neighbour would say the noise is normal",
      "i just want us to stop arguing", "people would say the prices are fair",
      "my brother would argue the tax is too low", "they'd tell you the park is safe",
      "she'd probably say the kids are fine", "my boss might say the rota is fair",
    ])
  func othersAndUs(answer: String) {
    #expect(reflected(answer) == nil)
  }

  @Test(
    "change talk and a named feeling are given back as theirs",
    arguments: [
      (
        "i'm a plumber. maybe i should look at the actual numbers",
        "So maybe you should look at the actual numbers."
      ),
      (
        "the shop closed last week. tbh it broke my heart a bit",
        "It sounds like it broke your heart a bit."
      ),
    ])
  func changeAndFeeling(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }
}
