#!/usr/bin/env bash
# Start-up of the installed app against a bare JavaFX window (docs/PERFORMANCE.md, "Start-up"):
#   src/bench/startup-compare.sh [RUNS]        (after `mvn -Pbench package -DskipTests`)
# RUNS (default 7) interleaved rounds of six starts, each timed by FirstFrameProbe (JVM
# start to the first frame drawn): the installed launcher; a bare window (one label) on the
# installed runtime with the launcher's options and an AppCDS archive of its own; both as
# `java` of this machine's JDK with the launcher's options but no archive (`java -jar` tuned);
# and both with the JDK's default options. Prints each run, the medians and the ratios. Uses
# DISPLAY, else a private Xvfb. Every app start uses the same throwaway preference node (the
# launcher's through JAVA_TOOL_OPTIONS), so saved preferences of this machine stay out.
# The app image of `mvn -Pdist package` serves in place of the installed one with
#   APP=target/dist/image/genai-timeline/bin/genai-timeline RUNTIME=.../lib/runtime/bin/java
#   APP_JAR=.../lib/app/genai-timeline.jar   (after dump-cds.sh on its lib/app).
set -euo pipefail
runs=${1:-7}
app=${APP:-/opt/genai-timeline/bin/genai-timeline}
runtime=${RUNTIME:-/opt/genai-timeline/lib/runtime/bin/java}
jar=${APP_JAR:-/opt/genai-timeline/lib/app/genai-timeline.jar}
bench=${BENCH_JAR:-target/benchmarks.jar}
opts=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto)
fast=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
bare=org.genaitimeline.bench.BareWindowProbe
prefs=-Dgenai.prefs.node=/org/genaitimeline/startup-compare
[[ -x $app && -x $runtime && -f $bench ]] || { echo "needs $app, $runtime and $bench" >&2; exit 2; }
if [[ -z ${DISPLAY:-} ]]; then
  d=90; while [[ -e /tmp/.X11-unix/X$d || -e /tmp/.X$d-lock ]]; do d=$((d + 1)); done
  Xvfb ":$d" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 & xpid=$!
  trap 'kill $xpid 2>/dev/null || true' EXIT
  export DISPLAY=":$d"; sleep 1
fi
work=$(mktemp -d)
# The bare window's own archive, made as the app's is: a training run, then a dump.
"$runtime" "${opts[@]}" -XX:DumpLoadedClassList="$work/bare.classlist" -cp "$bench" $bare >/dev/null 2>&1
"$runtime" "${opts[@]}" -Xshare:dump -XX:SharedClassListFile="$work/bare.classlist" \
  -XX:SharedArchiveFile="$work/bare.jsa" -cp "$bench" >/dev/null 2>&1
# "WALL/FX": first-frame-ms, and the FX thread's CPU time by then (first-frame-cpu-ms ... fx N),
# which the load of a shared machine sways much less than the wall time.
ms() { "$@" 2>/dev/null | awk '/^first-frame-ms/ {w = $2} /^first-frame-cpu-ms/ {f = $4} END {print w "/" f}'; }
declare -A all m c
for i in $(seq "$runs"); do
  a=$(JAVA_TOOL_OPTIONS=$prefs ms "$app" --startup-probe)
  b=$(ms "$runtime" "${opts[@]}" -XX:SharedArchiveFile="$work/bare.jsa" -cp "$bench" $bare)
  f=$(ms java "${fast[@]}" $prefs -jar "$jar" --startup-probe)
  g=$(ms java "${fast[@]}" -cp "$bench" $bare)
  c=$(ms java $prefs -jar "$jar" --startup-probe)
  e=$(ms java -cp "$bench" $bare)
  echo "run $i: launcher $a  bare-tuned $b  app-jar-fast $f  bare-fast $g  app-jar-plain $c  bare-plain $e  (load $(cut -d' ' -f1 /proc/loadavg))"
  all[launcher]+="$a "; all[bare_tuned]+="$b "; all[app_fast]+="$f "; all[bare_fast]+="$g "
  all[app_plain]+="$c "; all[bare_plain]+="$e "
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
echo "(each: first frame ms / FX thread CPU ms)"
for k in launcher bare_tuned app_fast bare_fast app_plain bare_plain; do
  m[$k]=$(echo "${all[$k]}" | tr ' ' '\n' | cut -d/ -f1 | median)
  c[$k]=$(echo "${all[$k]}" | tr ' ' '\n' | cut -d/ -f2 | median)
  echo "median $k ${m[$k]} ms, FX thread CPU ${c[$k]} ms"
done
for p in "launcher bare_tuned" "app_fast bare_fast" "app_plain bare_plain"; do
  set -- $p
  echo "ratio $1 / $2 $(awk -v a="${m[$1]}" -v b="${m[$2]}" 'BEGIN {printf "%.2f", a / b}')" \
    "(FX thread CPU $(awk -v a="${c[$1]}" -v b="${c[$2]}" 'BEGIN {printf "%.2f", a / b}'))"
done
rm -rf "$work"
