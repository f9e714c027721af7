#!/usr/bin/env bash
# Several Waymark nodes and HAProxy on one machine (issue 21; docs/operations.md "Several nodes behind HAProxy").
#
#   deploy/cluster.sh start N     start N nodes of the built jar (one after another, each waiting
#                                 for its readiness) and HAProxy in front of them
#   deploy/cluster.sh stop        stop HAProxy and every node (graceful, then killed after 30 s)
#   deploy/cluster.sh kill I      kill node I at once (kill -9), as a crashed machine would
#   deploy/cluster.sh drain I     node I takes no new sessions (HAProxy's drain state); old ones stay
#   deploy/cluster.sh ready I     node I takes new sessions again
#   deploy/cluster.sh status      HAProxy's view of the nodes
#
# Settings (environment):
#   WAYMARK_JAR            the portal's jar (default: the one ./mvnw package built in target/)
#   WAYMARK_DB_URL         one database for every node: MariaDB/MySQL, never H2 (default
#                          jdbc:mysql://127.0.0.1:3306/waymark_cluster?createDatabaseIfNotExist=true)
#   WAYMARK_DB_USER, WAYMARK_DB_PASSWORD (default root / empty)
#   WAYMARK_PORT           HAProxy's port (default 8100); node I listens on WAYMARK_PORT+I
#   WAYMARK_MANAGEMENT_PORT  the first management port (default WAYMARK_PORT+100); node I answers
#                          health and metrics on WAYMARK_MANAGEMENT_PORT+I, with threads of its own,
#                          so HAProxy's checks are answered while every request thread is busy
#   WAYMARK_CLUSTER_PORT   Hazelcast's first port (default 5801); node I uses WAYMARK_CLUSTER_PORT+I
#   WAYMARK_RUN            where pids, logs and haproxy.cfg go (default target/cluster)
#   WAYMARK_FILES_STORE    where attachments, letters and records are kept: database (default: every
#                          node reads them) or disk (each node's own directory, $WAYMARK_RUN/nodeI-files:
#                          only for trying out one node's behaviour; other nodes cannot read them)
#   WAYMARK_PROFILES       Spring profiles for the nodes (e.g. demo; default none)
#   WAYMARK_JAVA_OPTS      JVM options per node (default -Xmx768m)
#   WAYMARK_NODE_ARGS      extra --name=value arguments for every node
set -euo pipefail
cd "$(dirname "$0")/.."

