#!/usr/bin/env bash
# Reconciliation (`innodesk-cli check`) on generated provinces: wall time and peak resident memory
# of the whole command (sign-in and opening included) for a province of 400 enterprises at the
# programme's yearly scale, and for a larger one with volumes that grow with the register
# (2 applications and 0.5 vouchers per enterprise), beside `decision verify --all` on the same
# database as a baseline (the part of check that verifies signatures).
#   bench/reconcile_bench.sh BUILD_DIR [ENTERPRISES]   (default 20000 for the larger one)
set -euo pipefail
build=${1:?build dir}
large=${2:-20000}
cli="$build/cli/innodesk-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" XDG_DATA_HOME="$work/data" INNODESK_CHECKPOINT_DIR="$work/checkpoints"
export INNODESK_SCRYPT="ln=10,r=8,p=1" INNODESK_PASSWORD='HeThong-demo-2026'  # the demo's administrator
mkdir -p "$HOME"
measure() {  # label command… → "label: seconds s, peak rss MB, exit code"
  local label=$1; shift
  local rc=0
  /usr/bin/time -o "$work/time" -f '%e %M' "$@" >/dev/null 2>&1 || rc=$?
  awk -v l="$label" -v rc="$rc" '{printf "%s: %.2f s, peak rss %.1f MB, exit %s\n", l, $1, $2/1024, rc}' "$work/time"
}
run() {  # name enterprises generate-options…
  local name=$1 n=$2; shift 2
  local db="$work/$name.db"
  "$cli" --db "$db" generate --enterprises "$n" --seed 2026 "$@" >/dev/null 2>&1
  local entries
  entries=$("$cli" --db "$db" --user quantri --json check | python3 -c \
    'import json,sys; r=json.load(sys.stdin); print(r["audit_entries"], "entries,", r["records_compared"], "records,", r["fields_compared"], "fields,", r["decisions_verified"], "decisions,", len(r["findings"]), "findings")')
  echo "$name ($n enterprises): $entries"
  measure "  check" "$cli" --db "$db" --user quantri check
  measure "  decision verify --all (baseline)" "$cli" --db "$db" --user quantri decision verify --all
}
run province-400 400
run "province-$large" "$large" --applications-per-enterprise 2 --vouchers-per-enterprise 0.5
