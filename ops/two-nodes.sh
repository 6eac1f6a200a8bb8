#!/usr/bin/env bash
# Two portal nodes on one MariaDB/MySQL database behind nginx with cookie-sticky sessions, all on 127.0.0.1.
#
#   ops/two-nodes.sh                 # until Ctrl-C: http://127.0.0.1:8080 (nodes on 8081 and 8082)
#   ops/two-nodes.sh --for 300       # stops by itself after 300 s (what the tests use)
#   ops/two-nodes.sh --fresh         # drops the database first (demo data is created again)
#   ops/two-nodes.sh --jar target/convergo-0.1.0-SNAPSHOT.jar   # the production build (./mvnw -Pproduction package)
#   ops/two-nodes.sh --nodes 1       # one node behind the same proxy (to compare one node with two)
#
# Needs a JDK 21+, MariaDB or MySQL on 127.0.0.1:3306 with a root login (started here when missing, as in CI)
# and Debian's nginx (installed here when missing and possible). Ports and names can be changed with
# PROXY_PORT, NODE1_PORT, NODE2_PORT and CONVERGO_DB_NAME. Logs and the nginx configuration: target/two-nodes.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_TO_RUN=0
FRESH=false
JAR=""
NODE_COUNT=2
while [ $# -gt 0 ]; do
  case "$1" in
    --for) SECONDS_TO_RUN="$2"; shift 2 ;;
    --fresh) FRESH=true; shift ;;
    --jar) JAR="$2"; shift 2 ;;
    --nodes) NODE_COUNT="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

PROXY_PORT=${PROXY_PORT:-8080}
NODE1_PORT=${NODE1_PORT:-8081}
NODE2_PORT=${NODE2_PORT:-8082}
export CONVERGO_DB_HOST=127.0.0.1
export CONVERGO_DB_NAME=${CONVERGO_DB_NAME:-convergo_two}
export CONVERGO_DB_USER=${CONVERGO_DB_USER:-convergo}
export CONVERGO_DB_PASSWORD=${CONVERGO_DB_PASSWORD:-convergo-two}
export CONVERGO_DEMO_DATA=${CONVERGO_DEMO_DATA:-true}
WORK=${TWO_NODES_WORK:-target/two-nodes}
mkdir -p "$WORK"

java_major() { "${1:-java}" -version 2>&1 | sed -nE 's/.*version "([0-9]+).*/\1/p' | head -1; }
if [ "$(java_major java || echo 0)" -lt 21 ] 2>/dev/null && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  export PATH="$JAVA_HOME/bin:$PATH"
fi

# 1. the database server and the portal's database
if ! mysqladmin --protocol=tcp -h127.0.0.1 -uroot ping >/dev/null 2>&1; then
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  for _ in $(seq 1 60); do mysqladmin --protocol=tcp -h127.0.0.1 -uroot ping >/dev/null 2>&1 && break; sleep 1; done
fi
$FRESH && mysql --protocol=tcp -h127.0.0.1 -uroot -e "DROP DATABASE IF EXISTS ${CONVERGO_DB_NAME}"
mysql --protocol=tcp -h127.0.0.1 -uroot <<SQL
CREATE DATABASE IF NOT EXISTS ${CONVERGO_DB_NAME} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${CONVERGO_DB_USER}'@'127.0.0.1' IDENTIFIED BY '${CONVERGO_DB_PASSWORD}';
ALTER USER '${CONVERGO_DB_USER}'@'127.0.0.1' IDENTIFIED BY '${CONVERGO_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON ${CONVERGO_DB_NAME}.* TO '${CONVERGO_DB_USER}'@'127.0.0.1';
SQL

# 2. nginx from Debian
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  apt-get install -y -qq nginx-light >/dev/null 2>&1 || apt-get install -y -qq nginx >/dev/null 2>&1 \
    || { echo "nginx is not installed and could not be installed" >&2; exit 1; }
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

# 3. the application, compiled once, run twice (NODES_CLASSPATH: a class path already built, as the tests pass;
#    --jar: an executable jar, e.g. the production build)
if [ -n "$JAR" ]; then
  CLASSPATH_NODES=""
elif [ -n "${NODES_CLASSPATH:-}" ]; then
  CLASSPATH_NODES="$NODES_CLASSPATH"
else
  ./mvnw -B -ntp -q -DskipTests compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -Dmdep.includeScope=runtime
  CLASSPATH_NODES="target/classes:$(cat "$WORK/classpath.txt")"
fi

