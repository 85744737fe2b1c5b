// Test-only: a store opened exactly as InnoDesk opens one (OpenStore, the audit chain hashed with
// signing::Sha256Hex), but keeping the SOCI session behind it, for tests and benchmarks that read
// or change the database behind the services' back. Application code opens stores with
// persistence::OpenStore and never sees SOCI (CI's layering check holds it to that).
#pragma once

#include "persistence/soci_store.h"
#include "signing/sha256.h"

#include <memory>

namespace innodesk::testing {

inline std::unique_ptr<persistence::SociStore> OpenRawStore(const persistence::DatabaseTarget& target,
                                                            persistence::OpenMode mode) {
    return persistence::SociStore::Open(target, mode, &signing::Sha256Hex);
}

}  // namespace innodesk::testing
