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
cpu() { /usr/bin/time -a -o "$out/cpu" -f "%U %S" "$@"; }   # user + system CPU seconds of each process, summed below

$ionsim study run "$study" -o "$out/warm" -q --threads 1 --shard 1/16   # warm the disk cache and the runtime once
load=$(cut -d' ' -f1-3 /proc/loadavg)
t0=$(now); cpu $ionsim study run "$study" -o "$out/all" -q; t1=$(now)
cpu $ionsim study run "$study" -o "$out/seq" -q --threads 1 --shard 1/2; cpu $ionsim study run "$study" -o "$out/seq" -q --threads 1 --shard 2/2; t2=$(now)
cpu $ionsim study run "$study" -o "$out/par" -q --threads 1 --shard 1/2 & cpu $ionsim study run "$study" -o "$out/par" -q --threads 1 --shard 2/2 & wait; t3=$(now)
$ionsim study merge "$out/seq" -o "$out/seq.csv" -q; $ionsim study merge "$out/par" -o "$out/par.csv" -q; $ionsim study merge "$out/all" -o "$out/all.csv" -q
cmp "$out/seq.csv" "$out/par.csv" && cmp "$out/seq.csv" "$out/all.csv" || { echo "scale: the three runs differ" >&2; exit 1; }

cpu_all=$(sed -n 1p "$out/cpu" | awk '{print $1 + $2}')
cpu_seq=$(sed -n 2,3p "$out/cpu" | awk '{s += $1 + $2} END {print s}')
cpu_par=$(sed -n 4,5p "$out/cpu" | awk '{s += $1 + $2} END {print s}')
echo "load average before: $load"
awk -v n="$points" -v a="$t0" -v b="$t1" -v c="$t2" -v d="$t3" -v cores="$(nproc)" -v ca="$cpu_all" -v cs="$cpu_seq" -v cp="$cpu_par" 'BEGIN {
  all = b - a; seq = c - b; par = d - c
  printf "points: %d (identical results in all three runs)\n", n
  printf "one process, %d cores:        %6.1f s  %5.2f points/s   CPU %5.1f s (%.1f ms per point)\n", cores, all, n / all, ca, 1000 * ca / n
  printf "2 tasks one after the other:   %6.1f s  %5.2f points/s   CPU %5.1f s (%.1f ms per point)\n", seq, n / seq, cs, 1000 * cs / n
  printf "2 tasks at once:               %6.1f s  %5.2f points/s   CPU %5.1f s (%.1f ms per point)  speedup %.2f over one at a time\n", par, n / par, cp, 1000 * cp / n, seq / par
}'
