// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "socratic",
  products: [
    .executable(name: "socratic", targets: ["socratic"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
  ],
  targets: [
    // GNU readline, from Debian's libreadline-dev. No `pkgConfig:` on purpose: readline.pc pulls
    // in tinfo's `-D_XOPEN_SOURCE=600`, which SwiftPM refuses with a warning on every build, and
    // the headers and library sit on the default paths anyway. shim.h names the package to
    // install when the headers are missing.
    .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
    // libyaml, from Debian's libyaml-dev: topic packs are read from its event stream, so every
    // node keeps its position and aliases, nesting and duplicate keys are checked as they are
    // parsed (see YAMLComposer).
    .systemLibrary(name: "CLibYAML", providers: [.apt(["libyaml-dev"])]),
    .target(name: "SocraticCore", dependencies: ["CLibYAML"]),
    .target(name: "SocraticTerminal", dependencies: ["SocraticCore", "CReadline"]),
    .executableTarget(
      name: "socratic",
      dependencies: [
        "SocraticCore",
        "SocraticTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // Fuzz targets for what reads untrusted input, and the inputs generated for them: run
    // briefly by SocraticFuzzingTests, at length by socratic-fuzz (README, Fuzzing).
    .target(name: "SocraticFuzzing", dependencies: ["SocraticCore"]),
    .executableTarget(name: "socratic-fuzz", dependencies: ["SocraticFuzzing"]),
    .executableTarget(
      name: "socratic-bench",
      dependencies: ["SocraticCore"],
      path: "Benchmarks/socratic-bench"
    ),
    // Reads and checks prompts/*.yaml and writes SocraticCore's BuiltInPacks.swift, so the
    // built-in packs live inside the binary, already read, wherever it is copied. Run it after
    // changing prompts/; a test fails while the two differ.
    .executableTarget(name: "pack-embedder", dependencies: ["SocraticCore"]),
    // Loads YAML with Yams for the front-matter test. A program of its own, not a test
    // dependency: Yams compiles in its own libyaml, which would shadow the system one the pack
    // reader links and so change what the tests exercise.
    .executableTarget(
      name: "yams-load",
      dependencies: [.product(name: "Yams", package: "Yams")],
      path: "Tests/Tools/yams-load"
    ),
    .testTarget(
      name: "SocraticCoreTests",
      dependencies: ["SocraticCore"],
      exclude: ["Transcript/Golden"],
      resources: [.process("Resources")]
    ),
    .testTarget(name: "SocraticTerminalTests", dependencies: ["SocraticTerminal"]),
    .testTarget(name: "SocraticFuzzingTests", dependencies: ["SocraticFuzzing"]),
    .testTarget(
      name: "EndToEndTests",
      dependencies: ["socratic"],
      // The pseudo-terminal driver the tests run with python3; not part of the build.
      exclude: ["Support/pty_driver.py"]
    ),
  ]
)
