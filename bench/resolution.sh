#!/usr/bin/env bash
# Resolution benchmark (issue #5): 1,000 new rows against 30,000 resolved records, then a 200,000-record cold
# run, on the embedded PostgreSQL (target/bench/postgres-resolution), with a 512 MB heap; the incremental night is
# measured five times on the same data (median, fastest, slowest). Prints time, rows/s,
# comparisons saved by blocking, peak heap, the cold run's processor time (Java's and PostgreSQL's) and B-cubed
# quality against the synthetic truth.
# Usage: bench/resolution.sh [EXISTING] [NEW] [COLD]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
java -Xmx512m -cp "$cp" fr.ptce.observatory.bench.ResolutionBenchmark "${1:-30000}" "${2:-1000}" "${3:-200000}"
