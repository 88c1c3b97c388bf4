import Testing

@testable import CrossLensExplorer
