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
}