PIDS=()
cleanup() {
  [ -f "$WORK/nginx.pid" ] && "$NGINX" -p "$PWD/$WORK" -c nginx.conf -s stop 2>/dev/null || true
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT INT TERM

start_node() {  # name port
  # development mode (no production bundle here): without the component tracker, which keeps a stack trace per
  # component and costs megabytes per session (docs/operations.md, "Load test")
  # NODES_JAVA_OPTS: extra JVM options (the tests pass the XML parser of their class path)
  # shellcheck disable=SC2086
  # each node keeps its own embedded search index (a Lucene directory admits one writer; docs/network.md)
  local launch=(-cp "$CLASSPATH_NODES" it.convergo.Application)
  [ -n "$JAR" ] && launch=(-jar "$JAR")
  CONVERGO_INDEX_DIR="$WORK/$1-index" \
  java -Xmx768m -Dvaadin.devmode.componentTracker.enabled=false ${NODES_JAVA_OPTS:-} "${launch[@]}" --spring.profiles.active=mysql --server.port="$2" \
    --spring.application.name="convergo-$1" >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
  echo "$!" >"$WORK/$1.pid"
}
start_node node1 "$NODE1_PORT"
[ "$NODE_COUNT" -ge 2 ] && start_node node2 "$NODE2_PORT"   # at the same moment: the start-up lock orders the schema work

# 4. nginx: a cookie names each visitor's node; a node that is down hands its visitors to the other
mkdir -p "$WORK/logs"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid nginx.pid;
error_log logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log logs/access.log;
  client_body_temp_path tmp/body; proxy_temp_path tmp/proxy;
  fastcgi_temp_path tmp/fastcgi; uwsgi_temp_path tmp/uwsgi; scgi_temp_path tmp/scgi;
  client_max_body_size 25m;
$(if [ "$NODE_COUNT" -ge 2 ]; then cat <<TWO
  upstream node1 { server 127.0.0.1:${NODE1_PORT} max_fails=1 fail_timeout=10s; server 127.0.0.1:${NODE2_PORT} backup; }
  upstream node2 { server 127.0.0.1:${NODE2_PORT} max_fails=1 fail_timeout=10s; server 127.0.0.1:${NODE1_PORT} backup; }
  split_clients "\${remote_addr}\${request_id}" \$new_node { 50% node1; * node2; }
TWO
else cat <<ONE
  upstream node1 { server 127.0.0.1:${NODE1_PORT}; }
  upstream node2 { server 127.0.0.1:${NODE1_PORT}; }
  split_clients "\${remote_addr}\${request_id}" \$new_node { * node1; }
ONE
fi)
  map \$cookie_convergo_node \$node { node1 node1; node2 node2; default \$new_node; }
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  server {
    listen 127.0.0.1:${PROXY_PORT};
    location / {
      proxy_pass http://\$node;
      proxy_http_version 1.1;
      proxy_set_header Upgrade \$http_upgrade;
      proxy_set_header Connection \$connection_upgrade;
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto \$scheme;
      proxy_read_timeout 300s;
      add_header Set-Cookie "convergo_node=\$node; Path=/; HttpOnly; SameSite=Lax" always;
      add_header X-Convergo-Upstream \$upstream_addr always;
    }
  }
}
CONF
mkdir -p "$WORK/tmp"
"$NGINX" -p "$PWD/$WORK" -c nginx.conf

# 5. ready when both nodes answer (the second waits for the first's schema work: allow for a slow machine)
ready() { curl -fs -o /dev/null "http://127.0.0.1:$1/login"; }
for _ in $(seq 1 "${START_LIMIT:-900}"); do
  ready "$NODE1_PORT" && { [ "$NODE_COUNT" -lt 2 ] || ready "$NODE2_PORT"; } && break
  for pid in "${PIDS[@]}"; do kill -0 "$pid" 2>/dev/null || { echo "a node died while starting: see $WORK" >&2; exit 1; }; done
  sleep 1
done
ready "$NODE1_PORT" && { [ "$NODE_COUNT" -lt 2 ] || ready "$NODE2_PORT"; } || { echo "the nodes did not start in time: see $WORK" >&2; exit 1; }
echo "READY: http://127.0.0.1:${PROXY_PORT} (node1 :${NODE1_PORT}, node2 :${NODE2_PORT}, database ${CONVERGO_DB_NAME}; logs in ${WORK})"

if [ "$SECONDS_TO_RUN" -gt 0 ]; then
  sleep "$SECONDS_TO_RUN" & wait $! || true
else
  while true; do sleep 3600 & wait $!; done
fi
