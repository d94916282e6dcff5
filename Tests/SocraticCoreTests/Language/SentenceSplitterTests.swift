import SocraticCore
import Testing

@Suite("SentenceSplitter")
struct SentenceSplitterTests {
  @Test(
    "splits at sentence ends, not at abbreviations or initials",
    arguments: [
      ("Crypto is a scam. It has no value.", ["Crypto is a scam.", "It has no value."]),
      ("AI is here! Are you ready?", ["AI is here!", "Are you ready?"]),
      ("The U.S. spends a lot. Others don't.", ["The U.S. spends a lot.", "Others don't."]),
      (
        "Dr. Smith is wrong. J. K. Rowling agrees.",
        [
          "Dr. Smith is wrong.", "J. K. Rowling agrees.",
        ]
      ),
      ("It costs 3.5 million. Too much.", ["It costs 3.5 million.", "Too much."]),
      ("He said \"no.\" Then he left.", ["He said \"no.\"", "Then he left."]),
      ("one line\nanother line", ["one line", "another line"]),
      (
        "ok maybe like 3 hours. but my grades are fine",
        ["ok maybe like 3 hours.", "but my grades are fine"]
      ),
      ("it's just… weird", ["it's just… weird"]),
      ("approx. five people came, vs. ten", ["approx. five people came, vs. ten"]),
      ("i said so. e.g. the tax", ["i said so.", "e.g. the tax"]),
    ])
  func sentences(text: String, expected: [String]) {
    #expect(SentenceSplitter.sentences(in: text) == expected)
  }
}
