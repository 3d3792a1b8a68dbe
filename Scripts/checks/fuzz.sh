#!/usr/bin/env bash
# Fuzzes every reader for 30 seconds (Scripts/fuzz.sh; about 4 minutes plus the release
# sanitizer build of Fuzz/, which takes about a minute and a half on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/../.."
Scripts/fuzz.sh 30
