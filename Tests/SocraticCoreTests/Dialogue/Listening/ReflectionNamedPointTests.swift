import Testing

@testable import SocraticCore

@Suite("Reflections give back the point as the person names it, in a clause that reads")
struct ReflectionNamedPointTests {
  @Test(
    "'that's the harm' after a sentence, a cleft or an opening name gives back what it names",
    arguments: [
      (
        "the nurses on nights did double shifts for months. the managers sat at home on teams. half the nurses burned out and quit. thats the damage",
        "So the damage is that half the nurses burned out and quit."
      ),
      (
        "the surgeons were brilliant. honestly its the waiting that was the problem",
        "So the problem was the waiting."
      ),
      (
        "ok at the start i get it. its when they kept it going all winter thats the issue",
        "So the issue is when they kept it going all winter."
      ),
      (
        "lol its a podcast. anyway the main thing for me isnt the research its my grandad. hes 80 and he gets lonely",
        "So the main thing is your grandad."
      ),
      (
        "they raised the fare to 4 quid. its too dear for pensioners, thats the problem",
        "So the problem is that it's too dear for pensioners."
      ),
      (
        "my cousin is a plumber. the real worry was nobody checked the boilers",
        "So the real worry was that nobody checked the boilers."
      ),
    ])
  func namedPoint(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test("a point named after a clause that does not read is never spliced into a phrase")
  func unreadableNamedPoint() {
    let shown = reflected(
      "the bosses sat at home. folk on the wards burned out and quit. thats the damage")
    #expect(shown != "So the damage is folk on the wards burned out and quit.")
  }

  @Test(
    "a thing waved off as it is named is never what it comes down to",
    arguments: [
      "dunno. prove the fines worked and it wasnt because of weather or whatever. you still gotta count the shops that shut",
      "it was mostly because of the traffic or something, i cant remember",
    ])
  func wavedOff(answer: String) {
    #expect(reflected(answer)?.contains("comes down to") != true)
  }

  @Test(
    "a fragment that only looks like a clause is never given back",
    arguments: [
      "normal as it gets in our street",
      "salaries like the steelworks did 70 80 grand",
      "the homework thing too",
    ])
  func fragmentNotGiven(answer: String) {
    #expect(reflected(answer) == nil)
  }

  @Test(
    "clauses of the same look that are whole are still given back",
    arguments: [
      ("people like me get it", "So people like you get it."),
      ("my gran and grandad farm sheep", "So your gran and grandad farm sheep."),
    ])
  func wholeClauseGiven(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test(
    "a filler 'like' before an amount and an 'och' are not given back",
    arguments: [
      ("we waited for like a year to get a bed", "So you waited for a year to get a bed."),
      ("och the buses are rubbish round here", "So the buses are rubbish round here."),
    ])
  func fillers(answer: String, text: String) {
    #expect(reflected(answer) == text)
  }

  @Test("a 'So' said twice turns to 'You're saying', never a guess at a feeling")
  func secondSo() {
    let reflection = Reflection(text: "So it was your neighbour.", depth: .simple)
    let varied = ReflectionWriter.varied(
      reflection, after: ["So you're fairly sure, 60 out of 100."])
    #expect(varied?.text == "You're saying it was your neighbour.")
  }

  @Test("partner's suggestion leaves off a tag after a verb's particle")
  func partnerTag() {
    #expect(suggested("fares always go up dont they") == "So fares always go up.")
  }
}
