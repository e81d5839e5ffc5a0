#!/usr/bin/env bash
# Load benchmark (issues #8, #14): a large year (100 files, 20,000 poles, 200,000 member rows, written once under
# target/bench/) and its multiples (2 x, 5 x: files and poles multiplied), each imported then reported on a fresh
# embedded PostgreSQL (fsync on, as the observatory runs) with a 512 MB heap. Prints each stage's time, rows/s,
# peak and live heap, processor time of Java and of PostgreSQL, the machine's lower bounds (unzip + SAX parse,
# COPY) measured on the 1 x scale, and a closing table of the scales. About 8 minutes on 2 cores, files written the first time included.
# Usage: bench/load.sh [FILES] [POLES] [MEMBERS_PER_POLE] [SCALES, e.g. 1,2,5]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
java -Xmx512m -cp "$cp" fr.ptce.observatory.bench.LoadBenchmark "${1:-100}" "${2:-20000}" "${3:-10}" "${4:-1,2,5}"
