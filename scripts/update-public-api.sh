#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt for each library from the analyzer's RS0016/RS0017 findings.
# Run it after changing the public surface on purpose; review the diff; commit it.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/Qbraid.Account.Abstractions src/Qbraid.Account src/Qbraid.Account.Testing; do
  [ -d "$project" ] || continue
  unshipped="$project/PublicAPI.Unshipped.txt"
  shipped="$project/PublicAPI.Shipped.txt"
  [ -f "$shipped" ] || printf '#nullable enable\n' > "$shipped"
  printf '#nullable enable\n' > "$unshipped"
  log=$(mktemp)
  dotnet build "$project" -f net10.0 -p:TreatWarningsAsErrors=false -p:WarningsAsErrors= --no-incremental -v:q -clp:NoSummary > "$log" 2>&1 || true
  grep -oE "RS0016: Symbol '.*' is not part of the declared public API" "$log" \
    | sed -E "s/^RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" \
    | sort -u >> "$unshipped" || true
  rm -f "$log"
  echo "$unshipped: $(($(wc -l < "$unshipped") - 1)) symbols"
done
