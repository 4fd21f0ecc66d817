#!/usr/bin/env bash
# Tags a release and moves its major tag, after checking that what users will run (dist/) is
# exactly what the source builds to. Pushing is left to the person: the commands are printed.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:?usage: scripts/release.sh X.Y.Z}"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "version must be X.Y.Z, not '$version'" >&2; exit 2; }
[ -z "$(git status --porcelain)" ] || { echo "the work tree is not clean: commit or stash first" >&2; exit 1; }
npm run -s build
[ -z "$(git status --porcelain -- dist)" ] || { echo "dist/ is out of date: run 'npm run build' and commit dist/" >&2; git checkout -- dist; exit 1; }
[ "$(node -p 'require("./package.json").version')" = "$version" ] || { echo "package.json says $(node -p 'require("./package.json").version'), not $version" >&2; exit 1; }
major="v${version%%.*}"
git tag -a "v$version" -m "v$version"
git tag -f -a "$major" -m "$major -> v$version"
echo "Tagged v$version and moved $major. Publish with:"
echo "  git push origin v$version && git push --force origin $major"
