import SocraticCore
import Testing

/// The problems reading a pack reports, as "line:col: message", or [] when it is valid.
func problems(in yaml: String) -> [String] {
  switch PackReader.read(Array(yaml.utf8), path: "pack.yaml") {
  case .success: return []
  case .failure(let file):
    return file.problems.map { problem in
      let position = problem.position.map { "\($0.line):\($0.column): " } ?? ""
      return position + problem.message
    }
  }
}

/// A valid pack's head, to which a test adds its own fields.
let packHead = """
  id: climate
  title: Climate
  version: 1

  """

let oneQuestion = """
  questions:
    - kind: evidence
      text: What makes you sure?

  """

@Suite("Reading a topic pack")
struct PackReaderTests {
  @Test("a small pack reads into its model, with text tidied and beliefs in both forms")
  func readsAPack() throws {
    let yaml = """
      id: climate-change
      title: Climate change
      version: 3
      description: |
        Warming, and what to do about it.
      keywords: [climate, global warming]
      beliefs:
        - Climate change is exaggerated.
        - text: We must   act now.
          side: for
          reasons: [The evidence is overwhelming.]
          replies: [Look at the data.]
      questions:
        - kind: inversion
          text: >-
            If {inverted},
            what would you expect to see?
        - kind: meta
          text: "Why does this matter to you?"
      terms:
        - term: Hoax
          questions: [What would make something a hoax?]
      """
    let pack = try PackReader.read(Array(yaml.utf8), path: "pack.yaml").get()
    #expect(
      pack
        == TopicPack(
          id: "climate-change", title: "Climate change", version: 3,
          description: "Warming, and what to do about it.",
          keywords: ["climate", "global warming"],
          beliefs: [
            PackBelief(text: "Climate change is exaggerated."),
            PackBelief(
              text: "We must act now.", side: .for, reasons: ["The evidence is overwhelming."],
              replies: ["Look at the data."]),
          ],
          questions: [
            QuestionTemplate(
              kind: .inversion, text: "If {inverted}, what would you expect to see?"),
            QuestionTemplate(kind: .meta, text: "Why does this matter to you?"),
          ],
          terms: [
            PackTerm(
              term: "hoax",
              questions: [
                QuestionTemplate(kind: .clarification, text: "What would make something a hoax?")
              ])
          ]))
    #expect(pack.isForAnyBelief == false)
  }

  @Test(
    "each mistake is reported where it is, saying how to fix it",
    arguments: [
      (
        packHead + "questoins: []\n" + oneQuestion,
        ["4:1: unknown key 'questoins'; did you mean 'questions'?"]
      ),
      (
        packHead + "colour: blue\n" + oneQuestion,
        [
          "4:1: unknown key 'colour'; a pack's keys are id, title, version, description, "
            + "keywords, beliefs, questions, terms"
        ]
      ),
      (
        "id: climate\ntitle: Climate\nversion: one\n" + oneQuestion,
        ["3:10: 'version' must be a whole number, like 1"]
      ),
      (
        "id: climate\ntitle: Climate\nversion: '1'\n" + oneQuestion,
        ["3:10: 'version' must be a whole number, like 1, without quotes"]
      ),
      (
        "id: climate\nversion: 1\n" + oneQuestion,
        ["1:1: missing required field 'title'; add it, like 'title: Climate change'"]
      ),
      (
        packHead + "title: Again\n" + oneQuestion,
        ["4:1: duplicate key 'title' (first at line 2); keep only one of them"]
      ),
      (
        "id: Climate Change\ntitle: Climate\nversion: 1\n" + oneQuestion,
        [
          "1:5: the id 'Climate Change' may only have lowercase letters, digits and '-' "
            + "between them, like 'climate-change'"
        ]
      ),
      (
        "id: climate\ntitle:\nversion: 1\n" + oneQuestion,
        ["2:7: 'title' is empty; write it out, like 'Climate change'"]
      ),
      (
        "id: climate\ntitle: [a, b]\nversion: 1\n" + oneQuestion,
        ["2:8: 'title' must be text, like 'Climate change', not a list"]
      ),
      (
        packHead + "keywords: climate\n" + oneQuestion,
        ["4:11: 'keywords' must be a list, like [bitcoin, blockchain], not the text 'climate'"]
      ),
      (
        packHead + "keywords: [heat, Heat]\n" + oneQuestion,
        ["4:18: the keyword 'Heat' is listed twice (first at line 4)"]
      ),
      (
        packHead + "questions:\n  - kind: evidance\n    text: What makes you sure?\n",
        [
          "5:11: unknown kind 'evidance'; did you mean 'evidence'? The kinds are inversion, "
            + "clarification, assumptions, evidence, viewpoints, implications, meta"
        ]
      ),
      (
        packHead + "questions:\n  - kind: evidence\n    text: What about {clam} and {claim}?\n",
        [
          "6:22: unknown placeholder '{clam}'; did you mean '{claim}'? The placeholders are "
            + "{claim}, {inverted}, {topic}, {term}"
        ]
      ),
      (
        packHead + "questions:\n  - kind: evidence\n    text: \"Why {claim} and {whatever}?\"\n",
        [
          "6:28: unknown placeholder '{whatever}'; the placeholders are {claim}, {inverted}, "
            + "{topic}, {term}"
        ]
      ),
      (
        packHead + "questions:\n  - kind: evidence\n    text: Is it true that {claim}?\n",
        [
          "6:11: 'Is …' asks for a yes or a no; ask an open question instead, starting with "
            + "What, Why, How, Which, Who, Where or When"
        ]
      ),
      (
        packHead + "questions:\n  - kind: evidence\n    text: \"Don't you think so?\"\n",
        [
          "6:12: 'Don't …' presumes its answer; ask an open question instead, like "
            + "'What makes you think …?'"
        ]
      ),
      (
        packHead + "questions:\n  - kind: evidence\n    text: It is obvious, isn't it?\n",
        [
          "6:11: the question ends with ', isn't it?', which asks for agreement; ask an open "
            + "question instead"
        ]
      ),
      (
        packHead + "questions:\n  - kind: evidence\n    text: |\n      Why so.\n",
        ["7:7: a question ends with '?'; end this one with a question mark"]
      ),
      (
        packHead + "questions:\n  - kind: evidence\n",
        ["5:5: this question has no 'text'; add 'text:' with the question"]
      ),
      (
        packHead + "questions:\n  - What makes you sure?\n",
        [
          "5:5: each question needs a 'kind' and a 'text', written as '- kind: evidence' with "
            + "'text: …' under it"
        ]
      ),
      (
        packHead + "questions: []\n",
        ["4:12: 'questions' is empty; a pack needs at least one question"]
      ),
      (
        packHead + "beliefs:\n  - text: Warming is real.\n    side: agianst\n" + oneQuestion,
        [
          "6:11: unknown side 'agianst'; did you mean 'against'? A side is 'for' or 'against'"
        ]
      ),
      (
        packHead + "beliefs:\n  - side: for\n" + oneQuestion,
        ["5:5: this belief has no 'text'; add 'text:' with the belief in a sentence"]
      ),
      (
        packHead + "terms:\n  - term: two words\n    questions: [What is it?]\n" + oneQuestion,
        ["5:11: a term is one word, like 'scam'; 'two words' is not"]
      ),
      (
        packHead + "terms:\n  - term: hoax\n" + oneQuestion,
        ["5:5: this term has no 'questions'; add the clarifying questions to ask about it"]
      ),
      (
        packHead + "version: !!str 2\n" + oneQuestion,
        ["4:1: duplicate key 'version' (first at line 3); keep only one of them"]
      ),
      (
        "id: climate\ntitle: !!str Climate\nversion: 1\n" + oneQuestion,
        ["2:8: packs do not use YAML tags such as '!!str'; remove the tag"]
      ),
      (
        "",
        [
          "1:1: the pack is empty; start it with 'id:', 'title:', 'version:' and 'questions:', or run 'socratic packs new ID' for a template"
        ]
      ),
      (
        "- just\n- a list\n",
        [
          "1:1: a pack must be a mapping of keys to values (id, title, version, description, "
            + "keywords, beliefs, questions, terms), not a list"
        ]
      ),
    ])
  func reportsMistakes(yaml: String, expected: [String]) {
    #expect(problems(in: yaml) == expected)
  }

  @Test("every problem in a file is reported in one run, in the order of the file")
  func reportsEveryProblem() {
    let yaml = """
      id: climate
      titel: Climate
      version: x
      questions:
        - kind: evidance
          text: Do you agree
      """
    #expect(
      problems(in: yaml) == [
        "1:1: missing required field 'title'; add it, like 'title: Climate change'",
        "2:1: unknown key 'titel'; did you mean 'title'?",
        "3:10: 'version' must be a whole number, like 1",
        "5:11: unknown kind 'evidance'; did you mean 'evidence'? The kinds are inversion, "
          + "clarification, assumptions, evidence, viewpoints, implications, meta",
        "6:11: 'Do …' asks for a yes or a no; ask an open question instead, starting with "
          + "What, Why, How, Which, Who, Where or When",
        "6:11: a question ends with '?'; end this one with a question mark",
      ])
  }

  @Test("a file with a great many mistakes stops at the limit and says so")
  func stopsAtTheLimit() throws {
    let yaml = packHead + oneQuestion + (0..<500).map { "key\($0): value\n" }.joined()
    guard case .failure(let file) = PackReader.read(Array(yaml.utf8), path: "pack.yaml") else {
      Issue.record("a pack with 500 unknown keys was accepted")
      return
    }
    #expect(file.problems.count == PackReader.maximumProblems)
    #expect(file.hasMoreProblems)
    #expect(file.problemCount == "more than 100 problems")
    #expect(
      file.report.hasSuffix(
        "pack.yaml: stopped after the first 100 problems; fix these and check again"))
  }

  @Test("a byte order mark, as some editors write, is not part of the pack")
  func byteOrderMark() throws {
    let pack = try PackReader.read(
      [0xEF, 0xBB, 0xBF] + Array((packHead + oneQuestion).utf8), path: "p"
    )
    .get()
    #expect(pack.id == "climate")
    #expect(
      problems(in: "\u{FEFF}id: x\n") == [
        "1:1: missing required field 'title'; add it, like 'title: Climate change'",
        "1:1: missing required field 'version'; add it, like 'version: 1'",
        "1:1: missing required field 'questions'; add it, like 'questions: [{kind: evidence, text: What makes you sure?}]'",
      ])
  }

  @Test("a file that is not UTF-8 is refused at the first bad byte")
  func notUTF8() {
    var bytes = Array((packHead + "description: caf").utf8)
    bytes.append(0xE9)
    guard case .failure(let file) = PackReader.read(bytes, path: "pack.yaml") else {
      Issue.record("invalid UTF-8 was accepted")
      return
    }
    #expect(
      file.problems == [
        PackProblem(
          at: SourcePosition(line: 4, column: 17),
          "the file is not UTF-8 text; save it as UTF-8 in your editor")
      ])
  }
}

@Suite("A pack question's cost once filled is bounded")
struct PackQuestionCostTests {
  @Test(
    "a question that could fill past 4,000 characters is refused, naming the bound",
    arguments: [
      (3, nil), (4, "4,033 characters once its 4"),
      (149_458, "150,504,211 characters once its 149,458"),
    ])
  func placeholders(count: Int, growth: String?) {
    let text = "Why " + String(repeating: "{claim}", count: count) + "?"
    let yaml = packHead + "questions:\n  - kind: meta\n    text: \"\(text)\"\n"
    let expected = growth.map {
      [
        "6:12: this question could grow to \($0) placeholders are filled (each can be 1,000); "
          + "the most is 4,000: use fewer placeholders"
      ]
    }
    #expect(problems(in: yaml) == expected ?? [])
  }
}
