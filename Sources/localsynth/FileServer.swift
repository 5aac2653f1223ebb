import Foundation
import SynthCore

#if canImport(Glibc)
  import Glibc
#endif

/// `localsynth serve [DIR] [--port 8080] [--host 127.0.0.1]`: a small static file server for the
/// web app, on POSIX sockets. GET and HEAD only, nothing outside DIR, the page's security headers
/// on every answer, and a clean stop on Ctrl-C.
///
/// A slow or idle client must not block anyone else: one thread reads every request head with
/// poll(), so a waiting connection costs a descriptor and a buffer, not a thread; a head must be
/// complete within 10 seconds in all (slowloris), and a fixed pool of workers sends the answers.
enum FileServer {
  static let usage = """
    OVERVIEW: Serve a folder (the built web app, dist/) over HTTP on this machine.

    USAGE: localsynth serve [DIR] [--port N] [--host ADDRESS]

    DIR defaults to the current folder. Only files inside DIR are served (no listings, no hidden
    files); the answers carry the web app's Content-Security-Policy. Stop with Ctrl-C.

    OPTIONS:
      --port N          TCP port (default: 8080; 0 picks a free one).
      --host ADDRESS    Address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 for
                        every network interface).
      -h, --help        Show this help.

    """

  /// The web app's policy: its own origin only, plus compiling WebAssembly. Inline styles are
  /// allowed for the report's chart colours; blob: for the worker of the one-file build and for
  /// downloads.
  static let contentSecurityPolicy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'"

  struct Options {
    var root = "."
    var port: UInt16 = 8080
    var host = "127.0.0.1"
  }

  static func main(_ words: [String]) -> Int32 {
    var options = Options()
    var rootGiven = false
    var i = 0
    func fail(_ message: String) -> Int32 {
      FileHandle.standardError.write(Data("localsynth: error: \(message)\nRun 'localsynth serve --help' for its options.\n".utf8))
      return 2
    }
    while i < words.count {
      let word = words[i]
      switch word {
      case "-h", "--help":
        FileHandle.standardOutput.write(Data(usage.utf8))
        return 0
      case "--port", "--host":
        guard i + 1 < words.count else { return fail("option '\(word)' needs a value") }
        let value = words[i + 1]
        if word == "--port" {
          guard let port = UInt16(value) else { return fail("option '--port' needs a port number from 0 to 65535, not '\(value)'") }
          options.port = port
        } else {
          options.host = value
        }
        i += 2
      default:
        guard !word.hasPrefix("-"), !rootGiven else { return fail(word.hasPrefix("-") ? "unknown option '\(word)'" : "one folder to serve, not '\(options.root)' and '\(word)'") }
        options.root = word
        rootGiven = true
        i += 1
      }
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: options.root, isDirectory: &isDirectory), isDirectory.boolValue else {
      FileHandle.standardError.write(Data("localsynth: error: \(options.root): no such folder; build the web app with scripts/build-web.sh, or name a folder\n".utf8))
      return 1
    }
    do {
      try Server(options).run()
      return 0
    } catch {
      FileHandle.standardError.write(Data("localsynth: error: \(error.message)\n".utf8))
      return 1
    }
  }
}

struct ServerError: Error {
  var message: String
}

/// Set by the signal handler; the accept loop polls it.
nonisolated(unsafe) private var stopRequested: sig_atomic_t = 0

final class Server: @unchecked Sendable {
  let options: FileServer.Options
  /// The served folder with symbolic links resolved, ending in "/".
  let root: String

  init(_ options: FileServer.Options) {
    self.options = options
    let resolved = realpath(options.root, nil).map { pointer -> String in
      defer { free(pointer) }
      return String(cString: pointer)
    } ?? options.root
    root = resolved.hasSuffix("/") ? resolved : resolved + "/"
  }

