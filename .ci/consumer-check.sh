#!/usr/bin/env bash
# Proves the IonSim package works the way users consume it: pack the libraries into artifacts/nupkg,
# then restore, build and run samples/Consumer, which references IonSim by package (not by project),
# from a packages folder of its own so that no copy cached by an earlier run can stand in for the new one.
# Exits non-zero, saying which step failed, if anything goes wrong.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

step() { echo "== consumer-check: $*"; }
fail() { echo "consumer-check: FAILED: $*" >&2; exit 1; }
trap 'fail "the step above exited with an error (line $LINENO)"' ERR

feed=artifacts/nupkg
cache=artifacts/consumer-check/packages
consumer=samples/Consumer

step "packing IonSim, IonSim.CellML and IonSim.Plotting into $feed"
# Only this run's IonSim packages may sit in the feed the consumer restores from.
rm -f "$feed"/IonSim.*nupkg
dotnet pack src/IonSim/IonSim.csproj -c Release -o "$feed"
dotnet pack src/IonSim.CellML/IonSim.CellML.csproj -c Release -o "$feed"
dotnet pack src/IonSim.Plotting/IonSim.Plotting.csproj -c Release -o "$feed"
version=$(dotnet msbuild src/IonSim/IonSim.csproj -getProperty:Version)
[ -f "$feed/IonSim.$version.nupkg" ] || fail "dotnet pack did not produce $feed/IonSim.$version.nupkg"
[ -f "$feed/IonSim.CellML.$version.nupkg" ] || fail "dotnet pack did not produce $feed/IonSim.CellML.$version.nupkg"
[ -f "$feed/IonSim.Plotting.$version.nupkg" ] || fail "dotnet pack did not produce $feed/IonSim.Plotting.$version.nupkg"
command -v unzip >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq unzip >/dev/null; }
for package in IonSim IonSim.CellML IonSim.Plotting; do
    # The package page shows the icon the nuspec names, so both must be there.
    nuspec=$(unzip -p "$feed/$package.$version.nupkg" "$package.nuspec")
    files=$(unzip -l "$feed/$package.$version.nupkg")
    grep -q '<icon>icon.png</icon>' <<<"$nuspec" || fail "$package.nuspec names no icon"
    grep -q ' icon.png$' <<<"$files" || fail "$package.$version.nupkg carries no icon.png"
done

step "restoring $consumer against IonSim $version with a fresh packages folder"
rm -rf "$cache" "$consumer/bin" "$consumer/obj"
dotnet restore "$consumer" --packages "$cache" -p:IonSimVersion="$version"

# The proof is in the restore: IonSim must come in as a package, extracted from the fresh feed.
assets="$consumer/obj/project.assets.json"
entry=$(grep -A2 "\"IonSim/$version\": {" "$assets" || true)
[ -n "$entry" ] || fail "the consumer did not resolve IonSim $version"
grep -q '"type": "package"' <<<"$entry" || fail "IonSim was not resolved as a package"
[ -f "$cache/ionsim/$version/lib/net10.0/IonSim.dll" ] || fail "IonSim.dll was not extracted into $cache"

step "building and running $consumer"
dotnet build "$consumer" -c Release --no-restore -p:IonSimVersion="$version"
output=$(dotnet run --project "$consumer" -c Release --no-build -p:IonSimVersion="$version")
echo "$output"
[ "$(grep -c 'peak tension' <<<"$output")" -eq 2 ] || fail "the consumer did not print the metrics of both fibers"

step "passed in ${SECONDS} s"
