#!/usr/bin/env bash
# Measures how long an accepted edit takes to reach the other organization's live clients, with
# query-service woken by PostgreSQL notifications and with polling only. Builds command-service,
# query-service and the benchmark first when a jar is missing or older than its sources.
# Options: './bench/live-latency.sh --help'. Figures and method: bench/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULES=(command-service query-service bench)

exec_jar() {
    local jar
    for jar in "$ROOT/$1/target/$1"-*-exec.jar; do
        [[ -f "$jar" ]] && printf '%s\n' "$jar" && return 0
    done
    return 0
}

# Succeeds when a module's jar is missing or older than a source the services or the benchmark use.
needs_build() {
    local jar
    jar="$(exec_jar "$1")"
    [[ -z "$jar" ]] && return 0
    [[ -n "$(find "$ROOT/pom.xml" "$ROOT/$1/pom.xml" "$ROOT/$1/src/main" "$ROOT/plan-api/src/main" \
        "$ROOT/service-support/src/main" "$ROOT/tandem-cli/src/main" -type f -newer "$jar" -print -quit \
        2>/dev/null)" ]]
}

stale=()
for module in "${MODULES[@]}"; do
    needs_build "$module" && stale+=("$module")
done
if [[ ${#stale[@]} -gt 0 ]]; then
    echo "Building ${stale[*]}: mvn -q -B -DskipTests install ${BENCH_MAVEN_ARGS:-}" >&2
    # shellcheck disable=SC2086 # BENCH_MAVEN_ARGS holds several words on purpose
    (cd "$ROOT" && mvn -q -B -DskipTests install -pl "$(IFS=,; echo "${MODULES[*]}")" -am ${BENCH_MAVEN_ARGS:-}) >&2
    for module in "${MODULES[@]}"; do
        # Maven leaves a jar untouched when its classes did not change, which would look stale forever.
        touch "$(exec_jar "$module")"
    done
fi

export AXONIQ_UPDATE_CHECKER_DISABLED=true
exec java -jar "$(exec_jar bench)" --root "$ROOT" "$@"