  func run() throws(ServerError) {
    signal(SIGPIPE, SIG_IGN)
    signal(SIGINT) { _ in stopRequested = 1 }
    signal(SIGTERM) { _ in stopRequested = 1 }
    let listener = try listen()
    defer { close(listener) }
    var address = sockaddr_storage()
    var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
    _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
    let port = address.ss_family == sa_family_t(AF_INET6)
      ? withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin6_port) } }
      : withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt16(bigEndian: $0.pointee.sin_port) } }
    let shownHost = options.host.contains(":") ? "[\(options.host)]" : options.host
    FileHandle.standardOutput.write(Data("Serving \(options.root) at http://\(shownHost):\(port)/ (Ctrl-C to stop)\n".utf8))
    Self.raiseDescriptorLimit()
    _ = fcntl(listener, F_SETFL, fcntl(listener, F_GETFL) | O_NONBLOCK)
    let work = WorkQueue()
    for _ in 0..<Self.workers {
      let thread = Thread { [self] in
        while let (client, head) = work.take() {
          self.answer(client, head: head)
          close(client)
        }
      }
      thread.stackSize = 512 * 1024
      thread.start()
    }
    var waiting: [Pending] = []
    while stopRequested == 0 {
      var fds = [pollfd(fd: listener, events: Int16(POLLIN), revents: 0)] + waiting.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
      _ = poll(&fds, nfds_t(fds.count), 200)
      let now = Self.seconds()
      // Requests that are complete go to a worker; late, oversized or closed ones are answered here.
      var still: [Pending] = []
      for (i, var pending) in waiting.enumerated() {
        if fds[i + 1].revents != 0 {
          switch pending.read() {
          case .complete(let head): work.put(pending.fd, head); continue
          case .tooLarge: Self.refuse(pending.fd, status: 431); continue
          case .closed: close(pending.fd); continue
          case .more: break
          }
        }
        if now > pending.deadline { Self.refuse(pending.fd, status: 408); continue }
        still.append(pending)
      }
      waiting = still
      guard fds[0].revents != 0 else { continue }
      while true {
        let client = accept(listener, nil, nil)
        if client < 0 {
          // Out of descriptors: wait for some to close rather than spin.
          if errno == EMFILE || errno == ENFILE { usleep(50_000) }
          break
        }
        guard waiting.count < Self.maxWaiting else { Self.refuse(client, status: 503); continue }
        _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) | O_NONBLOCK)
        waiting.append(Pending(fd: client, deadline: now + Self.headSeconds))
      }
    }
    FileHandle.standardOutput.write(Data("Stopped.\n".utf8))
  }

  /// Seconds a client has to send its whole request head.
  static let headSeconds = 10.0
  /// Connections waiting for their head at once; beyond, 503 at once.
  static let maxWaiting = 4096
  /// Threads that send answers (files are small and local; a slow reader costs one for at most
  /// `sendSeconds` per chunk).
  static let workers = 16
  static let sendSeconds = 10

  static func seconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }

  /// Many held connections need many descriptors: the soft limit goes up to the hard one.
  static func raiseDescriptorLimit() {
    var limit = rlimit()
    guard getrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit) == 0, limit.rlim_cur < limit.rlim_max else { return }
    limit.rlim_cur = limit.rlim_max
    _ = setrlimit(Int32(RLIMIT_NOFILE.rawValue), &limit)
  }

  /// Answers a refusal without waiting on the client, and closes.
  static func refuse(_ client: Int32, status: Int) {
    let body = "\(status) \(reasons[status] ?? "Error")\n"
    let bytes = Array((plainHeaders(status: status, length: body.utf8.count) + body).utf8)
    _ = bytes.withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
    close(client)
  }

  private func listen() throws(ServerError) -> Int32 {
    var hints = addrinfo()
    hints.ai_family = AF_UNSPEC
    hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
    hints.ai_flags = AI_PASSIVE | AI_NUMERICHOST
    var result: UnsafeMutablePointer<addrinfo>? = nil
    guard getaddrinfo(options.host, String(options.port), &hints, &result) == 0, let info = result else {
      throw ServerError(message: "--host '\(options.host)' is not an IP address (e.g. 127.0.0.1, ::1 or 0.0.0.0)")
    }
    defer { freeaddrinfo(result) }
    let listener = socket(info.pointee.ai_family, Int32(SOCK_STREAM.rawValue), 0)
    guard listener >= 0 else { throw ServerError(message: "cannot open a socket (\(String(cString: strerror(errno))))") }
    var yes: Int32 = 1
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    guard bind(listener, info.pointee.ai_addr, info.pointee.ai_addrlen) == 0 else {
      let reason = String(cString: strerror(errno))
      close(listener)
      throw ServerError(message: "cannot listen on \(options.host) port \(options.port) (\(reason)); choose another with --port")
    }
    guard Glibc.listen(listener, 128) == 0 else {
      close(listener)
      throw ServerError(message: "cannot listen on port \(options.port) (\(String(cString: strerror(errno))))")
    }
    return listener
  }

  // MARK: One connection

  /// Answers one complete request head (on a worker thread).
  private func answer(_ client: Int32, head: String?) {
    _ = fcntl(client, F_SETFL, fcntl(client, F_GETFL) & ~O_NONBLOCK)
    var timeout = timeval(tv_sec: Self.sendSeconds, tv_usec: 0)
    setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    guard let head else { return respond(client, status: 400, head: false) }
    // Lines end in CRLF, or in a bare LF from lenient clients.
    // (Split as bytes: in a Swift String "\r\n" is one Character, not a "\n".)
    let lines = head.utf8.split(separator: 10, omittingEmptySubsequences: false).map { line in
      String(decoding: line.last == 13 ? line.dropLast() : line, as: UTF8.self)
    }
    let parts = lines.first?.split(separator: " ", omittingEmptySubsequences: false) ?? []
    guard parts.count == 3, parts[2].hasPrefix("HTTP/1.") else { return respond(client, status: 400, head: false) }
    let method = String(parts[0])
    guard method == "GET" || method == "HEAD" else { return respond(client, status: 405, head: false) }
    let isHead = method == "HEAD"
    switch resolve(String(parts[1])) {
    case .failure(let status): respond(client, status: status, head: isHead)
    case .success(let file, let name): sendFile(client, path: file, type: Self.contentType(name), head: isHead)
    }
  }



  /// The file to send (symbolic links resolved) and the name it was asked by, which gives its type.
  enum Resolution { case success(file: String, name: String), failure(Int) }

  /// The file a request target names inside the root: 400 for a malformed target, 403 for one
  /// that leaves the root (`..`, a symbolic link out), 404 for a missing or hidden file.
  func resolve(_ target: String) -> Resolution {
    guard target.hasPrefix("/") else { return .failure(400) }
    var path = Substring(target)
    if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
    guard let decoded = Self.percentDecoded(String(path)), !decoded.contains("\0") else { return .failure(400) }
    let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
    if segments.contains(where: { $0 == ".." || $0.contains("\\") }) { return .failure(403) }
    if segments.contains(where: { $0.hasPrefix(".") }) { return .failure(404) }
    var file = root + segments.joined(separator: "/")
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else { return .failure(404) }
    if isDirectory.boolValue {
      file += file.hasSuffix("/") ? "index.html" : "/index.html"
      guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue else { return .failure(404) }
    }
    guard let real = realpath(file, nil) else { return .failure(404) }
    defer { free(real) }
    guard String(cString: real).hasPrefix(root) else { return .failure(403) }
    return .success(file: String(cString: real), name: file)
  }

  static func percentDecoded(_ text: String) -> String? {
    var bytes: [UInt8] = []
    var utf8 = Array(text.utf8)[...]
    while let byte = utf8.popFirst() {
      guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
      guard utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) else { return nil }
      bytes.append(value)
      utf8 = utf8.dropFirst(2)
    }
    return String(validating: bytes, as: UTF8.self)
  }

  static func contentType(_ path: String) -> String {
    let ext = path.split(separator: ".").last.map { $0.lowercased() } ?? ""
    switch ext {
    case "html", "htm": return "text/html; charset=utf-8"
    case "js", "mjs": return "text/javascript; charset=utf-8"
    case "css": return "text/css; charset=utf-8"
    case "wasm": return "application/wasm"
    case "csv": return "text/csv; charset=utf-8"
    case "json": return "application/json"
    case "svg": return "image/svg+xml"
    case "png": return "image/png"
    case "pdf": return "application/pdf"
    case "txt", "md": return "text/plain; charset=utf-8"
    case "ico": return "image/x-icon"
    case "ttf": return "font/ttf"
    default: return "application/octet-stream"
    }
  }

  static let reasons = [
    200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 408: "Request Timeout",
    431: "Request Header Fields Too Large", 500: "Internal Server Error", 503: "Service Unavailable",
  ]

  static func plainHeaders(status: Int, length: Int) -> String {
    "HTTP/1.1 \(status) \(reasons[status] ?? "Error")\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: \(length)\r\nConnection: close\r\n\r\n"
  }

  private func headers(status: Int, type: String, length: Int) -> String {
    var text = "HTTP/1.1 \(status) \(Self.reasons[status] ?? "Error")\r\n"
    text += "Content-Type: \(type)\r\nContent-Length: \(length)\r\n"
    text += "Content-Security-Policy: \(FileServer.contentSecurityPolicy)\r\n"
    // COOP and COEP make the page cross-origin isolated: its Web Workers may then share memory
    // (SharedArrayBuffer), which a run on several workers needs.
    text += "X-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\nCross-Origin-Opener-Policy: same-origin\r\n"
    text += "Cross-Origin-Embedder-Policy: require-corp\r\n"
    text += "Cross-Origin-Resource-Policy: same-origin\r\nPermissions-Policy: camera=(), microphone=(), geolocation=()\r\n"
    text += "Cache-Control: no-cache\r\n"
    if status == 405 { text += "Allow: GET, HEAD\r\n" }
    text += "Connection: close\r\n\r\n"
    return text
  }

  private func respond(_ client: Int32, status: Int, head: Bool) {
    let body = "\(status) \(Self.reasons[status] ?? "Error")\n"
    var bytes = Array(headers(status: status, type: "text/plain; charset=utf-8", length: body.utf8.count).utf8)
    if !head { bytes += Array(body.utf8) }
    sendAll(client, bytes)
  }

  private func sendFile(_ client: Int32, path: String, type: String, head: Bool) {
    guard let handle = FileHandle(forReadingAtPath: path) else { return respond(client, status: 403, head: head) }
    defer { try? handle.close() }
    let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0
    guard sendAll(client, Array(headers(status: 200, type: type, length: size).utf8)), !head else { return }
    while let chunk = try? handle.read(upToCount: 1 << 16), !chunk.isEmpty {
      guard sendAll(client, [UInt8](chunk)) else { return }
    }
  }

  @discardableResult
  private func sendAll(_ client: Int32, _ bytes: [UInt8]) -> Bool {
    var sent = 0
    while sent < bytes.count {
      let n = bytes[sent...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      guard n > 0 else { return false }
      sent += n
    }
    return true
  }
}

