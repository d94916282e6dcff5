import Foundation
import SocraticCore

#if canImport(Glibc)
  import Glibc
#endif

enum PacksBenchmark {
  /// `packs-load`: the built-in packs plus 100 facilitator packs of 200 questions each, loaded
  /// from a folder as a session does. Target: ≤ 150 ms.
  static var load: Benchmark {
    Benchmark(
      name: "packs-load",
      summary: "load the built-ins and 100 packs of 200 questions from the user folder (≤ 150 ms)",
      run: runLoad)
  }

  /// `packs-hostile`: files made to hang or exhaust a YAML reader, each refused. Target: within
  /// 1 s and 50 MB each. Times are measured in process; time and memory also by running the
  /// built `socratic` binary on each file, when it sits next to this benchmark.
  static var hostile: Benchmark {
    Benchmark(
      name: "packs-hostile",
      summary: "refuse hostile packs: alias bombs, deep nesting, 1 MiB files (≤ 1 s, ≤ 50 MB each)",
      run: runHostile)
  }
}

private func runLoad() throws -> [String] {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("socratic-bench-packs-\(getpid())")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  var bytes = 0
  for index in 0..<100 {
    let text = FacilitatorPack.text(index: index, questions: 200)
    bytes += text.utf8.count
    try text.write(
      to: folder.appendingPathComponent("pack-\(index).yaml"), atomically: true, encoding: .utf8)
  }
  let clock = ContinuousClock()
  var library: PackLibrary?
  // The first load also reads the built-ins, which are then kept for the process.
  let cold = try clock.measure {
    library = try PackLibrary.load(userFolder: folder.path, packFiles: [])
  }
  let cpuBefore = cpuSeconds()
  let warm = try measure(iterations: 20, warmUp: 2) {
    library = try PackLibrary.load(userFolder: folder.path, packFiles: [])
  }
  // Processor time is less swayed than wall time by other work on a shared machine.
  let cpuPerLoad = (cpuSeconds() - cpuBefore) / 22
  let questions = library?.packs.reduce(0) { $0 + $1.pack.questions.count } ?? 0
  return [
    "\(library?.packs.count ?? 0) packs, \(questions) questions, \(bytes / 1024) KiB of YAML",
    "first load, built-ins included: \(format(nanoseconds(cold)))",
    "each later load: \(warm.description)",
    "processor time per load, all threads: \(format(cpuPerLoad * 1e9))",
    "peak memory: \(rounded(peakMemoryMiB())) MiB",
  ]
}

private func runHostile() throws -> [String] {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("socratic-bench-hostile-\(getpid())")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  let socratic = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("socratic").path
  let canSpawn =
    FileManager.default.isExecutableFile(atPath: socratic)
    && FileManager.default.isExecutableFile(atPath: "/usr/bin/time")
  var lines: [String] = []
  if !canSpawn {
    lines.append(
      "(memory is measured only with a release socratic beside this benchmark and GNU time: "
        + "swift build -c release; apt-get install time)")
  }
  for (name, text) in HostilePack.all {
    let path = folder.appendingPathComponent("\(name).yaml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    let bytes = Array(text.utf8)
    var verdict = ""
    let timings = measure(iterations: 5, warmUp: 1) {
      switch PackReader.read(bytes, path: name) {
      case .success: verdict = "accepted"
      case .failure(let file): verdict = (file.problems.first?.message.prefix(60) ?? "") + "…"
      }
    }
    var line = "\(name) (\(bytes.count / 1024) KiB): \(format(timings.median)) in process"
    if canSpawn, let run = spawn(socratic, ["packs", "validate", path]) {
      line += ", \(rounded(run.seconds * 1000)) ms and \(rounded(run.peakMiB)) MiB as a process"
    }
    lines.append(line + "; \(verdict)")
  }
  if canSpawn, let baseline = spawn(socratic, ["--version"]) {
    lines.append("for comparison, 'socratic --version': \(rounded(baseline.peakMiB)) MiB")
  }
  return lines
}

/// Runs a program to its end under GNU time, which forks it from a small process, and returns
/// its wall time and peak memory. (Measured from this process, a child's peak would include
/// this benchmark's own memory, which Linux carries across fork and exec.)
private func spawn(_ program: String, _ arguments: [String]) -> (seconds: Double, peakMiB: Double)?
{
  let time = "/usr/bin/time"
  guard FileManager.default.isExecutableFile(atPath: time) else { return nil }
  let report = FileManager.default.temporaryDirectory
    .appendingPathComponent("socratic-bench-time-\(getpid())").path
  defer { try? FileManager.default.removeItem(atPath: report) }
  let process = Process()
  process.executableURL = URL(fileURLWithPath: time)
  process.arguments = ["-f", "%e %M", "-o", report, program] + arguments
  process.standardOutput = FileHandle.nullDevice
  process.standardError = FileHandle.nullDevice
  guard (try? process.run()) != nil else { return nil }
  process.waitUntilExit()
  guard let text = try? String(contentsOfFile: report, encoding: .utf8) else { return nil }
  let fields = text.split(whereSeparator: \.isWhitespace).suffix(2).compactMap { Double($0) }
  guard fields.count == 2 else { return nil }
  return (fields[0], fields[1] / 1024)
}

/// User and system processor time this process has used, in seconds.
private func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
  return seconds(usage.ru_utime) + seconds(usage.ru_stime)
}

