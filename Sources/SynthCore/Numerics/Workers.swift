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

  /// Other module instances running the same command (the page's Web Workers), or nil.
  public var pool: Pool? = nil

  public init(count: Int, run: @escaping (_ tasks: Int, _ threads: Int, _ body: (Int) -> Void, _ finished: (Int) -> Void) -> Void) {
    self.count = max(count, 1)
    self.run = run
  }

  /// Every task here in order, except that `share`'s loops are split with the pool's other members.
  public static func pooled(_ pool: Pool) -> Workers {
    var workers = Workers.serial
    workers.pool = pool.members > 1 ? pool : nil
    return workers
  }

  /// True when every task runs here, one after another: tasks may then report their own progress.
  var isSerial: Bool { count == 1 && pool == nil }

  /// Module instances that run the same command on the same input at once, one per Web Worker
  /// (a wasm module has one thread). Each runs every step itself, except the tasks of a `share`
  /// loop: those go round the members, and each member hands the results of its own tasks to
  /// the others as bytes (`Portable`). As every member makes the same loops in the same order,
  /// a loop's number and a task's index name a result everywhere.
  public final class Pool {
    public let members: Int
    public let member: Int
    /// Hands this member's result of task `task` in loop `loop` to the others.
    let publish: (_ loop: Int, _ task: Int, _ bytes: [UInt8]) -> Void
    /// Waits for member `from`'s result of the task; nil when that member has failed or gone, and
    /// then this member computes the task itself.
    let receive: (_ from: Int, _ loop: Int, _ task: Int) -> [UInt8]?
    var loop = 0
    /// A shared task is running here: loops inside it stay here, since the others skip it.
    var inside = false

    public init(
      members: Int, member: Int, publish: @escaping (_ loop: Int, _ task: Int, _ bytes: [UInt8]) -> Void,
      receive: @escaping (_ from: Int, _ loop: Int, _ task: Int) -> [UInt8]?
    ) {
      self.members = max(members, 1)
      self.member = member
      self.publish = publish
      self.receive = receive
    }
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
    var ended = 0
    return collect(tasks, finished: { _ in
      ended += 1
      done(Double(ended) / Double(tasks))
    }, body)
  }

  /// `body(i)` for every `i` on the host's threads, in index order; `finished(i)` as for `run`.
  private func collect<T>(_ tasks: Int, finished: (Int) -> Void, _ body: (Int) -> T) -> [T] {
    guard tasks > 0 else { return [] }
    // Each task writes its own slot, so the threads share nothing they write.
    let slots = UnsafeMutablePointer<T?>.allocate(capacity: tasks)
    slots.initialize(repeating: nil, count: tasks)
    defer {
      slots.deinitialize(count: tasks)
      slots.deallocate()
    }
    run(tasks, min(count, tasks), { i in slots[i] = body(i) }, finished)
    return (0..<tasks).map { slots[$0]! }
  }

  /// As `map`, and in a pool the tasks are split between its members: each runs the tasks dealt
  /// to it (round the members in task order, so callers put the costliest first) and those for
  /// which `everywhere` is true (tasks whose results cannot travel, or that write results of
  /// their own), and receives the others' results. `finished(i)` as for `run`.
  func share<T: Portable>(_ tasks: Int, everywhere: (Int) -> Bool = { _ in false }, finished: (Int) -> Void = { _ in }, _ body: (Int) -> T) -> [T] {
    guard let pool, !pool.inside, tasks > 0 else { return collect(tasks, finished: finished, body) }
    pool.loop += 1
    let loop = pool.loop
    var owner = [Int](repeating: -1, count: tasks)
    var dealt = 0
    for i in 0..<tasks where !everywhere(i) {
      owner[i] = dealt % pool.members
      dealt += 1
    }
    func alone(_ i: Int) -> T {
      pool.inside = true
      defer { pool.inside = false }
      return body(i)
    }
    var slots = [T?](repeating: nil, count: tasks)
    for i in 0..<tasks where owner[i] < 0 || owner[i] == pool.member {
      if owner[i] < 0 {
        slots[i] = body(i)
      } else {
        let result = alone(i)
        var out = PortableWriter()
        result.write(to: &out)
        pool.publish(loop, i, out.bytes)
        slots[i] = result
      }
      finished(i)
    }
    for i in 0..<tasks where owner[i] >= 0 && owner[i] != pool.member {
      if let bytes = pool.receive(owner[i], loop, i) {
        var input = PortableReader(bytes)
        slots[i] = T(from: &input)
      } else {
        slots[i] = alone(i)
      }
      finished(i)
    }
    return slots.map { $0! }
  }
}
