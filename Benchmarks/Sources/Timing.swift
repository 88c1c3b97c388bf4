import Foundation

/// Runs `body` `runs` times and returns the median wall-clock time in seconds.
func medianSeconds(runs: Int, _ body: () throws -> Void) rethrows -> Double {
  let clock = ContinuousClock()
  var times: [Double] = []
  for _ in 0..<runs {
    let elapsed = try clock.measure(body)
    times.append(
      Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
  }
  times.sort()
  return times[times.count / 2]
}

func report(_ name: String, seconds: Double, goal: Double) {
  let verdict = seconds <= goal ? "ok" : "OVER GOAL"
  print(
    "\(name.padding(toLength: 40, withPad: " ", startingAt: 0)) median \(String(format: "%8.3f", seconds)) s   goal < \(goal) s   \(verdict)"
  )
}
