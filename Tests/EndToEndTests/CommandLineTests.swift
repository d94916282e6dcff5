import SocraticCore
import Testing

@Suite("The command line")
struct CommandLineTests {
  @Test("--version prints the version and exits 0")
  func version() throws {
    let result = try SocraticProcess.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout == SocraticVersion.current + "\n")
  }

  @Test("--help leads with examples")
  func helpLeadsWithExamples() throws {
    let result = try SocraticProcess.run(["--help"])
    #expect(result.status == 0)
    let examples = try #require(result.stdout.range(of: "EXAMPLES:"))
    let usage = try #require(result.stdout.range(of: "USAGE:"))
    #expect(examples.lowerBound < usage.lowerBound)
  }

  @Test("an unknown option is bad usage: exit 64 with a message on stderr")
  func unknownOption() throws {
    let result = try SocraticProcess.run(["--frobnicate"])
    #expect(result.status == 64)
    #expect(result.stderr.contains("Unknown option '--frobnicate'"))
    #expect(result.stdout.isEmpty)
  }

  @Test(
    "ArgumentParser's own errors quote arguments without their escape sequences",
    arguments: [
      ["frob\u{1B}]52;c;aGk=\u{7}nicate"],
      ["explore", "--seed", "1\u{1B}]0;pwned\u{7}"],
      ["sessions", "export", "last", "--format", "md\u{1B}[2J"],
      ["explore", "--topic", "cryp\u{1B}]52;c;aGk=\u{1B}\\to"],
      ["invert", "--topic\u{9B}31m", "x"],
    ])
  func sanitizedUsageErrors(arguments: [String]) throws {
    let result = try SocraticProcess.run(arguments)
    #expect(result.status == 64)
    #expect(!result.stderr.isEmpty)
    #expect(!result.stderr.contains("\u{1B}"))
    #expect(!result.stderr.contains("\u{7}"))
    #expect(!result.stderr.contains("\u{9B}"))
    #expect(result.stdout.isEmpty)
  }

  @Test(
    "--data-dir and --no-color before a subcommand's name work as after it",
    arguments: [
      ["--data-dir", "DIR", "sessions", "list"],
      ["--no-color", "--data-dir=DIR", "sessions", "list"],
      ["--data-dir", "DIR", "--no-color", "sessions", "list"],
    ])
  func globalOptionsFirst(arguments: [String]) throws {
    let home = try SocraticProcess.temporaryFolder()
    let data = home.appendingPathComponent("logs-here")
    let typed = arguments.map {
      $0.replacingOccurrences(of: "DIR", with: data.path)
    }
    let explored = try SocraticProcess.run(
      ["explore", "--data-dir", data.path, "--belief", "Pies beat cakes."],
      stdin: "70\n/quit\n", home: home)
    #expect(explored.status == 0)
    let listed = try SocraticProcess.run(typed, home: home)
    #expect(listed.status == 0, "\(listed.stderr)")
    #expect(listed.stderr.isEmpty)
    #expect(listed.stdout.contains("Pies beat cakes"))
  }

  @Test(
    "A dialogue's own options before its name work as after it",
    arguments: [
      ["--seed", "3", "explore"],
      ["--seed=3", "--belief", "Pies beat cakes.", "explore"],
      ["--topic", "crypto", "--seed", "3", "drill"],
    ])
  func dialogueOptionsFirst(arguments: [String]) throws {
    let home = try SocraticProcess.temporaryFolder()
    let data = home.appendingPathComponent("logs-here").path
    let belief = arguments.contains("--belief") ? [] : ["--belief", "Pies beat cakes."]
    let extra = arguments.last == "drill" ? [] : belief
    let result = try SocraticProcess.run(
      arguments + ["--data-dir", data] + extra, stdin: "70\n/quit\n", home: home)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stderr.contains("Unexpected argument"))
  }

  @Test("A flag a subcommand takes, written before its name, works as after it")
  func flagFirst() throws {
    let home = try SocraticProcess.temporaryFolder()
    let result = try SocraticProcess.run(
      ["--stdin", "critique"], stdin: "What makes you say that?\n", home: home)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("open"))
  }

  @Test("An option the subcommand does not take, written before its name, is named as unknown")
  func foreignOptionFirst() throws {
    let home = try SocraticProcess.temporaryFolder()
    let result = try SocraticProcess.run(["--seed", "3", "stats"], home: home)
    #expect(result.status == 64)
    #expect(result.stderr.contains("--seed"))
    #expect(!result.stderr.contains("Unexpected argument 'stats'"))
  }

  @Test("--no-color before critique's text reads the text, not the option")
  func globalOptionBeforeCritique() throws {
    let home = try SocraticProcess.temporaryFolder()
    let result = try SocraticProcess.run(
      ["--no-color", "critique", "--json", "What makes you say that?"], home: home)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"form\""))
  }
}
