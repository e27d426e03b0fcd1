#!/usr/bin/env bash
# Native AOT smoke test: publish samples/Qbraid.Account.AotSmoke as a native binary (PublishAot is
# set in its project; trim and AOT warnings are errors there, none folded per assembly), start the
# sandbox in a separate process (it is ASP.NET Core, not AOT-compiled), point the binary at it with
# QBRAID_API_URL / QBRAID_API_KEY and require it to verify the key, list the workspaces and read an
# organization's members. The platform linker is clang when on PATH, else gcc (the ILCompiler's
# own fallback), so no extra toolchain is needed.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
started=$(date +%s)
fail() { echo "aot-smoke: $*" >&2; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/qbraid-aot-smoke.XXXXXX")
sandbox_pid=
cleanup() {
  if [ -n "$sandbox_pid" ] && kill -0 "$sandbox_pid" 2>/dev/null; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The sandbox first, in the background, while the AOT compiler works.
dotnet build samples/Qbraid.Account.Sandbox -c Release -v:q -clp:NoSummary >"$work/sandbox-build.log" 2>&1 \
  || { cat "$work/sandbox-build.log" >&2; fail "the sandbox did not build"; }
dotnet samples/Qbraid.Account.Sandbox/bin/Release/net10.0/Qbraid.Account.Sandbox.dll --port 0 --quiet >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!

echo "aot-smoke: publishing with Native AOT"
if ! dotnet publish samples/Qbraid.Account.AotSmoke -c Release -r linux-x64 -o "$work/bin" >"$work/publish.log" 2>&1; then
  cat "$work/publish.log" >&2
  fail "the Native AOT publish failed"
fi
# Belt and braces: warnings are errors in the sample, but say so plainly if any trim/AOT warning shows.
if grep -E "warning IL[23][0-9]{3}" "$work/publish.log"; then fail "trim/AOT warnings in the publish"; fi
[ -x "$work/bin/Qbraid.Account.AotSmoke" ] || fail "no native binary"
echo "aot-smoke: published in $(( $(date +%s) - started ))s ($(du -h "$work/bin/Qbraid.Account.AotSmoke" | cut -f1))"

# The sandbox prints: "  SDK        QBRAID_API_URL=http://127.0.0.1:PORT/api/v1 QBRAID_API_KEY=...".
for _ in $(seq 1 120); do
  grep -q "QBRAID_API_KEY=" "$work/sandbox.log" && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.log" >&2; fail "the sandbox exited"; }
  sleep 0.5
done
line=$(grep -m1 "QBRAID_API_KEY=" "$work/sandbox.log") || { cat "$work/sandbox.log" >&2; fail "the sandbox did not start"; }
url=$(sed -n 's/.*QBRAID_API_URL=\([^ ]*\).*/\1/p' <<<"$line")
key=$(sed -n 's/.*QBRAID_API_KEY=\([^ ]*\).*/\1/p' <<<"$line")
[ -n "$url" ] && [ -n "$key" ] || fail "could not read the sandbox's URL and key"

# No qbraidrc from the machine: only the variables below configure the binary.
output=$(env -u QBRAID_CONFIG_FILE HOME="$work" QBRAID_API_URL="$url" QBRAID_API_KEY="$key" timeout 60 "$work/bin/Qbraid.Account.AotSmoke") \
  || { echo "$output"; fail "the native binary failed"; }
echo "$output"
grep -q '^verify: ada <ada@example.com>$' <<<"$output" || fail "verify did not print the user"
grep -q '^aot-smoke: ok' <<<"$output" || fail "the native binary did not finish"
echo "aot-smoke: ok in $(( $(date +%s) - started ))s"
