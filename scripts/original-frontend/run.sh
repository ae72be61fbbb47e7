#!/usr/bin/env bash
# Runs the ORIGINAL frontend (github.com/Alvaromp3/fashion_ai, frontend/) against this API in
# headless Chromium and writes .artifacts/original-frontend/report-<label>.json plus
# .artifacts/screenshots/original-<label>-*.png. See docs/original-frontend.md.
#
#   scripts/original-frontend/run.sh                      # cross-origin, API with (mock) Auth0
#   AUTH=anonymous scripts/original-frontend/run.sh       # API in anonymous single-user mode
#   SITE=same scripts/original-frontend/run.sh            # original build served by our server (WEB_DIST)
#
# Needs: the original's frontend/ at $ORIG (default /tmp/orig/frontend; get it with
#   git --git-dir=<mirror of Alvaromp3/fashion_ai> archive HEAD frontend | tar -x -C /tmp/orig),
# network access to the npm registry for its first `npm install`, and /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/../.."

ORIG=${ORIG:-/tmp/orig/frontend}
AUTH=${AUTH:-auth0}     # auth0 | anonymous
SITE=${SITE:-cross}     # cross | same
API_PORT=${API_PORT:-8791}
APP_PORT=${APP_PORT:-8792}
AUTH_PORT=${AUTH_PORT:-8793}
AUDIENCE=https://fashion-ai.test/api
API=http://127.0.0.1:$API_PORT
if [ "$SITE" = same ]; then APP=$API; else APP=http://127.0.0.1:$APP_PORT; fi
LABEL=${LABEL:-$SITE-$AUTH}
DIST=/tmp/orig/dist-$SITE
TSX=node_modules/.bin/tsx
LOGS=.artifacts/original-frontend
mkdir -p "$LOGS"

# 1. Build the original once per site kind (env only: no source edits). Its main.jsx renders
#    "Auth0 not configured" without VITE_AUTH0_DOMAIN/CLIENT_ID, so those point at the mock.
if [ ! -f "$DIST/index.html" ]; then
  [ -d "$ORIG/node_modules" ] || (cd "$ORIG" && npm install --no-audit --no-fund)
  base=$API; [ "$SITE" = same ] && base=
  (cd "$ORIG" && VITE_API_BASE_URL=$base VITE_AUTH0_DOMAIN=http://127.0.0.1:$AUTH_PORT \
    VITE_AUTH0_CLIENT_ID=orig-frontend-e2e VITE_AUTH0_AUDIENCE=$AUDIENCE \
    npx vite build --outDir "$DIST" --emptyOutDir)
fi

pids=()
data=$(mktemp -d)
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  sleep 1
  rm -rf "$data"
}
trap cleanup EXIT

MOCK_AUTH0_PORT=$AUTH_PORT MOCK_AUTH0_AUDIENCE=$AUDIENCE \
  $TSX scripts/original-frontend/mock-auth0.ts >"$LOGS/mock-auth0-$LABEL.log" 2>&1 &
pids+=($!)

auth_env=()
if [ "$AUTH" = auth0 ]; then
  auth_env=(AUTH0_DOMAIN=127.0.0.1 AUTH0_AUDIENCE=$AUDIENCE
    AUTH0_ISSUER=http://127.0.0.1:$AUTH_PORT/
    AUTH0_JWKS_URI=http://127.0.0.1:$AUTH_PORT/.well-known/jwks.json)
fi
[ "$SITE" = same ] && auth_env+=(WEB_DIST="$DIST")
env PORT=$API_PORT HOST=127.0.0.1 DATA_DIR="$data" CORS_ORIGINS=$APP \
  RATE_LIMIT_MAX=100000 RATE_LIMIT_HEAVY_MAX=100000 "${auth_env[@]}" \
  $TSX apps/server/src/main.ts >"$LOGS/api-$LABEL.log" 2>&1 &
pids+=($!)

if [ "$SITE" = cross ]; then
  STATIC_ROOT=$DIST STATIC_PORT=$APP_PORT $TSX scripts/original-frontend/static-server.ts \
    >"$LOGS/static-$LABEL.log" 2>&1 &
  pids+=($!)
fi

for _ in $(seq 1 120); do
  curl -fsS "$API/api/health" >/dev/null 2>&1 && curl -fsS "$APP/" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "$API/api/health" >/dev/null || { echo "API did not start"; cat "$LOGS/api-$LABEL.log"; exit 1; }

APP_URL=$APP API_ORIGIN=$API LABEL=$LABEL $TSX scripts/original-frontend/drive.ts
