# Shared by scripts/run.sh and scripts/test.sh. Source it from the repository root.

say() { printf '%s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# npm ci when node_modules is missing or package-lock.json changed since the last install.
ensure_npm_tools() {
  command -v node >/dev/null || die "node is not installed (Node 20 or later is needed for the Playground and the test tools)."
  command -v npm >/dev/null || die "npm is not installed."
  local stamp=node_modules/.servicedesk-lock.sha256 want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [[ ! -d node_modules || "$(cat "$stamp" 2>/dev/null)" != "$want" ]]; then
    say "Installing the npm tools (npm ci)..."
    npm ci --no-audit --no-fund
    printf '%s\n' "$want" > "$stamp"
  fi
}

# True when something accepts TCP connections on 127.0.0.1:$1.
port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# True when GET $1 answers with a 2xx status.
http_ok() {
  if command -v curl >/dev/null; then
    curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null
  else
    local rest=${1#http://} host port path
    host=${rest%%/*}; path=/${rest#*/}; port=${host##*:}; host=${host%%:*}
    exec 3<>"/dev/tcp/$host/$port" 2>/dev/null || return 1
    printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' "$path" "$host" >&3
    local status; read -r _ status _ <&3; exec 3>&-
    [[ "$status" == 2* ]]
  fi
}

# A folder holding a no-op xdg-open: the Playground exits when it cannot open a browser.
make_xdg_open_shim() {
  local folder; folder=$(mktemp -d "${TMPDIR:-/tmp}/servicedesk-shim.XXXXXX")
  printf '#!/bin/sh\nexit 0\n' > "$folder/xdg-open"
  chmod +x "$folder/xdg-open"
  printf '%s\n' "$folder"
}
