// Runtime hooks that only the Embedded Swift build lacks, and the host's progress, clock and pool imports.
// Natively, libswiftCore provides the hooks and the progress callback is a no-op.
#if hasFeature(Embedded)
@_extern(c, "strtod") func c_strtod(_ s: UnsafePointer<CChar>, _ end: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Double
@_extern(c, "strtof") func c_strtof(_ s: UnsafePointer<CChar>, _ end: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Float
@_extern(c, "strlen") func c_strlen(_ s: UnsafePointer<CChar>) -> Int

/// The host's progress callback (`env.ls_progress`): stage name as UTF-8 and a fraction from 0 to 1.
@_extern(c, "ls_progress") func hostProgress(_ stage: UnsafeMutablePointer<UInt8>?, _ length: Int32, _ fraction: Double)

/// The host's handler for an output finished during the run (`env.ls_output_file`): path and
/// bytes as UTF-8; it copies them out before returning.
@_extern(c, "ls_output_file")
func hostOutputFile(_ path: UnsafeMutablePointer<UInt8>?, _ pathLength: Int32, _ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int32)

/// The host's clock in seconds (`env.ls_clock`), read only for `--timing`.
@_extern(c, "ls_clock") func hostClock() -> Double

/// The exchange of a pool of module instances (web/core.mjs; `Workers.Pool`): hand this
/// member's result of a task to the others; wait for another member's (its length, or -1 when
/// the pool has failed); copy the awaited result out.
@_extern(c, "ls_pool_publish") func hostPoolPublish(_ loop: Int32, _ task: Int32, _ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int32)
@_extern(c, "ls_pool_wait") func hostPoolWait(_ from: Int32, _ loop: Int32, _ task: Int32) -> Int32
@_extern(c, "ls_pool_take") func hostPoolTake(_ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int32)

private func isSignalingNaN(_ p: UnsafePointer<CChar>) -> Bool {
  var q = p
  if q[0] == 45 || q[0] == 43 { q += 1 }
  return (q[0] | 32) == 115 && (q[1] | 32) == 110 && (q[2] | 32) == 97 && (q[3] | 32) == 110 && q[4] == 0
}

/// Double(String) calls this; it mirrors the native runtime: "snan" first, then C-locale strtod.
@_cdecl("_swift_stdlib_strtod_clocale")
func strtodHook(_ text: UnsafePointer<CChar>, _ out: UnsafeMutablePointer<Double>) -> UnsafePointer<CChar>? {
  if isSignalingNaN(text) { out.pointee = Double(bitPattern: 0x7FF4_0000_0000_0000); return text + c_strlen(text) }
  var end: UnsafeMutablePointer<CChar>? = nil
  out.pointee = c_strtod(text, &end)
  return UnsafePointer(end)
}

@_cdecl("_swift_stdlib_strtof_clocale")
func strtofHook(_ text: UnsafePointer<CChar>, _ out: UnsafeMutablePointer<Float>) -> UnsafePointer<CChar>? {
  if isSignalingNaN(text) { out.pointee = Float(bitPattern: 0x7FA0_0000); return text + c_strlen(text) }
  var end: UnsafeMutablePointer<CChar>? = nil
  out.pointee = c_strtof(text, &end)
  return UnsafePointer(end)
}

/// Hasher seeds itself from here. A fixed seed drops the WASI random_get import; no output depends
/// on hash order, so this changes nothing but the module's imports.
@_cdecl("arc4random_buf")
func fixedRandomBytes(_ buffer: UnsafeMutableRawPointer, _ count: Int) {
  for i in 0..<count { buffer.storeBytes(of: UInt8(truncatingIfNeeded: 0x5A &+ i &* 31), toByteOffset: i, as: UInt8.self) }
}
#else
func hostProgress(_ stage: UnsafeMutablePointer<UInt8>?, _ length: Int32, _ fraction: Double) {}
func hostOutputFile(_ path: UnsafeMutablePointer<UInt8>?, _ pathLength: Int32, _ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int32) {}
func hostClock() -> Double { .nan }
func hostPoolPublish(_ loop: Int32, _ task: Int32, _ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int32) {}
func hostPoolWait(_ from: Int32, _ loop: Int32, _ task: Int32) -> Int32 { -1 }
func hostPoolTake(_ bytes: UnsafeMutablePointer<UInt8>?, _ length: Int32) {}
#endif
