import Foundation
import SynthCore

/// The core's `Workers` on this machine's cores: up to `threads` threads each take the next task
/// from a shared counter until none is left. The core decides what a task is and in which order
/// they come; the output does not depend on which thread ran which.
enum NativeWorkers {
  static func make() -> Workers {
    let trace = TaskTrace(path: ProcessInfo.processInfo.environment["LOCALSYNTH_TASK_TRACE"])
    return Workers(count: ProcessInfo.processInfo.activeProcessorCount) { tasks, threads, body, finished in
      withoutActuallyEscaping(body) { body in
        // The core hands out tasks that write only their own results (see `Workers`).
        let shared = Shared(body: body, seconds: trace == nil ? nil : .allocate(capacity: tasks))
        defer { shared.seconds?.deallocate() }
        // Threads of their own, not a shared pool: a task that itself waits for tasks never
        // waits for a pool that its siblings fill.
        let group = DispatchGroup()
        for _ in 0..<max(1, min(threads, tasks)) {
          group.enter()
          let thread = Thread {
            while let i = shared.next.take(below: tasks) {
              let start = ProcessInfo.processInfo.systemUptime
              shared.body?(i)
              shared.seconds?[i] = ProcessInfo.processInfo.systemUptime - start
              shared.ended.push(i)
            }
            group.leave()
          }
          // Tree fits recurse through explicit stacks, but sorts and the report want room.
          thread.stackSize = 16 << 20
          thread.start()
        }
        // This thread hears each task's end, in the order they end.
        for _ in 0..<tasks { finished(shared.ended.pop()) }
        group.wait()
        shared.body = nil
        if let seconds = shared.seconds { trace?.append(Array(seconds)) }
      }
    }
  }

  private final class Shared: @unchecked Sendable {
    /// Dropped before `run` returns: the threads' blocks outlive the call that lent it.
    var body: ((Int) -> Void)?
    let seconds: UnsafeMutableBufferPointer<Double>?
    let next = Counter()

    init(body: @escaping (Int) -> Void, seconds: UnsafeMutableBufferPointer<Double>?) {
      self.body = body
      self.seconds = seconds
    }
    let ended = Ended()
  }

  /// Tasks that ended, handed from the threads to the calling thread.
  private final class Ended: @unchecked Sendable {
    private let condition = NSCondition()
    private var queue: [Int] = []
    private var head = 0

    func push(_ i: Int) {
      condition.lock()
      queue.append(i)
      condition.signal()
      condition.unlock()
    }

    func pop() -> Int {
      condition.lock()
      defer { condition.unlock() }
      while head == queue.count { condition.wait() }
      head += 1
      return queue[head - 1]
    }
  }

  private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
      lock.lock()
      defer { lock.unlock() }
      guard value < limit else { return nil }
      value += 1
      return value - 1
    }
  }
}

/// `LOCALSYNTH_TASK_TRACE=FILE`: one line per parallel loop with each task's seconds, in task
/// order, so `scripts/bench.sh` can work out what more cores than this machine has would give.
final class TaskTrace: @unchecked Sendable {
  private let handle: FileHandle

  init?(path: String?) {
    guard let path, !path.isEmpty, FileManager.default.createFile(atPath: path, contents: nil),
      let handle = FileHandle(forWritingAtPath: path)
    else { return nil }
    self.handle = handle
  }

  func append(_ seconds: [Double]) {
    handle.write(Data((seconds.map { String($0) }.joined(separator: " ") + "\n").utf8))
  }
}
