#!/usr/bin/env bash
# Runs one libFuzzer target for a bounded time, starting from the corpus kept in the repository
# (read only: what the run discovers goes to WORK_DIR/new). Fails on any crash, sanitizer report,
# leak or input slower than 10 s; the crashing input is left in WORK_DIR and named in the log.
#   run_fuzzer.sh FUZZER CORPUS_DIR WORK_DIR SECONDS
set -euo pipefail
fuzzer=${1:?fuzzer}; corpus=${2:?corpus}; work=${3:?work dir}; seconds=${4:-30}
rm -rf "$work"
mkdir -p "$work/new"
cd "$work"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
set +e
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$work/" "$work/new" "$corpus" >"$work/log.txt" 2>&1
status=$?
set -e
grep -E "^(stat::|INFO: seed corpus|#[0-9]+ *DONE|==[0-9]+==ERROR|SUMMARY|Done [0-9]+ runs)" "$work/log.txt" || true
if [ "$status" -ne 0 ]; then
  echo "run_fuzzer.sh: $(basename "$fuzzer") failed (exit $status); full log: $work/log.txt" >&2
  tail -n 60 "$work/log.txt" >&2
  exit 1
fi
