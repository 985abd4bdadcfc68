#!/usr/bin/env bash
# Scale of `ionsim study run`, whole processes (issue 15 §6): a 256-point study (rest + 300 ms twitch per point)
#   1. one process on every core (points per second on this machine);
#   2. the study as 2 shards run one after the other, each on one thread (one array task at a time);
#   3. the same 2 shards at once (two array tasks side by side, as Slurm runs them on a 2-core node).
# Prints wall-clock times and the ratios from this one run. Results go to benchmarks/README.md with machine and date.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
dotnet build src/IonSim.Cli -c Release -o "$out/bin" -v quiet -nologo >/dev/null
ionsim="dotnet $out/bin/IonSim.Cli.dll"
study=benchmarks/studies/scale-study.json
points=$($ionsim study plan "$study" --no-estimate | sed -n 's/.*: \([0-9,]*\) points$/\1/p' | tr -d ,)
now() { date +%s.%N; }

$ionsim study run "$study" -o "$out/warm" -q --threads 1 --shard 1/16   # warm the disk cache and the runtime once
t0=$(now); $ionsim study run "$study" -o "$out/all" -q; t1=$(now)
$ionsim study run "$study" -o "$out/seq" -q --threads 1 --shard 1/2; $ionsim study run "$study" -o "$out/seq" -q --threads 1 --shard 2/2; t2=$(now)
$ionsim study run "$study" -o "$out/par" -q --threads 1 --shard 1/2 & $ionsim study run "$study" -o "$out/par" -q --threads 1 --shard 2/2 & wait; t3=$(now)
$ionsim study merge "$out/seq" -o "$out/seq.csv" -q; $ionsim study merge "$out/par" -o "$out/par.csv" -q; $ionsim study merge "$out/all" -o "$out/all.csv" -q
cmp "$out/seq.csv" "$out/par.csv" && cmp "$out/seq.csv" "$out/all.csv" || { echo "scale: the three runs differ" >&2; exit 1; }

awk -v n="$points" -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v cores="$(nproc)" 'BEGIN {
  all = b - a; seq = c - b; par = d - c
  printf "points: %d (identical results in all three runs)\n", n
  printf "one process, %d cores:        %6.1f s  %5.2f points/s\n", cores, all, n / all
  printf "2 tasks one after the other:   %6.1f s  %5.2f points/s\n", seq, n / seq
  printf "2 tasks at once:               %6.1f s  %5.2f points/s  (speedup %.2f over one at a time)\n", par, n / par, seq / par
}'
