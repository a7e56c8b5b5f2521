#!/usr/bin/env bash
# Runs nvim-test.lua in headless Neovim against a temporary copy of a vault.
# Usage: nvim-test.sh SERVER VAULT
#   SERVER  a notelsp executable or notelsp.dll
#   VAULT   the vault to copy; the copy and all of Neovim's state live in one temporary folder.
set -euo pipefail

if [[ $# -ne 2 ]]; then
  echo "usage: $0 SERVER VAULT" >&2
  exit 2
fi
server=$(realpath "$1")
vault=$2
here=$(cd "$(dirname "$0")" && pwd)

work=$(mktemp -d -t notelsp-nvim-e2e-XXXXXX)
trap 'rm -rf "$work"' EXIT
cp -r "$vault" "$work/vault"

# Keeps Neovim's log, shada and swap files out of $HOME.
export XDG_CONFIG_HOME=$work/xdg/config XDG_DATA_HOME=$work/xdg/data \
  XDG_CACHE_HOME=$work/xdg/cache XDG_STATE_HOME=$work/xdg/state
export NOTELSP_TODAY=2026-12-04 NOTELSP_E2E_VAULT=$work/vault NOTELSP_E2E_SERVER=$server

# The Lua test waits at most 60 s per step, so 180 s only ends a Neovim that hangs. Neovim's own messages go to
# stderr without a final newline, so they are shown after the test's lines instead of being mixed into them.
status=0
timeout 180 nvim --headless -u NONE -i NONE -n -c "luafile $here/nvim-test.lua" 2> "$work/nvim-stderr.log" || status=$?
if [[ -s $work/nvim-stderr.log ]]; then
  echo "Neovim messages:"
  sed 's/^/  /' "$work/nvim-stderr.log"
  echo
fi
exit "$status"
