import SocraticCore
import Testing

@Suite("Slash commands")
struct SlashCommandTests {
  @Test(
    "a slash and letters as the first word is a command; its argument is the rest, trimmed",
    arguments: [
      ("/quit", SlashCommand(name: "quit")),
      ("  /QUIT  ", SlashCommand(name: "quit")),
      ("/quit ", SlashCommand(name: "quit")),
      (
        "/note I assume  prices rise ",
        SlashCommand(name: "note", argument: "I assume  prices rise")
      ),
      ("/note\tline one\nline two", SlashCommand(name: "note", argument: "line one\nline two")),
      ("/export ~/my notes.md", SlashCommand(name: "export", argument: "~/my notes.md")),
      ("/café", SlashCommand(name: "café")),
    ])
  func command(line: String, expected: SlashCommand) {
    #expect(SlashCommand.parse(line) == expected)
  }

  @Test(
    "anything else is text, so beliefs and answers may start with a slash",
    arguments: [
      "/r/crypto is a scam", "/5 of them", "/", "// comment", "quit", "a /quit", "/quit!",
    ])
  func notACommand(line: String) {
    #expect(SlashCommand.parse(line) == nil)
  }

  @Test("a command a mode does not have is refused, naming the closest one it has")
  func unknown() {
    let catalog = CommandCatalog(SharedCommand.allCases.map(\.spec))
    #expect(
      catalog.unknownCommandNotice(SlashCommand(name: "skip"))
        == "There is no /skip command; /help lists the commands.")
    #expect(
      catalog.unknownCommandNotice(SlashCommand(name: "qiut"))
        == "There is no /qiut command. Did you mean /quit? /help lists the commands.")
    #expect(catalog.completions == ["/help", "/note", "/summary", "/export", "/quit"])
  }
}

@Suite("Confidence ratings")
struct ConfidenceRatingTests {
  @Test(
    "a whole number from 0 to 100, with or without %",
    arguments: [("0", 0), ("100", 100), ("80%", 80), (" 7 % ", 7), ("007", 7)])
  func valid(text: String, value: Int) {
    #expect(ConfidenceRating.read(text) == .success(value))
  }

  @Test(
    "a number said with hedges is still the number",
    arguments: [
      ("80 i guess", 80), ("like 70", 70), ("60 like i said", 60), ("maybe 55 percent", 55),
      ("idk, 40%?", 40), ("70ish", 70), ("about 90 out of 100", 90), ("still 65 I think", 65),
      ("70. i told you already", 70), ("80? maybe 75 idk", 75), ("60, no, more like 50", 50),
      ("100 obviously", 100), ("definitely 90", 90), ("easily 85 tbh", 85),
      ("oh about 80 i should think", 80), ("i'd put it at 65", 65), ("call it 70", 70),
      ("go with 80", 80), ("put it around 60", 60),
    ])
  func hedged(text: String, value: Int) {
    #expect(ConfidenceRating.read(text) == .success(value))
  }

  @Test(
    "anything else says what is expected",
    arguments: [
      ("", ConfidenceProblem.notANumber), ("%", .notANumber), ("8 0", .notANumber),
      ("٨٠", .notANumber), ("101", .outOfRange(text: "101")), ("-1", .outOfRange(text: "-1")),
      ("1e2", .notANumber), ("80 but only for cities", .notANumber), ("like 70 or 80", .notANumber),
      ("maybe 150", .outOfRange(text: "150")), ("i should call you at 6", .notANumber),
    ])
  func invalid(text: String, problem: ConfidenceProblem) {
    #expect(ConfidenceRating.read(text) == .failure(problem))
  }
}
