import SocraticCore
import Testing

@Suite("KindCue")
struct KindCueTests {
  let critic = QuestionCritic()

  @Test(
    "the most decisive tier decides, whatever the order of the cues in the question",
    arguments: [
      // meta before evidence
      ("What evidence would make this question worth asking?", QuestionKind.meta),
      // clarification before implications
      ("What do you mean by the effects of the tariff?", .clarification),
      // inversion before evidence
      ("What evidence would change your mind about the bridge?", .inversion),
      // an anchored cue: a modal of possibility after the question word, then "not"
      ("Why might the new tram line not help commuters?", .inversion),
      ("What if the reservoir never fills again?", .inversion),
      ("Suppose the harvest doesn't fail, then what?", .inversion),
      ("How is it fair that tenants pay the repairs?", .assumptions),
      ("How would you cope if the library closed?", .implications),
    ])
  func tiers(question: String, kind: QuestionKind) throws {
    #expect(try critic.critique(question).kind == kind)
  }

  @Test("a filler before a question leaves it as it is")
  func fillers() throws {
    let plain = try critic.critique("Why do you trust the forecast?")
    for filler in ["Anyway, ", "Um, ", "Honestly, "] {
      let said = try critic.critique(filler + "why do you trust the forecast?")
      #expect(said.form == plain.form)
      #expect(said.kind == plain.kind)
    }
  }
}
