#!/usr/bin/env bash
# Installs what the real-VS-Code tests need, from Debian's packages and the npm registry only:
# chromium and ripgrep (apt, when missing) and code-server (the real VS Code server and workbench) into a
# cache folder outside the repository. Follows the steps measured in ../shared/notes/real-vscode.md.
# Prints the code-server folder on its last line.
set -euo pipefail
VERSION="${CODE_SERVER_VERSION:-4.100.3}"
CACHE="${CORROBORATE_E2E_CACHE:-$HOME/.cache/corroborate-e2e}"
DIR="$CACHE/code-server-$VERSION"

if ! command -v chromium >/dev/null || ! command -v rg >/dev/null || [ ! -e /usr/include/krb5.h ]; then
  echo "installing chromium, ripgrep and libkrb5-dev with apt" >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium ripgrep libkrb5-dev >&2
fi

if [ ! -f "$DIR/.complete" ]; then
  echo "installing code-server $VERSION into $DIR" >&2
  rm -rf "$DIR"
  mkdir -p "$DIR"
  export npm_config_yes=true npm_config_nodedir=/usr npm_config_audit=false npm_config_fund=false
  (
    cd "$DIR"
    echo '{"name":"code-server-cache","private":true}' > package.json
    npm install --ignore-scripts --no-save "code-server@$VERSION" >&2
    npm rebuild argon2 >&2
    cd node_modules/code-server/lib/vscode
    npm install --omit=dev --ignore-scripts >&2
    mkdir -p node_modules/@vscode/ripgrep/bin
    ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
    npm rebuild >&2
    ln -sfn node_modules node_modules.asar
    (cd bin/remote-cli && ln -sf code-linux.sh code-server)
    (cd bin/helpers && ln -sf browser-linux.sh browser.sh)
    (cd extensions && npm install --omit=dev >&2)
  )
  touch "$DIR/.complete"
fi
echo "$DIR"
