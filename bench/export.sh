#!/usr/bin/env bash
# Measures how long export-service takes to render a full Tier 1 plan with 200 deals as DOCX and as
# PPTX, after a warm-up, with p50 and p99, the bytes allocated per render and the peak heap. Builds
# export-service and the benchmark first when a jar is missing or older than its sources.
# Options: --deals N, --warmup N, --iterations N, --out FOLDER (writes one file of each format).
# Figures and method: bench/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODULES=(export-service bench)

exec_jar() {
    local jar
    for jar in "$ROOT/$1/target/$1"-*-exec.jar; do
        [[ -f "$jar" ]] && printf '%s\n' "$jar" && return 0
    done
    return 0
}

# Succeeds when a module's jar is missing or older than a source that the benchmark uses.
needs_build() {
    local jar
    jar="$(exec_jar "$1")"
    [[ -z "$jar" ]] && return 0
    [[ -n "$(find "$ROOT/pom.xml" "$ROOT/$1/pom.xml" "$ROOT/$1/src/main" "$ROOT/plan-api/src/main" \
        "$ROOT/export-service/src/main" -type f -newer "$jar" -print -quit 2>/dev/null)" ]]
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

# The bench jar's main class is another benchmark, so Spring Boot's PropertiesLauncher starts this
# one from the same jar.
exec java -cp "$(exec_jar bench)" -Dloader.main=io.tandem.bench.export.ExportBench \
    org.springframework.boot.loader.launch.PropertiesLauncher "$@"
