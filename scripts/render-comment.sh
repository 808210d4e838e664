#!/usr/bin/env bash
# `npm run docs:comment`: renders the golden pull-request comment (test/fixtures/golden/action-comment.md, the
# comment the action's end-to-end suite posts) as GitHub shows it, into docs/comment.png, and records the golden's
# SHA-256 in docs/comment.png.source (a test fails when the golden changed and the picture was not re-rendered).
#   scripts/render-comment.sh [GOLDEN.md] [OUT.png] [WIDTH]
# GitHub's renderer (cmark-gfm, Debian) makes the HTML; GitHub's CSS (npm github-markdown-css) styles it; Mermaid
# blocks are drawn by the npm mermaid package in headless Chromium (Debian); alerts ([!NOTE]) are emulated.
# Fails when a Mermaid block does not parse. Installs what it needs on first use (apt-get as root; npm into a cache).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
md=${1:-$root/test/fixtures/golden/action-comment.md}
out=${2:-$root/docs/comment.png}
width=${3:-780}
cache=${RENDER_COMMENT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/docker-size-guard-render}
need=(); command -v cmark-gfm >/dev/null || need+=(cmark-gfm); command -v chromium >/dev/null || need+=(chromium)
fc-list 2>/dev/null | grep -qi "color emoji" || need+=(fonts-noto-color-emoji)  # GitHub shows the emoji of the headline and deltas
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive; apt-get update -qq >/dev/null; apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ ! -d "$cache/node_modules/mermaid" ] || [ ! -d "$cache/node_modules/github-markdown-css" ]; then
  mkdir -p "$cache"
  (cd "$cache" && npm init -y >/dev/null && npm install --no-audit --no-fund --save-exact mermaid@11.17.2 github-markdown-css@5.9.0 >/dev/null)
fi
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# The hidden marker comment at the top is not shown by GitHub either.
cmark-gfm --unsafe -e table -e strikethrough -e autolink -e tagfilter -e tasklist "$md" > "$work/body.html"
node "$root/scripts/render-comment-page.mjs" "$work/body.html" "$work/page.html" "$cache"
chrome=(chromium --headless --no-sandbox --disable-gpu --allow-file-access-from-files --virtual-time-budget=15000 --hide-scrollbars)
# The page reports its height once Mermaid has drawn; screenshot exactly that.
result=$("${chrome[@]}" --dump-dom "file://$work/page.html" 2>/dev/null | grep -o 'render-result: [^<]*' || true)
[ -n "$result" ] || { echo "render-comment: the page did not finish" >&2; exit 1; }
echo "$result"
case "$result" in *error*) echo "render-comment: a Mermaid block did not parse" >&2; exit 1;; esac
height=$(printf '%s' "$result" | sed -n 's/.*"height":\([0-9]*\).*/\1/p')
"${chrome[@]}" --screenshot="$out" --window-size="$width,$height" "file://$work/page.html" >/dev/null 2>&1 || true
[ -s "$out" ] || { echo "render-comment: no screenshot" >&2; exit 1; }
sha256sum "$md" | cut -d' ' -f1 > "$out.source"
echo "render-comment: $out (${width}x${height}) from $md"
