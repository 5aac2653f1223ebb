// The WebAssembly ABI of the core. JavaScript (web/core.mjs) fills in the arguments and input
// files, calls ls_run, and reads the outputs back; all memory it passes in comes from ls_alloc.
// An index out of range gives a null pointer and length 0, never a trap.
import SynthCore

nonisolated(unsafe) var pendingArguments: [String] = []
nonisolated(unsafe) var pendingInputs: [InputFile] = []
nonisolated(unsafe) var plannedPaths: [[UInt8]] = []
/// Index 0 is standard output, 1 standard error, then one entry per written file.
nonisolated(unsafe) var outputNames: [[UInt8]] = []
nonisolated(unsafe) var outputBytes: [[UInt8]] = []
/// This instance's place in a pool of instances that run the same command (the page's Web
/// Workers): 1 member runs alone.
nonisolated(unsafe) var poolMembers: Int32 = 1
nonisolated(unsafe) var poolMember: Int32 = 0

private func text(_ pointer: UnsafePointer<UInt8>?, _ length: Int32) -> String {
  guard let pointer, length > 0 else { return "" }
  return String(decoding: UnsafeBufferPointer(start: pointer, count: Int(length)), as: UTF8.self)
}

@_expose(wasm, "ls_alloc") @_cdecl("ls_alloc")
public func lsAlloc(_ size: Int32) -> UnsafeMutableRawPointer? {
  guard size >= 0 else { return nil }
  return UnsafeMutableRawPointer.allocate(byteCount: max(Int(size), 1), alignment: 16)
}

@_expose(wasm, "ls_free") @_cdecl("ls_free")
public func lsFree(_ pointer: UnsafeMutableRawPointer?) {
  pointer?.deallocate()
}

/// Forgets the arguments, inputs and outputs of the previous run (the host frees its own buffers).
@_expose(wasm, "ls_reset") @_cdecl("ls_reset")
public func lsReset() {
  pendingArguments = []
  pendingInputs = []
  plannedPaths = []
  outputNames = []
  outputBytes = []
  poolMembers = 1
  poolMember = 0
}

/// Makes the next ls_run member `member` of `members` instances that run the same command on the
/// same inputs and trade task results through the host's ls_pool_* imports.
@_expose(wasm, "ls_set_pool") @_cdecl("ls_set_pool")
public func lsSetPool(_ members: Int32, _ member: Int32) {
  guard members > 1, member >= 0, member < members else { return }
  poolMembers = members
  poolMember = member
}

@_expose(wasm, "ls_add_argument") @_cdecl("ls_add_argument")
public func lsAddArgument(_ pointer: UnsafePointer<UInt8>?, _ length: Int32) {
  pendingArguments.append(text(pointer, length))
}

/// Registers an input file; `data` must stay allocated until the next ls_reset. `status` follows InputFile.Status.
@_expose(wasm, "ls_add_input") @_cdecl("ls_add_input")
public func lsAddInput(_ path: UnsafePointer<UInt8>?, _ pathLength: Int32, _ data: UnsafePointer<UInt8>?, _ dataLength: Int32, _ status: Int32) {
  let bytes = UnsafeBufferPointer(start: data, count: data == nil ? 0 : Int(dataLength))
  pendingInputs.append(InputFile(path: text(path, pathLength), status: InputFile.Status(rawValue: status) ?? .unreadable, bytes: bytes))
}

/// The number of input files the pending arguments need; their paths via ls_input_path_*.
@_expose(wasm, "ls_plan") @_cdecl("ls_plan")
public func lsPlan() -> Int32 {
  plannedPaths = Engine.inputs(for: pendingArguments).map { Array($0.utf8) }
  return Int32(plannedPaths.count)
}

@_expose(wasm, "ls_input_path_ptr") @_cdecl("ls_input_path_ptr")
public func lsInputPathPointer(_ index: Int32) -> UnsafePointer<UInt8>? { pointer(plannedPaths, index) }

