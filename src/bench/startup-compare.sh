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
# Two builds against each other in the same run:
#   BEFORE=old.jar [AFTER=target/genai-timeline.jar] src/bench/startup-compare.sh [RUNS]
# Rounds of three starts instead: each jar as the launcher starts it (the installed runtime,
# the launcher's options, an AppCDS archive of its own made by a training run and a dump, as
# the dist build does), and the bare window alike; ALL=1 adds the six starts above.
# Each start's first frame, the FX thread's CPU by then, and interactive-ms (the work the
# window puts off until after its first frame done and drawn; a probe older than that prints
# none, and its first frame stands in).
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
before=${BEFORE:-}
after=${AFTER:-target/genai-timeline.jar}
every=${ALL:-}
[[ -z $before ]] && every=1
[[ -x $runtime && -f $bench ]] || { echo "needs $runtime and $bench" >&2; exit 2; }
[[ -z $every || -x $app ]] || { echo "needs $app" >&2; exit 2; }
[[ -z $before || (-f $before && -f $after) ]] || { echo "needs $before and $after" >&2; exit 2; }
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
# A jar's archive as the dist build makes it: a training run of --startup-probe, then a dump.
archive() {
  "$runtime" "${opts[@]}" $prefs -XX:DumpLoadedClassList="$work/$2.classlist" -cp "$1" org.genaitimeline.app.Main \
    --startup-probe >/dev/null 2>&1
  "$runtime" "${opts[@]}" -Xshare:dump -XX:SharedClassListFile="$work/$2.classlist" \
    -XX:SharedArchiveFile="$work/$2.jsa" -cp "$1" >/dev/null 2>&1
}
if [[ -n $before ]]; then
  archive "$before" before
  archive "$after" after
fi
# "WALL/FX/INTERACTIVE": first-frame-ms, the FX thread's CPU time by then (first-frame-cpu-ms
# ... fx N), which the load of a shared machine sways much less than the wall time, and
# interactive-ms (the first frame's time where the probe prints none).
ms() { "$@" 2>/dev/null | awk '/^first-frame-ms/ {w = $2} /^first-frame-cpu-ms/ {f = $4} /^interactive-ms/ {n = $2}
  END {print w "/" f "/" (n == "" ? w : n)}'; }
declare -A all m c n
keys=()
[[ -n $before ]] && keys+=(before after)
keys+=(bare_tuned)
[[ -n $every ]] && keys+=(launcher app_fast bare_fast app_plain bare_plain)
for i in $(seq "$runs"); do
  if [[ -n $before ]]; then
    p=$(ms "$runtime" "${opts[@]}" -XX:SharedArchiveFile="$work/before.jsa" $prefs -cp "$before" \
      org.genaitimeline.app.Main --startup-probe)
    q=$(ms "$runtime" "${opts[@]}" -XX:SharedArchiveFile="$work/after.jsa" $prefs -cp "$after" \
      org.genaitimeline.app.Main --startup-probe)
    all[before]+="$p "; all[after]+="$q "
  fi
  b=$(ms "$runtime" "${opts[@]}" -XX:SharedArchiveFile="$work/bare.jsa" -cp "$bench" $bare)
  all[bare_tuned]+="$b "
  if [[ -z $every ]]; then
    echo "run $i: before $p  after $q  bare-tuned $b  (load $(cut -d' ' -f1 /proc/loadavg))"
    continue
  fi
  a=$(JAVA_TOOL_OPTIONS=$prefs ms "$app" --startup-probe)
  f=$(ms java "${fast[@]}" $prefs -jar "$jar" --startup-probe)
  g=$(ms java "${fast[@]}" -cp "$bench" $bare)
  c=$(ms java $prefs -jar "$jar" --startup-probe)
  e=$(ms java -cp "$bench" $bare)
  echo "run $i: ${p:+before $p  after $q  }launcher $a  bare-tuned $b  app-jar-fast $f  bare-fast $g  app-jar-plain $c " \
    " bare-plain $e  (load $(cut -d' ' -f1 /proc/loadavg))"
  all[launcher]+="$a "; all[app_fast]+="$f "; all[bare_fast]+="$g "
  all[app_plain]+="$c "; all[bare_plain]+="$e "
done
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
echo "(each: first frame ms / FX thread CPU ms / interactive ms)"
for k in "${keys[@]}"; do
  m[$k]=$(echo "${all[$k]}" | tr ' ' '\n' | cut -d/ -f1 | median)
  c[$k]=$(echo "${all[$k]}" | tr ' ' '\n' | cut -d/ -f2 | median)
  n[$k]=$(echo "${all[$k]}" | tr ' ' '\n' | cut -d/ -f3 | median)
  echo "median $k ${m[$k]} ms, FX thread CPU ${c[$k]} ms, interactive ${n[$k]} ms"
done
pairs=()
[[ -n $before ]] && pairs+=("before bare_tuned" "after bare_tuned" "after before")
[[ -n $every ]] && pairs+=("launcher bare_tuned" "app_fast bare_fast" "app_plain bare_plain")
for p in "${pairs[@]}"; do
  set -- $p
  echo "ratio $1 / $2 $(awk -v a="${m[$1]}" -v b="${m[$2]}" 'BEGIN {printf "%.2f", a / b}')" \
    "(FX thread CPU $(awk -v a="${c[$1]}" -v b="${c[$2]}" 'BEGIN {printf "%.2f", a / b}'))"
done
rm -rf "$work"
