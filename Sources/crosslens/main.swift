import CrossLensCore
import Foundation

print("crosslens: not yet")
