import Foundation
import SynthCore

/// The core's `Workers` on this machine's cores: up to `threads` threads each take the next task
/// from a shared counter until none is left. The core decides what a task is and in which order
/// they come; the output does not depend on which thread ran which.
enum NativeWorkers {
  static func make() -> Workers {
    let trace = TaskTrace(path: ProcessInfo.processInfo.environment["LOCALSYNTH_TASK_TRACE"])
    return Workers(count: ProcessInfo.processInfo.activeProcessorCount) { tasks, threads, body in
      withoutActuallyEscaping(body) { body in
        // The core hands out tasks that write only their own results (see `Workers`).
        let shared = Shared(body: body, seconds: trace == nil ? nil : .allocate(capacity: tasks))
        defer { shared.seconds?.deallocate() }
        DispatchQueue.concurrentPerform(iterations: max(1, min(threads, tasks))) { _ in
          while let i = shared.next.take(below: tasks) {
            guard let seconds = shared.seconds else { shared.body(i); continue }
            let start = ProcessInfo.processInfo.systemUptime
            shared.body(i)
            seconds[i] = ProcessInfo.processInfo.systemUptime - start
          }
        }
        if let seconds = shared.seconds { trace?.append(Array(seconds)) }
      }
    }
  }

  private struct Shared: @unchecked Sendable {
    let body: (Int) -> Void
    let seconds: UnsafeMutableBufferPointer<Double>?
    let next = Counter()
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
