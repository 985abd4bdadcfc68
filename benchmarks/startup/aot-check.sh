#!/usr/bin/env bash
# The natively compiled ionsim (what the linux-x64 tool package holds) must behave like the JIT-compiled one: every command
# below runs through both builds, and exit code, stdout, stderr and every file written must agree. Text must be identical
# once numbers are set aside, and numbers must agree to 1e-7 relative or 1e-12 absolute (the native code targets the x86-64
# baseline, the JIT uses AVX-512 where the machine has it, and SIMD sums in another order differ in the last digits; the time
# of a maximum, such as the Ca²⁺ peak's, is where a flat curve's last digits move the answer most, by about √ε of its
# scale; the absolute floor is for results that are small differences of large numbers, such as Sobol indices near zero); images and
# other binary files must be byte-identical. Prints a dotnet-test-style line ("Passed!  - Failed: N, Passed: N, ...") that
# .ci/run counts. Installs a C toolchain and zlib headers (needed to link native code) when they are missing.
# Usage, from the project root:  bash benchmarks/startup/aot-check.sh [NATIVE_IONSIM]
#   Without an argument it packs the tool (IonSim.Cli, .any and .linux-x64: a few minutes, most of them the native
#   compilation) into a feed of its own, installs it with `dotnet tool install` and checks the installed ionsim.
#   NATIVE_IONSIM: an already built native ionsim to check instead (e.g. from dotnet publish -r linux-x64).
set -uo pipefail
root=$(pwd)
[ -f "$root/src/IonSim.Cli/IonSim.Cli.csproj" ] || { echo "run from the IonSim project root" >&2; exit 2; }
here="$root/benchmarks/startup"
start=$SECONDS
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
model="$root/tests/IonSim.CellML.Tests/Models/hodgkin_huxley_1952.cellml"
verdict() { # failed passed
  printf 'Passed!  - Failed: %6d, Passed: %6d, Skipped:      0, Total: %6d - aot-check (native vs JIT ionsim)\n' "$1" "$2" "$(($1 + $2))" \
    | sed "$([ "$1" -gt 0 ] && echo 's/^Passed!/Failed!/')"
}

