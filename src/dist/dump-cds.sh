#!/bin/sh
# Dumps GenAI Timeline's AppCDS archive where the app is installed, from the class list the
# build's training run recorded (train-cds.sh):  dump-cds.sh APP_DIR NAME RUNTIME_JAVA
# Run by the .deb's postinst; safe to run again (after moving the image, say). A failure
# leaves no archive, and the app starts without one.
set -e
app=$1 name=$2 java=$3
[ -f "$app/$name.classlist" ] || exit 0
rm -f "$app/$name.jsa"
"$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:dump -XX:SharedClassListFile="$app/$name.classlist" \
    -XX:SharedArchiveFile="$app/$name.jsa" -cp "$app/$name.jar" >/dev/null 2>&1 || rm -f "$app/$name.jsa"
