// Audit chain rules.
#include "audit.h"

#include "errors.h"

namespace innodesk::domain {

std::string AuditHashInput(const AuditEntry& entry) {
    return JsonValue(JsonValue::Object{
                         {"action", entry.action},
                         {"actor", entry.actor},
                         {"after", entry.after},
                         {"at", entry.at_unix},
                         {"before", entry.before},
                         {"entity", entry.entity},
                         {"entity_id", entry.entity_id},
                         {"prev_hash", entry.prev_hash},
                         {"seq", entry.seq},
                     })
        .Canonical();
}

bool AuditChainChecker::Feed(const AuditEntry& entry) {
    if (m_break) return false;
    const std::int64_t expected = m_count + 1;
    const std::string at = std::to_string(entry.seq);
    if (entry.seq != expected) {
        const std::string missing = std::to_string(expected);
        m_break = AuditChainBreak{expected,
                                  "sequence_gap",
                                  {"Nhật ký bị đứt tại mục " + missing + ": mục tiếp theo mang số " + at +
                                       " — có mục đã bị xóa hoặc chèn ngoài InnoDesk.",
                                   "The log breaks at entry " + missing + ": the next entry is numbered " +
                                       at + " — an entry was deleted or inserted outside InnoDesk."}};
        return false;
    }
    if (entry.prev_hash != m_head) {
        m_break =
            AuditChainBreak{entry.seq,
                            "prev_hash_mismatch",
                            {"Nhật ký bị đứt tại mục " + at +
                                 ": mục này không nối tiếp mục trước (mục trước đã bị sửa, xóa, chèn hoặc "
                                 "đổi chỗ ngoài InnoDesk).",
                             "The log breaks at entry " + at +
                                 ": it does not follow the entry before it (that one was edited, deleted, "
                                 "inserted or moved outside InnoDesk)."}};
        return false;
    }
    const std::string computed = m_hash(AuditHashInput(entry));
    if (computed != entry.hash) {
        m_break =
            AuditChainBreak{entry.seq,
                            "hash_mismatch",
                            {"Nhật ký bị đứt tại mục " + at + ": nội dung của mục đã bị sửa ngoài InnoDesk.",
                             "The log breaks at entry " + at + ": its content was edited outside InnoDesk."}};
        return false;
    }
    m_head = entry.hash;
    m_count = entry.seq;
    return true;
}

}  // namespace innodesk::domain
