#!/usr/bin/env bash
# Load benchmark (issue #8): a large year (100 files, 20,000 poles, 200,000 member rows, written once under
# target/bench/), the nightly import and the report on the embedded PostgreSQL with a 512 MB heap, next to the
# machine's lower bounds measured in the same run (unzip + SAX parse, COPY). Prints rows/s and peak heap per stage.
# Usage: bench/load.sh [FILES] [POLES] [MEMBERS_PER_POLE]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
java -Xmx512m -cp "$cp" fr.ptce.observatory.bench.LoadBenchmark "${1:-100}" "${2:-20000}" "${3:-10}"
