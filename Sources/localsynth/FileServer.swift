import Foundation
import SynthCore

#if canImport(Glibc)
  import Glibc
#endif

/// `localsynth serve [DIR] [--port 8080] [--host 127.0.0.1]`: a small static file server for the
/// web app, on POSIX sockets. GET and HEAD only, nothing outside DIR, the page's security headers
/// on every answer, one thread per connection, and a clean stop on Ctrl-C.
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
    while stopRequested == 0 {
      var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
      guard poll(&poller, 1, 200) > 0 else { continue }
      let client = accept(listener, nil, nil)
      guard client >= 0 else { continue }
      Thread.detachNewThread { [self] in
        self.serve(client)
        close(client)
      }
    }
    FileHandle.standardOutput.write(Data("Stopped.\n".utf8))
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

  private func serve(_ client: Int32) {
    var timeout = timeval(tv_sec: 10, tv_usec: 0)
    setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    guard let head = readHead(client) else { return respond(client, status: 400, head: false) }
    let lines = head.split(separator: "\r\n", omittingEmptySubsequences: false)
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

  /// The request line and headers, up to the blank line; nil when malformed or over 16 KB.
  private func readHead(_ client: Int32) -> String? {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while bytes.count < 16_384 {
      let n = recv(client, &buffer, buffer.count, 0)
      guard n > 0 else { return nil }
      bytes += buffer[0..<n]
      if let end = bytes.indices.first(where: { $0 + 3 < bytes.count && bytes[$0] == 13 && bytes[$0 + 1] == 10 && bytes[$0 + 2] == 13 && bytes[$0 + 3] == 10 }) {
        return String(bytes: bytes[0..<end], encoding: .utf8)
      }
    }
    return nil
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

  private static let reasons = [200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 500: "Internal Server Error"]

  private func headers(status: Int, type: String, length: Int) -> String {
    var text = "HTTP/1.1 \(status) \(Self.reasons[status] ?? "Error")\r\n"
    text += "Content-Type: \(type)\r\nContent-Length: \(length)\r\n"
    text += "Content-Security-Policy: \(FileServer.contentSecurityPolicy)\r\n"
    text += "X-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\nCross-Origin-Opener-Policy: same-origin\r\n"
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
