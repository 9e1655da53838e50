#!/usr/bin/env bash
# The AppCDS training run of `mvn -Pdist package` (called by app-image.sh):
#   train-cds.sh APP_IMAGE_DIR NAME
# Starts the image's own runtime on its own jar with the launcher's options and
# --startup-probe (which quits once the first frame is drawn) and records the classes that
# start loads into lib/app/NAME.classlist. The archive itself (NAME.jsa) is dumped from that
# list where the app is installed (the .deb's postinst runs dump-cds.sh): Java 17 maps an
# archive only when the jar's path is the one it was dumped with, and the build's path is
# not the installed one.
# Needs an X display: DISPLAY, else a private Xvfb; with neither it says so and skips.
set -euo pipefail
img=${1:?usage: train-cds.sh APP_IMAGE_DIR NAME}
name=${2:?usage: train-cds.sh APP_IMAGE_DIR NAME}
case "$(uname -s)" in
  Darwin) app="$img/Contents/app"; java="$img/Contents/runtime/Contents/Home/bin/java" ;;
  MINGW*|MSYS*|CYGWIN*) app="$img/app"; java="$img/runtime/bin/java.exe" ;;
  *) app="$img/lib/app"; java="$img/lib/runtime/bin/java" ;;
esac
cfg="$app/$name.cfg"
[[ -x $java && -f $cfg ]] || { echo "train-cds: no runtime or launcher configuration in $img" >&2; exit 1; }
xpid=
if [[ $(uname -s) == Linux && -z ${DISPLAY:-} ]]; then
  if ! command -v Xvfb >/dev/null; then
    echo "train-cds: no DISPLAY and no Xvfb: the app is packaged without a CDS class list (it starts a little slower)"
    exit 0
  fi
  d=90; while [[ -e /tmp/.X11-unix/X$d || -e /tmp/.X$d-lock ]]; do d=$((d + 1)); done
  Xvfb ":$d" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
  trap 'kill $xpid 2>/dev/null || true' EXIT
  export DISPLAY=":$d"
  for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$d ]] && break; sleep 0.1; done
fi
# The launcher's own options (the [JavaOptions] lines), so the list matches the real start.
mapfile -t opts < <(sed -n 's/^java-options=//p' "$cfg" | grep -v SharedArchiveFile | sed "s|\$APPDIR|$app|g")
"$java" "${opts[@]}" -Dgenai.prefs.node=/org/genaitimeline/cds-training -XX:DumpLoadedClassList="$app/$name.classlist" \
  -cp "$app/$name.jar" org.genaitimeline.app.Main --startup-probe
cp "$(dirname "$0")/dump-cds.sh" "$app/dump-cds.sh"
# Named now; until dump-cds.sh has made it, -Xshare:auto starts without it, silently.
grep -q SharedArchiveFile "$cfg" || echo 'java-options=-XX:SharedArchiveFile=$APPDIR/'"$name"'.jsa' >> "$cfg"
echo "train-cds: $(wc -l < "$app/$name.classlist") classes in $app/$name.classlist"
