print("socratic-bench: no benchmarks yet")
