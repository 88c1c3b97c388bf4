/// Every subcommand of `crosslens`, in the order `crosslens --help` lists them.
enum CommandRegistry {
  static var commands: [any CrossLensCommand.Type] {
    [
      ImportCommand.self,
      InfoCommand.self,
      ExploreCommand.self,
    ]
  }

  static func command(named word: String) -> (any CrossLensCommand.Type)? {
    commands.first { $0.word == word }
  }
}
