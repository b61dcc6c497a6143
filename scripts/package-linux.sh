#!/usr/bin/env bash
# Builds Gantry's Linux installers with jpackage: the app-image (packaging/target/jpackage/image/Gantry),
# the .deb, and the .rpm where rpmbuild is installed (packaging/target/jpackage/installers/).
# scripts/package-smoke-test.sh then launch-tests them. Runs as a normal user; as root on
# Debian/Ubuntu it installs what jpackage needs (fakeroot, binutils) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
log() { echo "[package-linux] $*" >&2; }

need=()
command -v fakeroot >/dev/null || need+=(fakeroot)
command -v dpkg-deb >/dev/null || need+=(dpkg)
command -v objdump >/dev/null || need+=(binutils)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    log "installing ${need[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq "${need[@]}" >/dev/null
  else
    log "missing ${need[*]}: install them (the .deb needs fakeroot and dpkg-deb)"; exit 1
  fi
fi

start=$(date +%s)
./mvnw -B -ntp -q -DskipTests -Dinstallers package -pl packaging -am
log "done in $(( $(date +%s) - start )) s"
du -sh packaging/target/jpackage/image/Gantry packaging/target/jpackage/installers/* >&2
