#!/usr/bin/env bash
# Packaging smoke test: adopt the SDK exactly as a user would.
#  1. Pack Qbraid.Account, Qbraid.Account.Abstractions and Qbraid.Account.Testing into a local folder
#     with a version unique to this run (the base version from Directory.Build.props plus
#     -ci.<timestamp>), so a package of the same version can never be served stale from the global
#     package cache; this run's entries are removed from that cache at the end.
#  2. Check what each package promises: README, license expression, project URL, XML docs,
#     symbols (snupkg) and the source commit.
#  3. Create a fresh console app in a temporary folder with a nuget.config that ADDS the local folder
#     (keeping the default feed), `dotnet add package` both packages without --source, build it and
#     run it: it starts the sandbox, verifies the key through the SDK and must print the user.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
started=$(date +%s)

base=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -1)
[ -n "$base" ] || { echo "package-smoke: no <Version> in Directory.Build.props" >&2; exit 1; }
version="$base-ci.$(date -u +%Y%m%d%H%M%S).$$"

work=$(mktemp -d "${TMPDIR:-/tmp}/qbraid-package-smoke.XXXXXX")
feed="$work/feed"
app="$work/app"
cache=$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')
ids="qbraid.account qbraid.account.abstractions qbraid.account.testing"
cleanup() {
  rm -rf "$work"
  if [ -n "$cache" ]; then
    for id in $ids; do
      rm -rf "${cache%/}/$id/$version"
      rmdir "${cache%/}/$id" 2>/dev/null || true   # only when no other version is left
    done
  fi
}
trap cleanup EXIT
# A local source that does not exist fails restore (NU1301): create it first.
mkdir -p "$feed" "$app"

echo "package-smoke: packing $version"
# PackageVersion (not Version) names the packages without changing the assemblies, so the Release
# build CI just made is reused instead of compiled again.
for project in src/Qbraid.Account.Abstractions src/Qbraid.Account src/Qbraid.Account.Testing; do
  dotnet pack "$project" -c Release -p:PackageVersion="$version" -o "$feed" -v:q -clp:NoSummary
done

fail() { echo "package-smoke: $*" >&2; exit 1; }
for id in Qbraid.Account Qbraid.Account.Abstractions Qbraid.Account.Testing; do
  nupkg="$feed/$id.$version.nupkg"
  [ -f "$nupkg" ] || fail "missing $nupkg"
  [ -f "$feed/$id.$version.snupkg" ] || fail "missing symbol package for $id"
  listing=$(unzip -Z1 "$nupkg")
  nuspec=$(unzip -p "$nupkg" "$id.nuspec")
  grep -qx 'README.md' <<<"$listing" || fail "$id: no README.md in the package"
  # A gallery page can't follow repository-relative links: every link must be absolute or an anchor.
  relative=$(unzip -p "$nupkg" README.md | grep -o '](\([^)#][^)]*\))' | grep -v '](https\?://' || true)
  [ -z "$relative" ] || fail "$id: relative links in the packed README: $relative"
  unzip -p "$nupkg" README.md | grep -q "](https://github.com/.*/blob/main/docs/" || fail "$id: the packed README lost its docs links"
  grep -q "lib/.*/$id.xml" <<<"$listing" || fail "$id: no XML documentation"
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "$id: no license expression"
  grep -q '<readme>README.md</readme>' <<<"$nuspec" || fail "$id: README not declared"
  grep -q '<projectUrl>' <<<"$nuspec" || fail "$id: no project URL"
  grep -q '<tags>.*qbraid' <<<"$nuspec" || fail "$id: no tags"
  grep -q '<repository [^>]*commit="[0-9a-f]\{40\}"' <<<"$nuspec" || fail "$id: no source commit"
  if [ "$id" = Qbraid.Account ]; then
    grep -q "id=\"Qbraid.Account.Abstractions\" version=\"$version\"" <<<"$nuspec" || fail "Qbraid.Account does not depend on Abstractions $version"
  fi
done

cd "$app"
cat > nuget.config <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <!-- Added to the machine's default feed, which still serves the dependencies. -->
    <add key="qbraid-local" value="$feed" />
  </packageSources>
</configuration>
XML
dotnet new console -n SmokeApp -o . --framework net10.0 --no-restore >/dev/null
dotnet add package Qbraid.Account --version "$version" >/dev/null
dotnet add package Qbraid.Account.Testing --version "$version" >/dev/null
cat > Program.cs <<'CS'
using Qbraid.Account;
using Qbraid.Account.Testing;

// The sandbox stands in for qBraid; the SDK talks to it over HTTP like to the real API.
await using var sandbox = await QbraidSandbox.StartAsync();
using var client = new QbraidAccountClient(new QbraidAccountOptions
{
    ApiKey = sandbox.Keys.Personal,
    BaseUrl = sandbox.BaseUrl,
    UseEnvironment = false,
});
var me = await client.VerifyAsync();
Console.WriteLine($"Verified {me.UserName} <{me.UserEmail}> valid={me.Valid}");
CS
dotnet build -c Release -v:q -clp:NoSummary
output=$(dotnet run -c Release --no-build)
echo "$output"
grep -qx 'Verified ada <ada@example.com> valid=True' <<<"$output" || fail "the app did not print the verified user"
grep -q "\"Qbraid.Account/$version\"" obj/project.assets.json || fail "the app did not restore Qbraid.Account $version"
echo "package-smoke: ok in $(( $(date +%s) - started ))s"
