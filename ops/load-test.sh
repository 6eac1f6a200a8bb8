#!/usr/bin/env bash
# The HTTP load test of docs/operations.md ("Load test"): prepares N applicants with complete drafts in the
# portal's database, runs the Gatling simulation against a running portal (one node, or the proxy of
# ops/two-nodes.sh) and prints, besides Gatling's table, the CPU used per acknowledged submission and the heap
# retained per open session of every node whose process id is given.
#
#   ops/load-test.sh --base http://127.0.0.1:8080 --pids "PID1 PID2" [--users 200] [--ramp 60] [--think 2]
#
# --kill-after N (the kill test, with two nodes behind the proxy): kill -9 the first node of --pids once N
# submissions were acknowledged; the applicants whose journey broke sign in again and reopen their proposal; then
# every acknowledged autosave and receipt is checked against the database and the counts are printed.
#
# --warmup N first runs N other applicants' journeys, not measured, so that the figures do not include what a
# fresh node loads once (classes, query plans, caches): the heap per session is measured on warm nodes.
#
# --keep-users reuses the applicants of the last set-up (target/load/users.csv) when no run has submitted them.
# The database is the one of CONVERGO_DB_HOST, CONVERGO_DB_NAME, CONVERGO_DB_USER and CONVERGO_DB_PASSWORD
# (the nodes' own). Needs a JDK 21+ with jcmd; the nodes must run on this machine for the CPU and heap readings.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=http://127.0.0.1:8080; PIDS=""; USERS=200; RAMP=60; THINK=2; KEEP=false; KILL_AFTER=0; WARMUP=0
while [ $# -gt 0 ]; do
  case "$1" in
    --base) BASE="$2"; shift 2 ;;
    --pids) PIDS="$2"; shift 2 ;;
    --users) USERS="$2"; shift 2 ;;
    --ramp) RAMP="$2"; shift 2 ;;
    --think) THINK="$2"; shift 2 ;;
    --keep-users) KEEP=true; shift ;;
    --kill-after) KILL_AFTER="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && [ -z "${JAVA_HOME:-}" ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 PATH=/usr/lib/jvm/temurin-25-jdk-amd64/bin:$PATH
fi
WORK=target/load
mkdir -p "$WORK"

# 1. N applicants with complete drafts, and the 1 MB PDF they upload (LoadTestSetup, in a JVM of its own)
./mvnw -B -ntp -q -Pgatling test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=test
setup() {  # applicants file
  java -Xmx768m -Djavax.xml.stream.XMLInputFactory=com.sun.xml.internal.stream.XMLInputFactoryImpl -cp "target/test-classes:target/classes:$(cat "$WORK/classpath.txt")" it.convergo.Application \
    --spring.profiles.active=mysql --server.port=0 --spring.mail.host= --flowable.async-executor-activate=false \
    --convergo.test.load-users="$1" --convergo.test.load-file="$2" >"$WORK/setup.log" 2>&1 \
    || { echo "set-up failed: see $WORK/setup.log" >&2; exit 1; }
  grep "LOAD TEST SETUP" "$WORK/setup.log" || true
}
$KEEP || setup "$USERS" "$WORK/users.csv"
if [ "$WARMUP" -gt 0 ]; then
  setup "$WARMUP" "$WORK/warmup.csv"
  ./mvnw -B -ntp -q -Pgatling gatling:test -Dload.base="$BASE" -Dload.users="$WARMUP" -Dload.ramp=10 -Dload.think=1 \
    -Dload.feeder="$WORK/warmup.csv" -Dload.pdf="$WORK/annex.pdf" >"$WORK/warmup.txt" 2>&1 || true
  echo "warm-up: $WARMUP journeys run, not measured ($WORK/warmup.txt)"
fi

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
db_pid() { pgrep -o -x mariadbd || pgrep -o -x mysqld || true; }
heap_after_gc() {  # KB used after a full collection
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | sed -nE 's/.* used ([0-9]+)K.*/\1/p' | head -1
}
count() {  # live instances of a class in the histogram taken after a full collection
  jcmd "$1" GC.class_histogram | awk -v c="$2" '$4 == c {print $2; found=1} END {if (!found) print 0}'
}
reading() {  # per node: heap KB, sessions, UIs; and CPU ticks of the nodes and of the database server
  for pid in $PIDS; do
    kill -0 "$pid" 2>/dev/null || continue  # killed by the kill test
    echo "node $pid heap_kb $(heap_after_gc "$pid") sessions $(count "$pid" org.apache.catalina.session.StandardSession)" \
      "vaadin_sessions $(count "$pid" com.vaadin.flow.server.VaadinSession) uis $(count "$pid" com.vaadin.flow.component.UI)" \
      "cpu_ticks $(cpu_ticks "$pid")"
  done
  local db; db=$(db_pid); [ -n "$db" ] && echo "database $db cpu_ticks $(cpu_ticks "$db")"
  echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
}

