#!/usr/bin/env bash
# Runs the benchmark suite (tests/Qbraid.Account.Benchmarks: the SDK beside a hand-written
# HttpClient baseline and Refit, against the lean local server it starts itself) and regenerates
# docs/performance.md from BenchmarkDotNet's exported CSV/markdown results.
#
#   scripts/perf-report.sh                  full run (about 20 minutes on 2 cores), then the doc
#   scripts/perf-report.sh --report-only    regenerate the doc from the last run's results
#   scripts/perf-report.sh --filter '*Call*' extra arguments go to BenchmarkDotNet
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

artifacts="$PWD/BenchmarkDotNet.Artifacts"
bench="tests/Qbraid.Account.Benchmarks/bin/Release/net10.0/Qbraid.Account.Benchmarks.dll"
command="scripts/perf-report.sh${*:+ $*}"

dotnet build tests/Qbraid.Account.Benchmarks -c Release --nologo -v quiet

if [ "${1:-}" = "--report-only" ]; then
  command="scripts/perf-report.sh"
else
  rm -rf "$artifacts/results"
  filter=()
  case " $* " in *" --filter "*) ;; *) filter=(--filter '*') ;; esac
  started=$(date +%s)
  QBRAID_BENCH_ARTIFACTS="$artifacts" dotnet "$bench" "${filter[@]}" "$@"
  echo "benchmarks took $(( $(date +%s) - started )) s"
fi

dotnet "$bench" --report "$artifacts/results" docs/performance.md "$command"
