// Password hashing as the users service needs it; implemented with scrypt in signing/.
#pragma once

#include <string>

namespace innodesk::domain {

class PasswordHasher {
public:
    virtual ~PasswordHasher() = default;
    // A self-describing string holding the algorithm, its parameters, the salt and the hash, so
    // that stronger parameters can be adopted later without breaking stored hashes. The password
    // is wiped before returning.
    virtual std::string Hash(std::string password) const = 0;
    // Compares in constant time; false for a wrong password. Throws DomainError(DatabaseDamaged)
    // when `stored` is not a hash this hasher wrote. The password is wiped before returning.
    virtual bool Verify(std::string password, const std::string& stored) const = 0;
    // Whether `stored` was made with a lower cost than this hasher's, so that the password is
    // hashed again at the next successful sign-in. Throws as Verify does.
    virtual bool NeedsRehash(const std::string& stored) const = 0;
};

}  // namespace innodesk::domain
