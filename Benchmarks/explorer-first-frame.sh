#!/usr/bin/env bash
# Start to first frame of the real explorer: launches `crosslens explore STORE` in a detached
# tmux pane (120×40) and polls the pane every 10 ms until the header is drawn. Repeats RUNS
# times and prints each time and the median. Usage: Benchmarks/explorer-first-frame.sh STORE [RUNS]
set -euo pipefail
store=${1:?usage: $0 STORE [RUNS]}
runs=${2:-5}
binary=${CROSSLENS:-.build/release/crosslens}
socket="crosslens-bench-$$"
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  tmux -L "$socket" new-session -d -s bench -x 120 -y 40 "$binary explore $store --no-metrics"
  until tmux -L "$socket" capture-pane -p -t bench 2>/dev/null | grep -q "CrossLens —"; do
    sleep 0.01
  done
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  tmux -L "$socket" send-keys -t bench q
  sleep 0.3
  tmux -L "$socket" kill-server 2>/dev/null || true
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "first frame (ms): "; for (i=1;i<=NR;i++) printf "%s ", a[i]; printf " median %s\n", a[int((NR+1)/2)]}'
