#!/usr/bin/env bash
# The app image of `mvn -Pdist package` (see the dist profile in pom.xml):
#   app-image.sh JAR_FOLDER JAR_NAME VERSION ICON DEST
# jpackage (which runs jlink for the runtime) makes DEST/genai-timeline, then train-cds.sh
# adds the AppCDS archive. A script rather than a second jpackage-maven-plugin execution:
# Maven runs all executions of one plugin together, so the training run could not come
# between the image and the installer that packages it.
set -euo pipefail
input=${1:?usage: app-image.sh JAR_FOLDER JAR_NAME VERSION ICON DEST}
jar=$2 version=$3 icon=$4 dest=$5
jpackage="${JAVA_HOME:?JAVA_HOME names the JDK whose jpackage and jlink build the image}/bin/jpackage"
rm -rf "$dest"
# Modules: `jdeps --print-module-deps --ignore-missing-deps` of the shaded jar, plus
# java.logging (System.Logger's backend) and jdk.localedata (Chinese number and date formats).
# jlink options: jpackage's defaults but the java binary kept, which the training run and
# dump-cds.sh need, and the JDK's own CDS archive (used where ours is not made yet).
# Java options: the ones that started fastest (docs/PERFORMANCE.md, "Start-up"): C1 only
# (start-up code never runs long enough for C2 to pay off) and the serial collector (no
# GC threads to start for a desktop heap). train-cds.sh adds the archive.
"$jpackage" --type app-image --name genai-timeline --app-version "$version" \
  --vendor "GenAI Timeline" --copyright "Apache-2.0" \
  --input "$input" --main-jar "$jar" --main-class org.genaitimeline.app.Main --icon "$icon" \
  --add-modules java.base,java.desktop,java.logging,java.management,java.prefs,java.sql,jdk.jfr,jdk.localedata,jdk.unsupported,jdk.unsupported.desktop \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --generate-cds-archive" \
  --java-options -XX:TieredStopAtLevel=1 --java-options -XX:+UseSerialGC --java-options -Xshare:auto \
  --dest "$dest"
case "$(uname -s)" in
  Darwin) image="$dest/genai-timeline.app" ;;
  *) image="$dest/genai-timeline" ;;
esac
bash "$(dirname "$0")/train-cds.sh" "$image" genai-timeline
