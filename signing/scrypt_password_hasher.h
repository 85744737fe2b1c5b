// Password hashing with scrypt (RFC 7914) through OpenSSL 3's EVP_KDF, for the users service.
#pragma once

#include "domain/errors.h"
#include "domain/password_hasher.h"

#include <cstdint>
#include <string>

namespace innodesk::signing {

// scrypt's cost: N = 2^log2_n, block size r, parallelism p. Memory is about 128 · r · N bytes.
// The defaults are OWASP's minimum for scrypt (N=2^17, r=8, p=1: 128 MiB per hash).
struct ScryptParameters {
    std::uint32_t log2_n = 17;
    std::uint32_t r = 8;
    std::uint32_t p = 1;

    friend bool operator==(const ScryptParameters&, const ScryptParameters&) = default;
};

// Stored format, one line of ASCII in the PHC string style:
//
//     $scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt>$<hash>
//
// e.g. "$scrypt$ln=17,r=8,p=1$9w2kN0Jz3wzB5y2m3Yk8DQ$Qm9...". Salt and hash are standard base64 (RFC 4648
// alphabet with '+' and '/') without '=' padding; the salt is 16 random bytes (RAND_bytes) and the hash
// 32 bytes when written here. Verify reads N, r, p, the salt and the hash length from the string, so
// hashes made with other parameters keep verifying after the defaults change.
//
// Accepted when reading: 1 <= log2 N <= 30, 1 <= r <= 32, 1 <= p <= 16, N < 2^(16·r) (scrypt's own
// rule), at most 1 GiB of scrypt memory, salt of 8 to 64 bytes, hash of 16 to 64 bytes. Anything else, or any
// other layout, is taken for a damaged database rather than tried: a damaged value must not make the program
// allocate gigabytes or spin for minutes.
class ScryptPasswordHasher final : public domain::PasswordHasher {
public:
    // Throws DomainError(InvalidValue) when the parameters are outside the accepted ranges above.
    explicit ScryptPasswordHasher(ScryptParameters parameters = {});

    // Throws DomainError(Storage) when scrypt cannot run (out of memory, no random numbers).
    std::string Hash(std::string password) const override;
    // Throws DomainError(DatabaseDamaged) when `stored` is not in the format above.
    bool Verify(std::string password, const std::string& stored) const override;

    // Whether `stored` is weaker than what this hasher writes: a lower N, r or p, or a shorter salt
    // or hash. A stronger hash (raised by hand, or by a newer InnoDesk) is left as it is.
    bool NeedsRehash(const std::string& stored) const override;

    const ScryptParameters& Parameters() const { return m_parameters; }

    // Parses "ln=<log2 N>,r=<r>,p=<p>", the parameter field of the stored format; throws
    // InvalidValue for another form or values out of the accepted ranges.
    static ScryptParameters ParseParameters(const std::string& text);

private:
    ScryptParameters m_parameters;
};

}  // namespace innodesk::signing
