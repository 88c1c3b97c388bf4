/// Every subcommand of `crosslens`, in the order `crosslens --help` lists them.
enum CommandRegistry {
  static var commands: [any CrossLensCommand.Type] {
    [
      ImportCommand.self,
      InfoCommand.self,
      ModelCommand.self,
      EmbedCommand.self,
      EncodeCommand.self,
      SimilarCommand.self,

      TrainCommand.self,
      RecommendCommand.self,
      ExplainCommand.self,
      EvalCommand.self,
    ]
  }

  static func command(named word: String) -> (any CrossLensCommand.Type)? {
    commands.first { $0.word == word }
  }
}
