#!/usr/bin/env bash
# Reading benchmark (issue #3): writes a 200,000-row, 15-column .xlsx once, then reads it with the
# observatory's streaming reader and with the JDK's unzip + SAX parse (the lower bound), with a 256 MB heap.
# Usage: bench/read-xlsx.sh [ROWS] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-200000}
rounds=${2:-3}
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
cp="target/classes:target/test-classes:$(cat target/bench.classpath)"
file="target/bench/poles-${rows}.xlsx"
if [ ! -f "$file" ]; then
  java -Xmx3g -cp "$cp" fr.ptce.observatory.bench.BenchmarkWorkbooks "$file" "$rows"
fi
java -Xmx256m -cp "$cp" fr.ptce.observatory.bench.XlsxReadBenchmark "$file" "$rounds"
