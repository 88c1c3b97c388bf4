import Foundation

// A parent may have left termination signals blocked (a test runner's thread does): this
// process takes them, so Ctrl-C and SIGTERM end an import cleanly (Store.create) or restore the
// terminal (the explorer).
var terminationSignals = sigset_t()
sigemptyset(&terminationSignals)
for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&terminationSignals, signal) }
pthread_sigmask(SIG_UNBLOCK, &terminationSignals, nil)

let status = CrossLensCLI.run(Array(CommandLine.arguments.dropFirst()))
// _exit, not exit: the explorer's metrics worker may still be fitting on its own thread, and
// exit's library destructors (OpenBLAS's among them) pulled from under it crashed the process.
// Nothing here needs them: output is flushed, the terminal and the store's files are closed.
fflush(nil)
_exit(status)
