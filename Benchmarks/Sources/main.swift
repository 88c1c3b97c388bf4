import CrossLensCore

print("benchmarks: none yet")
