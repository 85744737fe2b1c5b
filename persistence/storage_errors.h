// Turns SOCI's errors into domain errors at the persistence boundary, so that no raw SQL
// message reaches a person alone.
#pragma once

#include "domain/errors.h"

#include <soci/soci.h>

#include <string_view>

namespace innodesk::persistence {

// `doing_vi` / `doing_en` complete "Không thể …" / "Cannot …".
domain::DomainError StorageError(const soci::soci_error& error, std::string_view doing_vi,
                                 std::string_view doing_en);

[[noreturn]] inline void ThrowStorageError(const soci::soci_error& error, std::string_view doing_vi,
                                           std::string_view doing_en) {
    throw StorageError(error, doing_vi, doing_en);
}

// Runs `work`, translating SOCI errors; domain errors pass through unchanged.
template <typename Work>
decltype(auto) Guarded(std::string_view doing_vi, std::string_view doing_en, Work&& work) {
    try {
        return work();
    } catch (const soci::soci_error& error) {
        ThrowStorageError(error, doing_vi, doing_en);
    }
}

}  // namespace innodesk::persistence
