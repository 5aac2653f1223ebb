// The native host of the LocalSynth core: it reads the files a command names, runs the command
// in SynthCore (the same code the WebAssembly module runs), and writes what it produced. `serve`
// (sockets and threads) lives only here, never in the core.
import Foundation
import SynthCore

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "serve" {
  exit(FileServer.main(Array(arguments.dropFirst())))
} else if arguments == ["help", "serve"] {
  exit(FileServer.main(["--help"]))
}
exit(NativeHost.main(arguments))