if [ $# -ge 1 ]; then
  native=("$1")
else
  # The tool as users get it: the three packages packed into a feed of their own, then `dotnet tool install`, which must
  # choose the native linux-x64 package here.
  if { ! command -v clang && ! command -v gcc; } >/dev/null || [ ! -f /usr/include/zlib.h ]; then
    echo "aot-check: installing clang and zlib1g-dev (Native AOT links with them)"
    { apt-get update -qq && apt-get install -y -qq clang zlib1g-dev; } >"$work/apt.log" 2>&1 || { tail -5 "$work/apt.log"; verdict 1 0; exit 1; }
  fi
  for rid in "" any linux-x64; do
    timeout 1200 dotnet pack "$root/src/IonSim.Cli" -c Release ${rid:+-r $rid} -o "$work/feed" >>"$work/pack.log" 2>&1 \
      || { tail -20 "$work/pack.log"; echo "aot-check: FAIL dotnet pack ${rid:+-r $rid} failed"; verdict 1 0; exit 1; }
  done
  timeout 600 dotnet tool install IonSim.Cli --tool-path "$work/tool" --add-source "$work/feed" >"$work/install.log" 2>&1 \
    || { cat "$work/install.log"; echo "aot-check: FAIL dotnet tool install failed"; verdict 1 0; exit 1; }
  # The command is a link into the package it came from: .store/ionsim.cli/VERSION/ionsim.cli.linux-x64/...
  readlink "$work/tool/ionsim" | grep -q '/ionsim\.cli\.linux-x64/' \
    || { ls -l "$work/tool"; echo "aot-check: FAIL dotnet tool install did not choose the linux-x64 package"; verdict 1 0; exit 1; }
  native=("$work/tool/ionsim")
  echo "aot-check: packed and installed the tool after $((SECONDS - start)) s: $(cd "$work/feed" && ls -s --block-size=M ./*.nupkg | tr '\n' ' ')"
fi
timeout 600 dotnet build "$root/src/IonSim.Cli" -c Release -o "$work/jit" >"$work/jit.log" 2>&1 \
  || { tail -20 "$work/jit.log"; echo "aot-check: FAIL the JIT build failed"; verdict 1 0; exit 1; }
jit=(dotnet "$work/jit/IonSim.Cli.dll")
echo "aot-check: both builds ready after $((SECONDS - start)) s"

cat >"$work/study.json" <<'JSON'
{ "name": "aot-check", "base": { "preset": "normal" },
  "parameters": [ { "name": "Serca.MaxRateMicromolarPerMs", "distribution": "log_uniform", "min": 4, "max": 9 },
                  { "name": "Troponin.NeighbourCooperativity", "distribution": "uniform", "min": 10, "max": 20 } ],
  "design": { "kind": "saltelli", "samples": 4 }, "seed": 7,
  "protocols": [ { "kind": "twitch", "duration_ms": 150 }, { "kind": "rest" } ] }
JSON
printf '{ "SchemaVersion": 2, "FreeMagnesiumMillimolar": 0.3, "Mechanisms": "ParvalbuminCompetition, SercaDependence" }\n' >"$work/fiber.json"
printf '{ "SchemaVersion": 2, "FreeMagnesiumMillimolar": 0.3, "Serca": { "MaxRateMicromolarPerMs": 5 } }\n' >"$work/partial.json"
printf '{ "SchemaVersion": 2, "Telepathy": 1 }\n' >"$work/bad.json"
printf '{ "SchemaVersion": 2, "FreeMagnesiumMillimolar": "one" }\n' >"$work/typo.json"
# One command per line; files are relative to the run's own folder, MODEL is a CellML model from the test suite.
commands=(
  "--version"
  "--help"
  "presets"
  "params --preset low-magnesium -o p.json"
  "params --params fiber.json -o q.json"
  "plot -o a.png"
  "plot --mg 1 --mg 0.1 -o a.svg"
  "plot --protocol train --frequency 100 --pulses 10 -o t.png"
  "plot --params fiber.json -o f.png"
  "plot --params partial.json -o x.png"
  "plot --params bad.json -o x.png"
  "plot --params typo.json -o x.png"
  "simulate -o s.csv"
  "simulate --preset severe-magnesium --format json --duration 120 -o s.json"
  "simulate --params fiber.json --format json --duration 60 -o -"
  "sweep mg --from 0.2 --to 2 --steps 4 -o mg.png --csv mg.csv"
  "sweep frequency --values 5,50 -o ff.svg --csv ff.csv"
  "sweep pca --from 4.5 --to 7 --steps 6 --csv pca.csv"
  "model MODEL"
  "simulate --model MODEL --duration 20 -o m.csv"
  "study plan study.json"
  "study run study.json -o parts -q"
  "study merge parts -o r.parquet -q"
  "study merge parts -o r.csv -q"
  "study analyze r.parquet -o i.csv --figure i.svg -q"
  "study slurm study.json --tasks 2 -o job -q"
  "plot --mg 99 -o y.png"
  "sweep mg --values 0.0001,1"
  "simulate --duration -5"
  "bogus"
)
# study run's parts (whose checksums cover the doubles) and Parquet files hold numbers in binary: they are compared through
# what study merge (CSV) and study analyze make of them.
binary_ok() { case "$1" in */parts/* | *.parquet) return 0 ;; esac; return 1; }

pass=0; fail=0
for line in "${commands[@]}"; do
  for build in jit native; do
    # Each build keeps its folder from command to command (study merge reads what study run wrote); what a command wrote
    # is what is newer than the marker.
    d="$work/run-$build"
    [ -d "$d" ] || { mkdir -p "$d" && cp "$work"/*.json "$d/"; }
    touch "$d/.marker"; sleep 0.01
    if [ $build = jit ]; then exe=("${jit[@]}"); else exe=("${native[@]}"); fi
    # shellcheck disable=SC2086
    (cd "$d" && timeout 600 "${exe[@]}" ${line//MODEL/$model} >stdout 2>stderr; echo $? >code)
    # The two builds are started differently (dotnet X.dll against a native file): where a command echoes how it was
    # started (study slurm's job script) or where it ran, that is the same text in both.
    grep -rlI -e "$d" -e "$work" "$d" 2>/dev/null | xargs -r sed -i "s#dotnet $work/jit/IonSim.Cli.dll#IONSIM#g; s#${native[0]}#IONSIM#g; s#$d#RUN#g"
    # study plan and study slurm time a few points on this machine to estimate the run: a measurement, not a result.
    grep -rlIE "s per point|--time=" "$d" 2>/dev/null | xargs -r sed -i -E '/s per point|on this machine|--time=/ s#[0-9]+(\.[0-9]+)?#T#g'

  done
  problems=""
  while IFS= read -r f; do
    a="$work/run-jit/$f"; b="$work/run-native/$f"
    if [ ! -f "$b" ]; then problems+="  only the JIT build wrote $f"$'\n'; continue; fi
    cmp -s "$a" "$b" || binary_ok "$f" && continue
    if grep -qI . "$a" && grep -qI . "$b"; then
      out=$(awk -v tol=1e-7 -v floor=1e-12 -f "$here/same-numbers.awk" "$a" "$b") || problems+="  $f differs:"$'\n'"$out"$'\n'
    else
      problems+="  $f (binary) differs"$'\n'
    fi
  done < <(cd "$work/run-jit" && find . -type f -newer .marker | sort)
  while IFS= read -r f; do [ -f "$work/run-jit/$f" ] || problems+="  only the native build wrote $f"$'\n'; done \
    < <(cd "$work/run-native" && find . -type f -newer .marker | sort)
  if [ -z "$problems" ]; then
    pass=$((pass + 1))
  else
    fail=$((fail + 1)); echo "aot-check: FAIL ionsim $line"; printf '%s' "$problems" | head -c 3000
  fi
done
echo "aot-check: $pass of ${#commands[@]} commands agree between the native and the JIT build ($((SECONDS - start)) s)"
verdict "$fail" "$pass"
[ "$fail" -eq 0 ]
