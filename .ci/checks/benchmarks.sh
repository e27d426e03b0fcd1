#!/usr/bin/env bash
# CI check: the benchmark suite still builds (Release) and every scenario still runs, once, with
# tiny sizes, through the real local server; the CSV exports of all clients must match. Not a
# measurement (that is scripts/perf-report.sh). Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build tests/Qbraid.Account.Benchmarks -c Release --nologo -v quiet
timeout 120 dotnet tests/Qbraid.Account.Benchmarks/bin/Release/net10.0/Qbraid.Account.Benchmarks.dll --smoke