/// A connection whose request head is still arriving.
struct Pending {
  let fd: Int32
  let deadline: Double
  var bytes: [UInt8] = []

  init(fd: Int32, deadline: Double) {
    self.fd = fd
    self.deadline = deadline
  }

  enum Outcome { case more, complete(String?), tooLarge, closed }

  /// Reads what has arrived; the head ends at a blank line (CRLF CRLF, or LF LF).
  mutating func read() -> Outcome {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = recv(fd, &buffer, buffer.count, Int32(MSG_DONTWAIT))
      if n == 0 { return .closed }
      if n < 0 { return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? .more : .closed }
      let start = max(0, bytes.count - 3)
      bytes += buffer[0..<n]
      if bytes.count > 16_384 { return .tooLarge }
      var i = start
      while i + 1 < bytes.count {
        if bytes[i] == 10 && bytes[i + 1] == 10 { return .complete(String(bytes: bytes[0..<i], encoding: .utf8)) }
        if i + 3 < bytes.count && bytes[i] == 13 && bytes[i + 1] == 10 && bytes[i + 2] == 13 && bytes[i + 3] == 10 {
          return .complete(String(bytes: bytes[0..<i], encoding: .utf8))
        }
        i += 1
      }
    }
  }
}

/// Complete requests waiting for a worker.
final class WorkQueue: @unchecked Sendable {
  private let condition = NSCondition()
  private var items: [(Int32, String?)] = []

  func put(_ client: Int32, _ head: String?) {
    condition.lock()
    items.append((client, head))
    condition.signal()
    condition.unlock()
  }

  /// The next request; blocks until there is one.
  func take() -> (Int32, String?)? {
    condition.lock()
    defer { condition.unlock() }
    while items.isEmpty { condition.wait() }
    return items.removeFirst()
  }
}
