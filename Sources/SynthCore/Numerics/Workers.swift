/// How the host runs independent tasks at once, so the core stays free of threads.
///
/// The core cuts work into tasks that read shared inputs and write only their own result (a
/// column's tree, a permutation's propensity score, a pair's table), draws any randomness a task
/// needs before handing it out or from the task's own stream, and combines results in task
/// order. So the output is the same byte for byte whichever thread ran what, for any count, and
/// on the wasm module, which runs every task on its one thread.
public struct Workers {
  /// Threads the host may use at once; 1 runs every task on the calling thread, in order.
  public var count: Int
  /// Runs `body(0)`, …, `body(tasks - 1)`, each exactly once, on at most `threads` threads at
  /// once, and calls `finished(i)` on the calling thread, one call at a time, as task `i` ends (so
  /// progress can be reported from there); returns when all are done.
  public var run: (_ tasks: Int, _ threads: Int, _ body: (Int) -> Void, _ finished: (Int) -> Void) -> Void

  public init(count: Int, run: @escaping (_ tasks: Int, _ threads: Int, _ body: (Int) -> Void, _ finished: (Int) -> Void) -> Void) {
    self.count = max(count, 1)
    self.run = run
  }

  /// Every task on the calling thread, in order: the wasm module and tests.
  public static var serial: Workers {
    Workers(count: 1) { tasks, _, body, finished in
      for i in 0..<tasks {
        body(i)
        finished(i)
      }
    }
  }

  /// At most `threads` of the host's threads (`--threads`); nil keeps them all.
  func limited(to threads: Int?) -> Workers {
    guard let threads else { return self }
    var limited = self
    limited.count = max(1, min(threads, count))
    return limited
  }

  /// `body(i)` for every `i` in `0..<tasks`, in index order; `done` hears the share of tasks
  /// finished after each one, on the calling thread.
  func map<T>(_ tasks: Int, done: (Double) -> Void = { _ in }, _ body: (Int) -> T) -> [T] {
    guard tasks > 0 else { return [] }
    // Each task writes its own slot, so the threads share nothing they write.
    let slots = UnsafeMutablePointer<T?>.allocate(capacity: tasks)
    slots.initialize(repeating: nil, count: tasks)
    defer {
      slots.deinitialize(count: tasks)
      slots.deallocate()
    }
    var finished = 0
    run(tasks, min(count, tasks), { i in slots[i] = body(i) }) { _ in
      finished += 1
      done(Double(finished) / Double(tasks))
    }
    return (0..<tasks).map { slots[$0]! }
  }

  /// `body(i)` for every `i` in `0..<tasks`, for tasks that write their own results;
  /// `finished(i)` as for `run`.
  func forEach(_ tasks: Int, finished: (Int) -> Void = { _ in }, _ body: (Int) -> Void) {
    guard tasks > 0 else { return }
    run(tasks, min(count, tasks), body, finished)
  }
}
