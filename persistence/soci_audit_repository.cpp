// The audit trail: appended under a lock so that two writers cannot fork the hash chain.
#include "bound_query.h"
#include "soci_repositories.h"
#include "storage_errors.h"

#include <optional>

namespace innodesk::persistence {
namespace {

// What a database failure in this file stopped, for StorageError's "Không thể …" / "Cannot …".
constexpr std::string_view kDoingVi = "đọc hoặc ghi nhật ký kiểm tra";
constexpr std::string_view kDoingEn = "read or write the audit trail";

constexpr const char* kColumns =
    "seq, at, actor, action, entity, entity_id, before_json, after_json, prev_hash, hash";

// Any constant: the key of PostgreSQL's transaction-scoped advisory lock on the audit head.
constexpr long long kAuditLockKey = 0x696E6E6F61756474LL;  // "innoaudt"

std::vector<domain::AuditEntry> ReadEntries(BoundQuery& q) {
    long long seq = 0, at = 0, entity_id = 0;
    std::string actor, action, entity, before, after, prev_hash, hash;
    q.Into(seq)
        .Into(at)
        .Into(actor)
        .Into(action)
        .Into(entity)
        .Into(entity_id)
        .Into(before)
        .Into(after)
        .Into(prev_hash)
        .Into(hash);
    q.Execute();
    std::vector<domain::AuditEntry> entries;
    while (q.Fetch())
        entries.push_back({seq, at, actor, action, entity, entity_id, before, after, prev_hash, hash});
    return entries;
}

// From version 13 on, PostgreSQL writes the entry itself (schema_v13_postgres.sql.inc): the
// actor, the time (for application roles the server's), the sequence number and the hash are
// the server's, and InnoDesk's own role cannot insert into audit_entry at all. An older schema
// (a test's database stopped at an earlier version) has no such function yet.
std::optional<domain::AuditEntry> AppendOnServer(soci::session& session, const domain::AuditEntry& entry) {
    int available = 0;
    session << "SELECT CASE WHEN to_regprocedure('innodesk_audit_append(bigint, text, text, text, bigint, "
               "text, text)') IS NULL THEN 0 ELSE 1 END",
        soci::into(available);
    if (!available) return std::nullopt;
    domain::AuditEntry written = entry;
    long long seq = 0, at = 0;
    BoundQuery q(session,
                 "SELECT o_seq, o_at, o_actor, o_prev_hash, o_hash FROM innodesk_audit_append(:at, :ac, :an, "
                 ":e, :id, :b, :a)");
    q.Into(seq)
        .Into(at)
        .Into(written.actor)
        .Into(written.prev_hash)
        .Into(written.hash)
        .Param(static_cast<long long>(entry.at_unix))
        .Param(entry.actor)
        .Param(entry.action)
        .Param(entry.entity)
        .Param(static_cast<long long>(entry.entity_id))
        .Param(entry.before)
        .Param(entry.after);
    q.Execute();
    q.Fetch();
    written.seq = seq;
    written.at_unix = at;
    return written;
}

}  // namespace

domain::AuditEntry SociAuditRepository::Append(domain::AuditEntry entry) try {
    if (m_backend == Backend::Postgres)
        if (auto written = AppendOnServer(m_session, entry)) {
            m_locked = true;  // the function took the lock for the rest of the transaction
            return *written;
        }
    // SQLite writers already hold the database (BEGIN IMMEDIATE); PostgreSQL writers queue here
    // until the transaction that appended before them ends.
    if (m_backend == Backend::Postgres && !m_locked) {
        m_session << "SELECT pg_advisory_xact_lock(" + std::to_string(kAuditLockKey) + ")";
        m_locked = true;
    }
    long long seq = 0;
    std::string hash;
    soci::indicator found = soci::i_null;
    m_session << "SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1", soci::into(seq, found),
        soci::into(hash);
    entry.seq = found == soci::i_ok ? seq + 1 : 1;
    entry.prev_hash = found == soci::i_ok ? hash : std::string(domain::kAuditGenesisHash);
    entry.hash = m_hash(domain::AuditHashInput(entry));
    BoundQuery q(
        m_session,
        "INSERT INTO audit_entry (seq, at, actor, action, entity, entity_id, before_json, after_json, "
        "prev_hash, hash) VALUES (:s, :at, :ac, :an, :e, :id, :b, :a, :p, :h)");
    q.Param(static_cast<long long>(entry.seq))
        .Param(static_cast<long long>(entry.at_unix))
        .Param(entry.actor)
        .Param(entry.action)
        .Param(entry.entity)
        .Param(static_cast<long long>(entry.entity_id))
        .Param(entry.before)
        .Param(entry.after)
        .Param(entry.prev_hash)
        .Param(entry.hash);
    q.Execute();
    return entry;
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::AuditEntry> SociAuditRepository::ListAfter(std::int64_t after_seq,
                                                               std::size_t limit) try {
    BoundQuery q(m_session, std::string("SELECT ") + kColumns +
                                " FROM audit_entry WHERE seq > :s ORDER BY seq LIMIT :l");
    q.Param(static_cast<long long>(after_seq)).Param(static_cast<long long>(limit));
    return ReadEntries(q);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::AuditEntry> SociAuditRepository::ForEntity(const std::string& entity,
                                                               std::int64_t entity_id) try {
    BoundQuery q(m_session, std::string("SELECT ") + kColumns +
                                " FROM audit_entry WHERE entity = :e AND entity_id = :id ORDER BY seq");
    q.Param(entity).Param(static_cast<long long>(entity_id));
    return ReadEntries(q);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::AuditEntry> SociAuditRepository::ForEntitySince(const std::string& entity,
                                                                    std::int64_t entity_id,
                                                                    std::int64_t since_unix) try {
    BoundQuery q(m_session,
                 std::string("SELECT ") + kColumns +
                     " FROM audit_entry WHERE entity = :e AND entity_id = :id AND at >= :t ORDER BY seq");
    q.Param(entity).Param(static_cast<long long>(entity_id)).Param(static_cast<long long>(since_unix));
    return ReadEntries(q);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::optional<domain::AuditEntry> SociAuditRepository::FindBySeq(std::int64_t seq) try {
    BoundQuery q(m_session, std::string("SELECT ") + kColumns + " FROM audit_entry WHERE seq = :s");
    q.Param(static_cast<long long>(seq));
    auto entries = ReadEntries(q);
    if (entries.empty()) return std::nullopt;
    return entries.front();
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

std::vector<domain::AuditEntry> SociAuditRepository::Latest(std::size_t limit) try {
    BoundQuery q(m_session,
                 std::string("SELECT ") + kColumns + " FROM audit_entry ORDER BY seq DESC LIMIT :l");
    q.Param(static_cast<long long>(limit));
    return ReadEntries(q);
} catch (const soci::soci_error& error) {
    ThrowStorageError(error, kDoingVi, kDoingEn);
}

}  // namespace innodesk::persistence
