#!/usr/bin/env bash
# Netlify's build command (see netlify.toml): .NET SDK if missing, the site with search, the API proxy.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! dotnet --list-sdks 2>/dev/null | grep -q '^10\.'; then
  echo "netlify: installing the .NET 10 SDK (the build image has none)"
  curl -sSfL https://dot.net/v1/dotnet-install.sh -o /tmp/dotnet-install.sh
  bash /tmp/dotnet-install.sh --channel 10.0 --install-dir "$HOME/.dotnet"
  export PATH="$HOME/.dotnet:$PATH"
fi

# The feed and "Recently added" date each letter by the commit that added it: in a shallow clone every letter
# older than the clone's first commit would count as added by it (README, "Added and updated").
if [ "$(git rev-parse --is-shallow-repository 2>/dev/null)" = "true" ]; then
  git fetch --unshallow --quiet || echo "netlify: could not fetch the whole git history; letters are dated by a shallow clone" >&2
fi

dotnet run --project sitegen -c Release -- build

# /api/* is proxied (status 200: a rewrite, not a redirect) to the API's host. _redirects rules come
# before netlify.toml's, so this one wins over the catch-all 404. Appended: the build may have written _redirects
# already (the old addresses of renamed organizations, README "Organizations renamed or merged").
if [ -n "${ARCHIVE_API_ORIGIN:-}" ]; then
  printf '/api/*  %s/api/:splat  200\n' "${ARCHIVE_API_ORIGIN%/}" >> _site/_redirects
  echo "netlify: /api/* is proxied to ${ARCHIVE_API_ORIGIN%/}"
else
  echo "netlify: ARCHIVE_API_ORIGIN is not set, so /api/* is not proxied" >&2
fi
