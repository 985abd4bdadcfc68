#!/usr/bin/env bash
# Side by side: CVODE (SUNDIALS, BDF, dense direct solver, analytic Jacobian) against IonSim's Rodas5P
# on the stiff test set, at rtol = 1e-4 .. 1e-10, in one run.
#
#   bash benchmarks/cvode/run.sh            # the tables, a few minutes
#
# Installs Debian's libsundials-dev if it is missing, compiles stiff_cvode.c with -O3, runs it, then
# runs the IonSim side (benchmarks/IonSim.Benchmarks, Release) with the CVODE results and prints one
# Markdown tables: thread CPU time per solve (best of repeats over at least 0.3 s), significant correct
# digits at the end against the reference, and the work counters of both; then the fibre twitch with
# every IonSim method and with CVODE called on the same C# right-hand side.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [ ! -f /usr/include/cvode/cvode.h ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq libsundials-dev gcc >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
gcc -O3 -Wall -o "$work/stiff_cvode" "$here/stiff_cvode.c" \
  -lsundials_cvode -lsundials_nvecserial -lsundials_sunmatrixdense -lsundials_sunlinsoldense -lm
"$work/stiff_cvode" "$@" > "$work/cvode.tsv"
dotnet run -c Release --project "$root/benchmarks/IonSim.Benchmarks" -- cvode "$work/cvode.tsv"
