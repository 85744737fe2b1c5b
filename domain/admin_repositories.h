// Storage of users, the audit trail, the trust store and settings. Implemented in persistence/.
#pragma once

#include "audit.h"
#include "user.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

class UserRepository {
public:
    virtual ~UserRepository() = default;
    virtual UserId Insert(const User& user) = 0;
    virtual std::optional<User> FindById(UserId id) = 0;
    virtual std::optional<User> FindByName(const std::string& name) = 0;
    virtual std::vector<User> List() = 0;
    virtual void Update(const User& user) = 0;  // version-checked
    virtual std::int64_t Count() = 0;
    // Closes the user's current certificate (if any) at `at_unix` and enrols the new one.
    virtual void BindCertificate(const EnrolledCertificate& certificate) = 0;
    virtual std::optional<EnrolledCertificate> CurrentCertificate(UserId user) = 0;
    // Every certificate ever enrolled with this fingerprint, whoever it was enrolled for.
    virtual std::vector<EnrolledCertificate> FindCertificates(const std::string& fingerprint) = 0;
};

class AuditRepository {
public:
    virtual ~AuditRepository() = default;
    // Appends after the current head: sets seq, prev_hash and hash. Holds the log against other
    // writers until the transaction ends, so that two appends cannot fork the chain.
    virtual AuditEntry Append(AuditEntry entry) = 0;
    // Entries in seq order with seq > after_seq; for verification and browsing.
    virtual std::vector<AuditEntry> ListAfter(std::int64_t after_seq, std::size_t limit) = 0;
    virtual std::vector<AuditEntry> ForEntity(const std::string& entity, std::int64_t entity_id) = 0;
    // The record's entries stamped at or after `since_unix`, in seq order; for the sign-in lock.
    virtual std::vector<AuditEntry> ForEntitySince(const std::string& entity, std::int64_t entity_id,
                                                   std::int64_t since_unix) = 0;
    virtual std::optional<AuditEntry> FindBySeq(std::int64_t seq) = 0;
    // Newest first; for the audit log screen.
    virtual std::vector<AuditEntry> Latest(std::size_t limit) = 0;
};

enum class TrustKind { CaCertificate, RevocationList };

struct TrustItem {
    std::int64_t id = 0;
    TrustKind kind = TrustKind::CaCertificate;
    std::string label;  // the subject (CA) or issuer (CRL), for lists
    std::string pem;
    std::string fingerprint;  // SHA-256 hex of the DER, to refuse duplicates
    std::int64_t added_at_unix = 0;
};

class SettingsRepository {
public:
    virtual ~SettingsRepository() = default;
    virtual std::optional<std::string> Get(const std::string& key) = 0;
    virtual void Put(const std::string& key, const std::string& value) = 0;
    virtual std::int64_t InsertTrustItem(const TrustItem& item) = 0;
    virtual void DeleteTrustItem(std::int64_t id) = 0;
    virtual std::vector<TrustItem> ListTrustItems() = 0;
};

}  // namespace innodesk::domain