private func nanoseconds(_ duration: Duration) -> Double {
  Double(duration.components.seconds) * 1e9 + Double(duration.components.attoseconds) / 1e9
}

private func rounded(_ value: Double) -> String {
  String(format: "%.1f", value)
}

/// A realistic facilitator pack: a dozen beliefs, eight terms, and questions of every kind.
enum FacilitatorPack {
  static func text(index: Int, questions: Int) -> String {
    var lines = [
      "# A facilitator's pack for the benchmark.",
      "id: facilitator-\(index)",
      "title: Facilitator topic \(index)",
      "version: 1",
      "description: A workshop pack about topic number \(index), written by a facilitator.",
      "keywords: [topic\(index), subject\(index), theme number \(index)]",
      "beliefs:",
    ]
    for belief in 0..<12 {
      lines += [
        "  - text: Topic \(index) matters more than most people think, reason \(belief).",
        "    side: \(belief.isMultiple(of: 2) ? "for" : "against")",
        "    reasons: [It changed how my town works., People I trust say so.]",
      ]
    }
    lines.append("questions:")
    let kinds = QuestionKind.allCases
    for number in 0..<questions {
      let kind = kinds[number % kinds.count]
      let text =
        number.isMultiple(of: 3)
        ? "Why might it be that {inverted}, in the case of example number \(number)?"
        : "What would someone who disagrees with you about point \(number) say first?"
      lines += ["  - kind: \(kind.rawValue)", "    text: \(text)"]
    }
    lines.append("terms:")
    for term in 0..<8 {
      lines += [
        "  - term: word\(term)",
        "    questions:",
        "      - What do you mean by word\(term) here, exactly?",
        "      - Who would use word\(term) differently, and why?",
      ]
    }
    return lines.joined(separator: "\n") + "\n"
  }
}

/// Files built to make a YAML reader hang, run out of memory or overflow its stack.
enum HostilePack {
  static var all: [(String, String)] {
    [
      ("billion-laughs", laughs(keys: false)),
      ("billion-laughs-as-keys", laughs(keys: true)),
      ("nested-brackets-1mib", "q: " + String(repeating: "[", count: (1 << 20) - 4)),
      (
        "nested-blocks",
        "q:\n" + (1...1400).map { String(repeating: " ", count: $0) + "-\n" }.joined()
      ),
      ("over-1mib", "# " + String(repeating: "x", count: 1 << 20)),
      ("tiny-keys-1mib", fill { "k\($0): v\n" }),
      (
        "tiny-list-1mib",
        "id: t\ntitle: T\nversion: 1\nquestions: [{kind: meta, text: Why?}]\nkeywords:\n"
          + fill { "- k\($0)\n" }
      ),
      ("aliases-1mib", "a: &a x\nb: [" + fill { _ in "*a," } + "]\n"),
    ]
  }

  /// Lines from `line(n)` until just under 1 MiB.
  private static func fill(_ line: (Int) -> String) -> String {
    var text = ""
    var index = 0
    while true {
      let next = line(index)
      if text.utf8.count + next.utf8.count > (1 << 20) - 200 { return text }
      text += next
      index += 1
    }
  }

  private static func laughs(keys: Bool) -> String {
    var lines = [#"a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]"#]
    var previous = "a"
    for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
      lines.append(
        "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",")
          + "]")
      previous = name
    }
    if keys { lines.append("j: {? *i : 1, ? *h : 2}") }
    return lines.joined(separator: "\n") + "\n"
  }
}
