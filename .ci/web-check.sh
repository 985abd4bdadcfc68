#!/usr/bin/env bash
# The web lab in a real browser (README set-up line 3). Publishes the static site exactly as the README says,
# installs Debian's chromium when the machine has none (Playwright downloads no browser: the tests launch this
# one by path), and runs tests/IonSim.Web.BrowserTests, which serve the published folder on 127.0.0.1 from
# inside the test process and drive it with Microsoft.Playwright. That project is deliberately outside
# IonSim.sln, so the README's `dotnet test` needs nothing but the .NET SDK; .ci/run counts these tests in
# its summary line. Prints the measured page-load and slider-redraw times (never asserted).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v chromium >/dev/null 2>&1; then
    echo "web-check: installing Debian's chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi

start=$SECONDS
rm -rf artifacts/web artifacts/web-timings.txt
dotnet publish src/IonSim.Web -c Release -o artifacts/web -v quiet
[ -f artifacts/web/wwwroot/index.html ] || { echo "web-check: publish wrote no index.html" >&2; exit 1; }
echo "web-check: published in $((SECONDS - start)) s ($(du -sh artifacts/web/wwwroot | cut -f1) on disk)"

start=$SECONDS
dotnet test tests/IonSim.Web.BrowserTests
echo "web-check: browser tests took $((SECONDS - start)) s"
[ -f artifacts/web-timings.txt ] && sed 's/^/web-check timings: /' artifacts/web-timings.txt
