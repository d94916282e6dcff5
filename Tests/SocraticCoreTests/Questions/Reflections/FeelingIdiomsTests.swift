import Testing

@testable import SocraticCore

@Suite("A feeling idiom is one only when it is said of a person")
struct FeelingIdiomsTests {
  @Test(
    "the words of a feeling idiom said of a person are the feeling's",
    arguments: [
      ("so you feel like you're falling apart", "falling apart"),
      ("sounds like it's really getting to her", "getting to her"),
      ("your nerves must be shot", "your nerves"),
    ])
  func ofAPerson(reflection: String, idiom: String) {
    let words = Tokenizer.tokenize(reflection).filter(\.isWord).map(\.lowercased)
    let said = FeelingIdioms.positions(in: words).sorted().map { words[$0] }
    #expect(said.joined(separator: " ").hasSuffix(idiom), "\(said)")
  }

  @Test(
    "the same words said of a thing are a claim about it",
    arguments: [
      "sounds like the whole project fell apart", "so the deal is falling apart",
      "we finally got to them after lunch", "the nerves in his hand were damaged",
    ])
  func ofAThing(reflection: String) {
    let words = Tokenizer.tokenize(reflection).filter(\.isWord).map(\.lowercased)
    #expect(FeelingIdioms.positions(in: words).isEmpty, "\(reflection)")
  }
}