reading >"$WORK/before.txt"
ACKS="$WORK/acks.txt"
rm -f "$ACKS"
KILLER=""
if [ "$KILL_AFTER" -gt 0 ]; then
  VICTIM=${PIDS%% *}
  acks() { cat "$ACKS" 2>/dev/null | grep -c '^ACK ' || true; }
  ( while [ "$(acks)" -lt "$KILL_AFTER" ]; do sleep 0.2; done
    kill -9 "$VICTIM" && echo "KILLED node $VICTIM after $(acks) acknowledged submissions at $(date -u +%T)" ) &
  KILLER=$!
fi
START=$(date +%s)
./mvnw -B -ntp -q -Pgatling gatling:test -Dload.base="$BASE" -Dload.users="$USERS" -Dload.ramp="$RAMP" \
  -Dload.think="$THINK" -Dload.feeder="$WORK/users.csv" -Dload.pdf="$WORK/annex.pdf" \
  $( [ "$KILL_AFTER" -gt 0 ] && echo "-Dload.acks=$PWD/$ACKS" ) | tee "$WORK/gatling.txt" | grep -v '^WARNING' || true
[ -n "$KILLER" ] && { kill "$KILLER" 2>/dev/null || true; }
ELAPSED=$(( $(date +%s) - START ))
reading >"$WORK/after.txt"

# the kill test: what was acknowledged must be in the database, and what the re-signed-in applicants saw
if [ "$KILL_AFTER" -gt 0 ]; then
  python3 ops/kill-check.py "$ACKS"
fi

# 2. the figures: CPU per acknowledged submission, heap retained per session opened by the run
LOG=$(ls -td target/gatling/deadlinehoursimulation-*/ | head -1)simulation.log
echo "--- $(date -u '+%F %T') UTC, $USERS users, ramp $RAMP s, think $THINK s, $ELAPSED s in all, report $(dirname "$LOG")"
echo "before: $(tr '\n' ';' <"$WORK/before.txt")"
echo "after:  $(tr '\n' ';' <"$WORK/after.txt")"
HZ=$(getconf CLK_TCK)
python3 - "$WORK/before.txt" "$WORK/after.txt" "$HZ" "$WORK/gatling.txt" <<'PY'
import re, sys
def read(path):
    nodes, db = {}, 0
    for line in open(path):
        f = line.split()
        if f[0] == 'node':
            nodes[f[1]] = dict(zip(f[2::2], map(int, f[3::2])))
        elif f[0] == 'database':
            db = int(f[3])
    return nodes, db
(b, bdb), (a, adb) = read(sys.argv[1]), read(sys.argv[2])
hz = int(sys.argv[3])
text = open(sys.argv[4]).read()
m = ([None] + list(re.finditer(r"> submit receipt\s+\|\s+([\d,]+)\s+\|\s+([\d,]+)", text)))[-1]
acks = int(m.group(2).replace(',', '')) if m else 0
node_cpu = sum(a[p]['cpu_ticks'] - b[p]['cpu_ticks'] for p in a) / hz
db_cpu = (adb - bdb) / hz
print(f"acknowledged submissions (receipt seen): {acks}")
print(f"CPU: nodes {node_cpu:.1f} s, database server {db_cpu:.1f} s"
      + (f"; per submission (whole journey) {1000 * node_cpu / acks:.0f} ms nodes + {1000 * db_cpu / acks:.0f} ms database" if acks else ""))
for p in a:
    ds = a[p]['sessions'] - b[p]['sessions']
    dh = a[p]['heap_kb'] - b[p]['heap_kb']
    per = f"{dh / ds:.0f} KB per session" if ds > 0 else "no new sessions"
    print(f"node {p}: heap after GC {b[p]['heap_kb']} -> {a[p]['heap_kb']} KB, sessions {b[p]['sessions']} -> {a[p]['sessions']},"
          f" UIs {b[p]['uis']} -> {a[p]['uis']}: {per}")
PY
