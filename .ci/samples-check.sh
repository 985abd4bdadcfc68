#!/usr/bin/env bash
# Runs every teaching sample exactly as the README tells a reader to (dotnet run samples/NAME.cs, from
# the repository root) and fails if any sample fails or does not write the figures it announces.
# Each sample prints "Figure: PATH" for every figure it writes; each PATH must be a fresh, non-empty PNG.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

shopt -s nullglob
samples=(samples/*.cs)
if [ ${#samples[@]} -eq 0 ]; then
    echo "samples-check: no samples/*.cs found" >&2
    exit 1
fi

# Figures left by an earlier run must not count as this run's output.
rm -rf samples/out
failed=0
for sample in "${samples[@]}"; do
    name=$(basename "$sample" .cs)
    log=$(mktemp)
    start=$SECONDS
    # One at a time: the samples share build outputs of the projects they reference.
    if ! dotnet run "$sample" >"$log" 2>&1; then
        echo "FAIL $name: exited with an error after $((SECONDS - start)) s; its output:" >&2
        cat "$log" >&2
        failed=1
        rm -f "$log"
        continue
    fi

    figures=$(sed -n 's/^Figure: //p' "$log")
    bad=0
    if [ -z "$figures" ]; then
        echo "FAIL $name: announced no figure (no 'Figure: PATH' line); its output:" >&2
        cat "$log" >&2
        bad=1
    fi
    while IFS= read -r figure; do
        [ -z "$figure" ] && continue
        # A PNG begins with the bytes 0x89 'P' 'N' 'G'.
        if [ ! -s "$figure" ] || [ "$(head -c 4 "$figure" | tail -c 3)" != "PNG" ]; then
            echo "FAIL $name: figure '$figure' is missing, empty or not a PNG" >&2
            bad=1
        fi
    done <<<"$figures"
    rm -f "$log"
    if [ "$bad" -ne 0 ]; then
        failed=1
        continue
    fi
    echo "ok   $name ($((SECONDS - start)) s, $(grep -c . <<<"$figures") figure(s))"
done

if [ "$failed" -ne 0 ]; then
    echo "samples-check: FAILED" >&2
    exit 1
fi
echo "samples-check: all ${#samples[@]} samples ran and wrote their figures in ${SECONDS} s"
