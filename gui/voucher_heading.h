// The line that heads the dialogs acting on one voucher (redeem, reimburse, cancel).
#pragma once

#include "wx_text.h"

#include "domain/voucher.h"

namespace innodesk::gui {

// "KH-2026-00017 — 40.000.000 ₫": the serial and the state's share.
inline wxString VoucherHeading(const domain::Voucher& voucher) {
    return wxString::Format("%s — %s", U(voucher.serial), U(voucher.state_share.Format()));
}

}  // namespace innodesk::gui
