// The administrator's trust store (CA certificates and revocation lists, kept in the database so
// that every workstation of a department judges signatures alike) and settings such as the
// reports' heading.
#pragma once

#include "actor.h"
#include "admin_repositories.h"
#include "calendar_date.h"
#include "store.h"

#include <optional>
#include <string>
#include <vector>

namespace innodesk::domain {

// InnoDesk 0.1 kept the tokens' PKCS#11 module here. It is no longer set nor ever loaded (whoever can
// write the database would choose the code every approver's workstation runs); the name stays so that
// an old database's value is recognised and said to be ignored. The module comes from the
// workstation (app/workstation_files.h).
inline constexpr const char* kSettingPkcs11Module = "pkcs11_module";

class TrustService {
public:
    TrustService(Store& store, const Clock& clock) : m_store(store), m_clock(clock) {}

    // `item` comes parsed and checked by the signing library (label and fingerprint filled in).
    TrustItem Add(TrustItem item, const Actor& actor);  // admin
    void Remove(std::int64_t id, const Actor& actor);   // admin
    std::vector<TrustItem> List();

    std::optional<std::string> Setting(const std::string& key);
    void SetSetting(const std::string& key, const std::string& value, const Actor& actor);  // admin

private:
    Store& m_store;
    const Clock& m_clock;
};

}  // namespace innodesk::domain
