import Foundation

// A parent may have left termination signals blocked (a test runner's thread does): this
// process takes them, so Ctrl-C and SIGTERM end an import cleanly (Store.create) or restore the
// terminal (the explorer).
var terminationSignals = sigset_t()
sigemptyset(&terminationSignals)
for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&terminationSignals, signal) }
pthread_sigmask(SIG_UNBLOCK, &terminationSignals, nil)

exit(CrossLensCLI.run(Array(CommandLine.arguments.dropFirst())))
