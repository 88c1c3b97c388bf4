/// Every subcommand of `crosslens`, in the order `crosslens --help` lists them.
enum CommandRegistry {
  static var commands: [any CrossLensCommand.Type] {
    [
      ImportCommand.self,
      InfoCommand.self,
      TrainCommand.self,
      RecommendCommand.self,
      ExplainCommand.self,
      EvalCommand.self,
      ExploreCommand.self,
      EmbedCommand.self,
      EncodeCommand.self,
      SimilarCommand.self,
      ModelCommand.self,
    ]
  }

  static func command(named word: String) -> (any CrossLensCommand.Type)? {
    commands.first { $0.word == word }
  }
}
