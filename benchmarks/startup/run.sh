#!/usr/bin/env bash
# Start-up as a user sees it: whole processes, process start to exit (for plot: PNG written), `ionsim plot` against
# `ionsim --version` in the same run, alternating, ROUNDS rounds (default 9), medians. Three ways to start ionsim:
#   native      the natively compiled tool (what the linux-x64 tool package holds; `dotnet publish -r linux-x64`),
#   jit         a plain Release build started through its apphost (what the portable `any` package runs),
#   dotnet-run  `dotnet run --project src/IonSim.Cli -- ...` as the README shows it (an up-to-date check, then the JIT).
# Usage, from the project root:  bash benchmarks/startup/run.sh [ROUNDS] [NATIVE_IONSIM]
#   NATIVE_IONSIM: an already built native ionsim (e.g. the installed tool) instead of publishing one (minutes).
set -euo pipefail
rounds=${1:-9}
root=$(pwd)
[ -f "$root/src/IonSim.Cli/IonSim.Cli.csproj" ] || { echo "run from the IonSim project root" >&2; exit 2; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
dotnet build "$root/src/IonSim.Cli" -c Release -o "$work/jit" >"$work/build.log" 2>&1 || { tail -5 "$work/build.log" >&2; exit 1; }
dotnet build "$root/src/IonSim.Cli" -c Release >"$work/build2.log" 2>&1 || { tail -5 "$work/build2.log" >&2; exit 1; }
if [ $# -ge 2 ]; then
  native=$2
else
  dotnet publish "$root/src/IonSim.Cli" -c Release -r linux-x64 -o "$work/native" >"$work/publish.log" 2>&1 || { tail -5 "$work/publish.log" >&2; exit 1; }
  native="$work/native/IonSim.Cli"
fi
declare -A times
run() { # label command...
  local t0 t1
  t0=$(date +%s%N); (cd "$work" && "${@:2}" >/dev/null 2>&1) || { echo "$1 failed" >&2; exit 1; }; t1=$(date +%s%N)
  times[$1]+="$(( (t1 - t0) / 1000000 )) "
}
for ((r = 0; r < rounds; r++)); do
  run native-version "$native" --version
  run native-plot "$native" plot -o "$work/n.png"
  run jit-version "$work/jit/IonSim.Cli" --version
  run jit-plot "$work/jit/IonSim.Cli" plot -o "$work/j.png"
  run dotnet-run-version dotnet run --project "$root/src/IonSim.Cli" -c Release -- --version
  run dotnet-run-plot dotnet run --project "$root/src/IonSim.Cli" -c Release -- plot -o "$work/r.png"
done
cmp -s "$work/n.png" "$work/j.png" || echo "note: the native and JIT PNGs differ (aot-check.sh says why)" >&2
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "$(date -u '+%F %H:%M') UTC, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $rounds rounds, medians in ms:"
for k in native-version native-plot jit-version jit-plot dotnet-run-version dotnet-run-plot; do
  printf '%-20s %6s ms\n' "$k" "$(echo "${times[$k]}" | median)"
done
