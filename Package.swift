// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "socratic",
  products: [
    .executable(name: "socratic", targets: ["socratic"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    // GNU readline, from Debian's libreadline-dev. No `pkgConfig:` on purpose: readline.pc pulls
    // in tinfo's `-D_XOPEN_SOURCE=600`, which SwiftPM refuses with a warning on every build, and
    // the headers and library sit on the default paths anyway. shim.h names the package to
    // install when the headers are missing.
    .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
    .target(name: "SocraticCore"),
    .target(name: "SocraticTerminal", dependencies: ["SocraticCore", "CReadline"]),
    .executableTarget(
      name: "socratic",
      dependencies: [
        "SocraticCore",
        "SocraticTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .executableTarget(
      name: "socratic-bench",
      dependencies: ["SocraticCore"],
      path: "Benchmarks/socratic-bench"
    ),
    .testTarget(
      name: "SocraticCoreTests", dependencies: ["SocraticCore"], resources: [.process("Resources")]),
    .testTarget(name: "SocraticTerminalTests", dependencies: ["SocraticTerminal"]),
    .testTarget(name: "EndToEndTests", dependencies: ["socratic"]),
  ]
)
