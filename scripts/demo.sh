#!/usr/bin/env bash
# Starts InnoDesk on the embedded SQLite database. Until the desktop window lands, this is the
# command-line program: it creates a demo database on first run and prints a summary of it.
#   scripts/demo.sh [BUILD_DIR]     (default build/release)
set -euo pipefail
build=${1:-build/release}
cli="$build/cli/innodesk-cli"
[ -x "$cli" ] || { echo "demo: $cli not found; build first (see README)" >&2; exit 1; }

db="${INNODESK_DB:-${XDG_DATA_HOME:-$HOME/.local/share}/innodesk/innodesk.db}"
if [ ! -f "$db" ]; then
  echo "== Tạo cơ sở dữ liệu mẫu / creating the demo database: $db"
  "$cli" --db "$db" generate --enterprises 2000 --seed 2026
fi
# Reads as the demo viewer (every demo account is listed in the README).
export INNODESK_USER=xem.giang INNODESK_PASSWORD=XemBaoCao-demo-2026
echo "== Chương trình / programmes"
"$cli" --db "$db" programme list
echo "== Dự toán / budget"
"$cli" --db "$db" programme budget KH-DMST-2026-2030
echo "== Tìm \"khanh hoa\" / search \"khanh hoa\" (5 đầu tiên / first 5)"
"$cli" --db "$db" enterprise search "khanh hoa" --limit 5
echo "== Hồ sơ mới nhất / latest applications"
"$cli" --db "$db" application list --limit 8
echo "== Phiếu hỗ trợ / vouchers"
"$cli" --db "$db" voucher list --state redeemed | head -n 5
echo "== Quyết định đã ký / signed decisions"
"$cli" --db "$db" decision list --limit 5
"$cli" --db "$db" decision verify --all
echo "== Nhật ký / audit trail"
"$cli" --db "$db" audit verify
echo
echo "innodesk-cli --db \"$db\" --help  — mọi lệnh / every command"
