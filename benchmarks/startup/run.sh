#!/usr/bin/env bash
# Start-up as a user sees it: whole processes, process start to exit (for plot: PNG written),
# `ionsim plot` against `ionsim --version` in the same run, alternating, ROUNDS rounds (default 9),
# medians. Also the same two commands from a ReadyToRun publish (linux-x64), to show what
# precompiled code would buy. Usage, from the project root:  bash benchmarks/startup/run.sh [ROUNDS]
set -euo pipefail
rounds=${1:-9}
root=$(pwd)
[ -f "$root/src/IonSim.Cli/IonSim.Cli.csproj" ] || { echo "run from the IonSim project root" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/IonSim.Cli" -c Release -o "$work/jit" >"$work/build.log" 2>&1 || { tail -5 "$work/build.log" >&2; exit 1; }
dotnet publish "$root/src/IonSim.Cli" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/r2r" >"$work/publish.log" 2>&1 || { tail -5 "$work/publish.log" >&2; exit 1; }
declare -A times
run() { # label command...
  local t0 t1
  t0=$(date +%s%N); (cd "$work" && "${@:2}" >/dev/null 2>&1) || { echo "$1 failed" >&2; exit 1; }; t1=$(date +%s%N)
  times[$1]+="$(( (t1 - t0) / 1000000 )) "
}
for ((r = 0; r < rounds; r++)); do
  run version "$work/jit/IonSim.Cli" --version
  run plot "$work/jit/IonSim.Cli" plot -o "$work/a.png"
  run r2r-version "$work/r2r/IonSim.Cli" --version
  run r2r-plot "$work/r2r/IonSim.Cli" plot -o "$work/b.png"
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "$(date -u +%F) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $rounds rounds, medians in ms:"
for k in version plot r2r-version r2r-plot; do printf '%-12s %6s ms\n' "$k" "$(echo "${times[$k]}" | median)"; done
