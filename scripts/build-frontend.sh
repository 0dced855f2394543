#!/usr/bin/env bash
# Vendors the front-end assets (USWDS, htmx) from npm into src/Lantern.Web/wwwroot/lib/.
# Agency networks block CDNs, so everything is served from the app itself, and the
# output is committed so that `dotnet run` needs no Node.
#
# Versions are pinned exactly in package.json / package-lock.json. To upgrade: change
# the version in package.json, run `npm install --omit-lockfile-registry-resolved`
# (keeps the lock file free of registry URLs, so an agency's own npm mirror works),
# then run this script and commit the lock file together with the refreshed wwwroot/lib/.
#
# Only what the USWDS CSS actually references (url(...)) is copied from fonts/ and img/,
# plus img/sprite.svg and img/usa-icons/ for icons used from markup.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

npm ci --no-audit --no-fund

USWDS_DIST="$ROOT/node_modules/@uswds/uswds/dist"
HTMX_DIST="$ROOT/node_modules/htmx.org/dist"
LIB="$ROOT/src/Lantern.Web/wwwroot/lib"

for f in "$USWDS_DIST/css/uswds.min.css" "$USWDS_DIST/js/uswds.min.js" "$HTMX_DIST/htmx.min.js"; do
    [[ -f "$f" ]] || { echo "error: missing $f (package layout changed?)" >&2; exit 1; }
done

# Start clean so files dropped by an upgrade do not linger.
rm -rf "$LIB/uswds" "$LIB/htmx"
mkdir -p "$LIB/uswds/css" "$LIB/uswds/js" "$LIB/htmx"

# --- USWDS CSS and JS -------------------------------------------------------------
cp "$USWDS_DIST/css/uswds.min.css" "$LIB/uswds/css/"
cp "$USWDS_DIST/js/uswds.min.js" "$LIB/uswds/js/"
if [[ -f "$USWDS_DIST/js/uswds-init.min.js" ]]; then
    cp "$USWDS_DIST/js/uswds-init.min.js" "$LIB/uswds/js/"
fi

# --- Fonts and images referenced by the CSS ---------------------------------------
# The CSS lives in css/ and refers to ../fonts/... and ../img/...; copying to the same
# relative paths under lib/uswds/ keeps those references working.
mapfile -t refs < <(
    grep -oE 'url\(["'\'']?\.\./[^"'\'')?#]+' "$LIB/uswds/css/uswds.min.css" \
        | sed -E 's/^url\(["'\'']?\.\.\///' | sort -u
)
if [[ ${#refs[@]} -eq 0 ]]; then
    echo "error: found no url(../...) references in uswds.min.css" >&2
    exit 1
fi
for rel in "${refs[@]}"; do
    src="$USWDS_DIST/$rel"
    [[ -f "$src" ]] || { echo "error: CSS references $rel but $src does not exist" >&2; exit 1; }
    mkdir -p "$LIB/uswds/$(dirname "$rel")"
    cp "$src" "$LIB/uswds/$rel"
done

# Icon sprite for <svg class="usa-icon"><use href="/lib/uswds/img/sprite.svg#NAME"></use></svg>.
cp "$USWDS_DIST/img/sprite.svg" "$LIB/uswds/img/"
# The whole usa-icons/ set (small SVGs) when the CSS uses it, so markup can use any icon.
if printf '%s\n' "${refs[@]}" | grep -q '^img/usa-icons/'; then
    cp -R "$USWDS_DIST/img/usa-icons/." "$LIB/uswds/img/usa-icons/"
fi

# USWDS licence travels with the files.
if [[ -f "$ROOT/node_modules/@uswds/uswds/LICENSE.md" ]]; then
    cp "$ROOT/node_modules/@uswds/uswds/LICENSE.md" "$LIB/uswds/"
fi

# --- htmx -------------------------------------------------------------------------
cp "$HTMX_DIST/htmx.min.js" "$LIB/htmx/"
if [[ -f "$ROOT/node_modules/htmx.org/LICENSE" ]]; then
    cp "$ROOT/node_modules/htmx.org/LICENSE" "$LIB/htmx/"
fi

# --- Record versions and report ------------------------------------------------------
uswds_version="$(node -p 'require("./node_modules/@uswds/uswds/package.json").version')"
htmx_version="$(node -p 'require("./node_modules/htmx.org/package.json").version')"
printf '@uswds/uswds %s\nhtmx.org %s\n' "$uswds_version" "$htmx_version" > "$LIB/VERSIONS.txt"

echo "Vendored @uswds/uswds $uswds_version and htmx.org $htmx_version into ${LIB#"$ROOT"/}"
echo "Files: $(find "$LIB" -type f | wc -l)"
echo "Total size: $(du -sh "$LIB" | cut -f1) ($(find "$LIB" -type f -exec cat {} + | wc -c) bytes)"
