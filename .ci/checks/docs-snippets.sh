#!/usr/bin/env bash
# Docs can't rot: every ```csharp block in docs/ marked <!-- snippet: name --> must equal, byte for
# byte, the region between `// begin-snippet: name` and `// end-snippet` in a .cs file under
# samples/ (less its common indentation), which the solution compiles. Then every snippet in
# samples/Qbraid.Account.Snippets runs against the sandbox.
#   .ci/checks/docs-snippets.sh            check (CI)
#   .ci/checks/docs-snippets.sh --update   rewrite the docs' blocks from the code
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
started=$(date +%s)
project=samples/Qbraid.Account.Snippets

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet build "$project" -c Release -v:q -clp:NoSummary >"$log" 2>&1 || { cat "$log" >&2; echo "docs-snippets: the snippets do not build" >&2; exit 1; }

if [ "${1:-}" = "--update" ]; then
  dotnet run --project "$project" -c Release --no-build -- update-docs "$PWD"
  exit 0
fi
dotnet run --project "$project" -c Release --no-build -- check-docs "$PWD"
dotnet run --project "$project" -c Release --no-build -- run >"$log" 2>&1 || { cat "$log" >&2; echo "docs-snippets: a snippet failed against the sandbox" >&2; exit 1; }
tail -1 "$log"
echo "docs-snippets: ok in $(( $(date +%s) - started ))s"
