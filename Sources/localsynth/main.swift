// The native host of the LocalSynth core: it reads the files a command names, runs the command
// in SynthCore (the same code the WebAssembly module runs), and writes what it produced.
import Foundation
import SynthCore

let arguments = Array(CommandLine.arguments.dropFirst())
exit(NativeHost.main(arguments))