@_expose(wasm, "ls_input_path_len") @_cdecl("ls_input_path_len")
public func lsInputPathLength(_ index: Int32) -> Int32 { length(plannedPaths, index) }

/// Runs the pending command; returns its exit code.
@_expose(wasm, "ls_run") @_cdecl("ls_run")
public func lsRun() -> Int32 {
  var workers = Workers.serial
  if poolMembers > 1 {
    workers = .pooled(Workers.Pool(members: Int(poolMembers), member: Int(poolMember), publish: publishResult, receive: receiveResult))
  }
  let result = Engine.run(pendingArguments, inputs: pendingInputs, progress: reportProgress, clock: hostClock, output: deliverOutput, workers: workers)
  outputNames = [Array("<stdout>".utf8), Array("<stderr>".utf8)] + result.files.map { Array($0.path.utf8) }
  outputBytes = [result.stdout, result.stderr] + result.files.map { $0.bytes }
  return result.exitCode
}

@_expose(wasm, "ls_output_count") @_cdecl("ls_output_count")
public func lsOutputCount() -> Int32 { Int32(outputBytes.count) }

@_expose(wasm, "ls_output_name_ptr") @_cdecl("ls_output_name_ptr")
public func lsOutputNamePointer(_ index: Int32) -> UnsafePointer<UInt8>? { pointer(outputNames, index) }

@_expose(wasm, "ls_output_name_len") @_cdecl("ls_output_name_len")
public func lsOutputNameLength(_ index: Int32) -> Int32 { length(outputNames, index) }

@_expose(wasm, "ls_output_ptr") @_cdecl("ls_output_ptr")
public func lsOutputPointer(_ index: Int32) -> UnsafePointer<UInt8>? { pointer(outputBytes, index) }

@_expose(wasm, "ls_output_len") @_cdecl("ls_output_len")
public func lsOutputLength(_ index: Int32) -> Int32 { length(outputBytes, index) }

/// The start of buffer `index`, or null when there is no such buffer.
private func pointer(_ buffers: [[UInt8]], _ index: Int32) -> UnsafePointer<UInt8>? {
  guard buffers.indices.contains(Int(index)) else { return nil }
  return buffers[Int(index)].withUnsafeBufferPointer { $0.baseAddress }
}

private func length(_ buffers: [[UInt8]], _ index: Int32) -> Int32 {
  buffers.indices.contains(Int(index)) ? Int32(buffers[Int(index)].count) : 0
}

/// Hands a finished output to the host at once, so a later trap cannot lose it.
private func deliverOutput(_ path: String, _ bytes: [UInt8]) {
  var name = Array(path.utf8), data = bytes
  name.withUnsafeMutableBufferPointer { n in
    data.withUnsafeMutableBufferPointer { d in hostOutputFile(n.baseAddress, Int32(n.count), d.baseAddress, Int32(d.count)) }
  }
}

private func reportProgress(_ stage: String, _ fraction: Double) {
  var bytes = Array(stage.utf8)
  bytes.withUnsafeMutableBufferPointer { hostProgress($0.baseAddress, Int32($0.count), fraction) }
}

private func publishResult(_ loop: Int, _ task: Int, _ bytes: [UInt8]) {
  var data = bytes
  data.withUnsafeMutableBufferPointer {
    hostPoolPublish(Int32(truncatingIfNeeded: loop), Int32(truncatingIfNeeded: task), $0.baseAddress, Int32(truncatingIfNeeded: $0.count))
  }
}

/// Another member's result, or nil when the pool failed (then this instance computes it).
private func receiveResult(_ from: Int, _ loop: Int, _ task: Int) -> [UInt8]? {
  let length = hostPoolWait(Int32(truncatingIfNeeded: from), Int32(truncatingIfNeeded: loop), Int32(truncatingIfNeeded: task))
  guard length >= 0 else { return nil }
  var bytes = [UInt8](repeating: 0, count: Int(length))
  bytes.withUnsafeMutableBufferPointer { hostPoolTake($0.baseAddress, length) }
  return bytes
}