RUN=${WAYMARK_RUN:-$PWD/target/cluster}
PORT=${WAYMARK_PORT:-8100}
MANAGEMENT_PORT=${WAYMARK_MANAGEMENT_PORT:-$((PORT + 100))}
CLUSTER_PORT=${WAYMARK_CLUSTER_PORT:-5801}
DB_URL=${WAYMARK_DB_URL:-jdbc:mysql://127.0.0.1:3306/waymark_cluster?createDatabaseIfNotExist=true}
DB_USER=${WAYMARK_DB_USER:-root}
DB_PASSWORD=${WAYMARK_DB_PASSWORD:-}
JAVA_OPTS=${WAYMARK_JAVA_OPTS:--Xmx768m}
FILES_STORE=${WAYMARK_FILES_STORE:-database}
# a Java >= 21 (the portal's release): JAVA_HOME, else the newest under /usr/lib/jvm, else java
JAVA=java
for jdk in "${JAVA_HOME:-}" $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
  if [[ -n $jdk && -x $jdk/bin/java ]] \
     && "$jdk/bin/java" -XshowSettings:properties -version 2>&1 | grep -qE 'java\.specification\.version = (2[1-9]|[3-9][0-9])'; then
    JAVA=$jdk/bin/java; break
  fi
done

fail() { echo "cluster.sh: $*" >&2; exit 1; }
node_port() { echo $((PORT + $1)); }
management_port() { echo $((MANAGEMENT_PORT + $1)); }
ready() { curl -fsS -o /dev/null "http://127.0.0.1:$(management_port "$1")/actuator/health/readiness" 2>/dev/null; }
haproxy_cmd() {
  command -v socat >/dev/null || fail "socat is needed for the HAProxy runtime API"
  echo "$1" | socat stdio "unix-connect:$RUN/haproxy.sock"
}

start() {
  local n=$1
  [[ $n =~ ^[1-9][0-9]*$ ]] || fail "start N: N is a number of nodes"
  command -v haproxy >/dev/null || fail "haproxy is not installed (Debian: apt-get install haproxy)"
  [[ $DB_URL == jdbc:h2:* ]] && fail "several JVMs need one MariaDB/MySQL database, not H2"
  local jar=${WAYMARK_JAR:-$(ls target/waymark-*.jar 2>/dev/null | grep -v original | head -1)}
  [[ -f $jar ]] || fail "no jar: run ./mvnw -B -ntp package -DskipTests, or set WAYMARK_JAR"
  [[ $FILES_STORE == database || $FILES_STORE == disk ]] || fail "WAYMARK_FILES_STORE is database or disk"
  [[ -f $RUN/nodes ]] && fail "a cluster is already running from $RUN (deploy/cluster.sh stop)"
  mkdir -p "$RUN"
  local members="" i
  for i in $(seq 1 "$n"); do members+="${members:+,}127.0.0.1:$((CLUSTER_PORT + i))"; done
  echo "$n" > "$RUN/nodes"
  for i in $(seq 1 "$n"); do
    mkdir -p "$RUN/node$i-files"
    # shellcheck disable=SC2086
    nohup "$JAVA" $JAVA_OPTS -jar "$jar" \
      --server.port="$(node_port "$i")" --server.address=127.0.0.1 \
      --management.server.port="$(management_port "$i")" --management.server.address=127.0.0.1 \
      --spring.datasource.url="$DB_URL" --spring.datasource.username="$DB_USER" \
      --spring.datasource.password="$DB_PASSWORD" \
      --spring.profiles.active="${WAYMARK_PROFILES:-}" \
      --waymark.files.store="$FILES_STORE" --waymark.attachments.dir="$RUN/node$i-files" \
      --waymark.cluster.events=hazelcast --waymark.cluster.name="waymark-$PORT" \
      --waymark.cluster.port="$((CLUSTER_PORT + i))" --waymark.cluster.members="$members" \
      ${WAYMARK_NODE_ARGS:-} > "$RUN/node$i.log" 2>&1 &
    echo $! > "$RUN/node$i.pid"
    # one after another: the first migrates the database (and loads demo data), the others find it done
    local waited=0
    until ready "$i"; do
      kill -0 "$(cat "$RUN/node$i.pid")" 2>/dev/null || fail "node $i stopped while starting; see $RUN/node$i.log"
      (( waited++ < 300 )) || fail "node $i not ready after 300 s; see $RUN/node$i.log"
      sleep 1
    done
    echo "node $i ready on port $(node_port "$i"), management port $(management_port "$i") (after ${waited}s)"
  done
  local servers=""
  for i in $(seq 1 "$n"); do
    servers+="    server node$i 127.0.0.1:$(node_port "$i") check port $(management_port "$i") cookie node$i"$'\n'
  done
  sed -e "s|@RUN@|$RUN|g" -e "s|@PORT@|$PORT|g" deploy/haproxy.cfg.in \
    | awk -v s="$servers" '{ if ($0 == "@SERVERS@") printf "%s", s; else print }' > "$RUN/haproxy.cfg"
  haproxy -c -q -f "$RUN/haproxy.cfg" || fail "haproxy.cfg is not valid: $RUN/haproxy.cfg"
  haproxy -D -f "$RUN/haproxy.cfg"
  for _ in $(seq 1 30); do curl -fsS -o /dev/null "http://127.0.0.1:$PORT/readyz" 2>/dev/null && break; sleep 1; done
  echo "HAProxy on http://127.0.0.1:$PORT in front of $n nodes (logs in $RUN)"
}

stop_pid() {
  local file=$1 pid
  [[ -f $file ]] || return 0
  pid=$(cat "$file")
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$file"
}

stop() {
  stop_pid "$RUN/haproxy.pid"
  local i
  for i in $(seq 1 "$(cat "$RUN/nodes" 2>/dev/null || echo 0)"); do stop_pid "$RUN/node$i.pid"; done
  rm -f "$RUN/nodes" "$RUN/haproxy.sock"
  echo "cluster stopped"
}

case "${1:-}" in
  start) start "${2:-2}" ;;
  stop) stop ;;
  kill) [[ -f $RUN/node${2:?node}.pid ]] || fail "no node ${2}"; kill -9 "$(cat "$RUN/node$2.pid")"; rm -f "$RUN/node$2.pid" ;;
  drain) haproxy_cmd "set server portal/node${2:?node} state drain" ;;
  ready) haproxy_cmd "set server portal/node${2:?node} state ready" ;;
  status) haproxy_cmd "show servers state portal" ;;
  *) sed -n '2,/^set -euo/{/^set -euo/!p}' "$0"; exit 2 ;;
esac
