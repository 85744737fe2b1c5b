// The audit trail: every change appends an entry in the same transaction as the change. Entries
// are hash-chained: each holds the hash of the one before, so that an entry edited, deleted,
// inserted or moved behind InnoDesk's back breaks the chain at that point.
#pragma once

#include "canonical_json.h"
#include "errors.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace innodesk::domain {

inline constexpr std::string_view kAuditGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

struct AuditEntry {
    std::int64_t seq = 0;  // 1, 2, 3, … without gaps; assigned on append
    std::int64_t at_unix = 0;
    std::string actor;
    std::string action;  // "application.submit", "decision.sign", "enterprise.import", …
    std::string entity;  // "application", "decision", …
    std::int64_t entity_id = 0;
    std::string before;  // canonical JSON of the record before the change; "null" when created
    std::string after;   // canonical JSON after the change; "null" when deleted
    std::string prev_hash;
    std::string hash;
};

// Lower-case hex SHA-256 of bytes; supplied by the storage layer (domain has no cryptography).
using HashFunction = std::function<std::string(std::string_view)>;

// The bytes an entry's hash covers: the previous hash and every field but the hash itself, as
// canonical JSON. Documented in docs/AUDIT.md.
std::string AuditHashInput(const AuditEntry& entry);

// Where the chain first breaks, if anywhere.
struct AuditChainBreak {
    std::int64_t seq = 0;  // the first entry that does not fit (or the position where one is missing)
    std::string reason;    // stable code: "hash_mismatch", "prev_hash_mismatch", "sequence_gap"
    LocalisedText explanation;
};

// Checks entries one by one, in seq order. Feed it every entry, then ask Result().
class AuditChainChecker {
public:
    explicit AuditChainChecker(HashFunction hash) : m_hash(std::move(hash)) {}
    // Returns false once the chain has broken (later entries are not checked).
    bool Feed(const AuditEntry& entry);
    const std::optional<AuditChainBreak>& Break() const { return m_break; }
    std::int64_t Count() const { return m_count; }
    const std::string& HeadHash() const { return m_head; }

private:
    HashFunction m_hash;
    std::optional<AuditChainBreak> m_break;
    std::int64_t m_count = 0;
    std::string m_head{kAuditGenesisHash};
};

}  // namespace innodesk::domain
