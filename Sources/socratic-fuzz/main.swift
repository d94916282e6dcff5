import SocraticFuzzing

#if canImport(Glibc)
  import Glibc
#endif

// `socratic-fuzz TARGET [--runs N] [--seed S] [--trace]`: feeds N generated inputs to a fuzz
// target (belief, critic, log-line, pack) and reports how many ran. A crash stops the process
// with its trap; rerun with the same seed and --trace, which writes each input to standard
// error before it runs, to see the input that crashed. Built with `-Xswiftc -sanitize=fuzzer
// -Xswiftc -DFUZZING`, it hands the target to libFuzzer instead (see README, Fuzzing).

#if FUZZING
  @_silgen_name("LLVMFuzzerRunDriver")
  func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
  ) -> Int32

  /// The target libFuzzer drives, from SOCRATIC_FUZZ_TARGET; a C callback cannot capture it.
  nonisolated(unsafe) var fuzzedTarget = FuzzTarget.belief

  guard let name = getenv("SOCRATIC_FUZZ_TARGET").map({ String(cString: $0) }),
    let target = FuzzTarget(rawValue: name)
  else {
    print("Set SOCRATIC_FUZZ_TARGET to one of: belief, critic, log-line, pack.")
    exit(64)
  }
  fuzzedTarget = target
  var argc = CommandLine.argc
  var argv = CommandLine.unsafeArgv
  exit(
    runFuzzerDriver(&argc, &argv) { data, size in
      fuzzedTarget.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
      return 0
    })
#else
  var arguments = CommandLine.arguments.dropFirst()
  guard let name = arguments.popFirst(), let target = FuzzTarget(rawValue: name) else {
    print("usage: socratic-fuzz belief|critic|log-line|pack [--runs N] [--seed S] [--trace]")
    exit(64)
  }
  var runs = 1_000_000
  var seed: UInt64 = 1
  var isTracing = false
  while let option = arguments.popFirst() {
    if option == "--trace" {
      isTracing = true
      continue
    }
    switch (option, arguments.popFirst()) {
    case ("--runs", let value?) where Int(value) != nil: runs = Int(value)!
    case ("--seed", let value?) where UInt64(value) != nil: seed = UInt64(value)!
    default:
      print("socratic-fuzz: unknown option \(option)")
      exit(64)
    }
  }
  var start = timespec()
  clock_gettime(CLOCK_MONOTONIC, &start)
  for (index, input) in FuzzInputs(for: target, seed: seed).prefix(runs).enumerated() {
    if isTracing {
      let text = String(decoding: input, as: UTF8.self).debugDescription
      let line = Array("\(index + 1): \(text)\n".utf8)
      _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
    target.run(input)
  }
  var end = timespec()
  clock_gettime(CLOCK_MONOTONIC, &end)
  let seconds = Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
  print("\(target.rawValue): \(runs) inputs (seed \(seed)) without a crash in \(seconds) s")
#endif
