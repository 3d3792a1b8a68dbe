#!/usr/bin/env bash
# Installs what Sandan needs and is missing: Graphviz (library, headers, sample graphs), a Hangul
# font, Chromium and tidy for the report check, xmllint for the GraphML schema check, and the
# Python peers used by the test scripts (Playwright drives Chromium in the explorer check).
# Uses apt-get when root or sudo is available, Homebrew on macOS; otherwise says what to install.
set -euo pipefail

apt_packages=(graphviz libgraphviz-dev graphviz-doc fonts-nanum chromium tidy pkg-config libxml2-utils procps util-linux zlib1g-dev poppler-utils)
python_packages=(networkx python-igraph pandas openpyxl pillow colour-science playwright)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "setup: please install: ${missing[*]} (apt-get needs root or sudo)" >&2; exit 1
    fi
    echo "setup: installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
elif [ "$(uname)" = Darwin ] && command -v brew >/dev/null 2>&1; then
  brew list graphviz >/dev/null 2>&1 || brew install graphviz
  brew list --cask font-nanum-gothic >/dev/null 2>&1 || brew install --cask font-nanum-gothic || true
else
  command -v pkg-config >/dev/null 2>&1 && pkg-config --exists libgvc || {
    echo "setup: please install Graphviz with its development files (libgvc) and a Korean font (e.g. Nanum)" >&2; exit 1; }
fi

if command -v fc-list >/dev/null 2>&1 && [ -z "$(fc-list :lang=ko 2>/dev/null)" ]; then
  echo "setup: warning: no font with Hangul coverage found; Korean labels would render as boxes" >&2
fi

if command -v python3 >/dev/null 2>&1; then
  python3 -c 'import networkx, igraph, pandas, openpyxl, PIL, colour, playwright' 2>/dev/null || python3 -m pip install -q "${python_packages[@]}" 2>&1 | grep -v WARNING >&2 || true
fi
