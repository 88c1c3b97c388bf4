import Foundation

exit(CrossLensCLI.run(Array(CommandLine.arguments.dropFirst())))
