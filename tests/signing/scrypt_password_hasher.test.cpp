// scrypt password hashes: verification, salts, parameters read from the stored string, damage.
#include "signing/scrypt_password_hasher.h"

#include <catch2/catch.hpp>

#include <regex>
#include <string>

namespace {

using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using innodesk::domain::PasswordHasher;
using innodesk::signing::ScryptParameters;
using innodesk::signing::ScryptPasswordHasher;

// Cheap parameters (1 MiB, about a millisecond) so that the suite stays fast; the OWASP defaults have a
// test case of their own.
const ScryptParameters kCheap{10, 8, 1};

void RequireDamaged(const ScryptPasswordHasher& hasher, const std::string& stored) {
    INFO("stored: " << stored);
    try {
        hasher.Verify("Mật khẩu 1", stored);
        FAIL("a malformed stored hash was accepted");
    } catch (const DomainError& error) {
        INFO(error.what());
        CHECK(error.Code() == ErrorCode::DatabaseDamaged);
        CHECK(error.Field() == "password_hash");
        CHECK(error.Text().vi.find("Mã băm mật khẩu") != std::string::npos);
    }
}

// Replaces one base64 character of the field `field` (0 salt, 1 hash) by another, keeping
// the string well formed: a character in the middle, never the last one whose low bits must stay zero.
std::string Tamper(std::string stored, int field) {
    std::size_t start = stored.find('$', 1);  // after "$scrypt"
    for (int i = 0; i <= field; ++i) start = stored.find('$', start + 1);
    char& c = stored[start + 3];
    c = c == 'A' ? 'B' : 'A';
    return stored;
}

}  // namespace

TEST_CASE("The right password verifies and a wrong one does not", "[signing]") {
    const ScryptPasswordHasher hasher(kCheap);
    const PasswordHasher& port = hasher;
    const std::string stored = port.Hash("Mật khẩu đúng 2025");
    CHECK(port.Verify("Mật khẩu đúng 2025", stored));
    CHECK_FALSE(port.Verify("Mật khẩu đúng 2024", stored));
    CHECK_FALSE(port.Verify("mật khẩu đúng 2025", stored));
    CHECK_FALSE(port.Verify("", stored));
    SECTION("the empty password is a password like any other") {
        const std::string empty = port.Hash("");
        CHECK(port.Verify("", empty));
        CHECK_FALSE(port.Verify(" ", empty));
    }
}

TEST_CASE("The stored string says scrypt, its parameters, a 16-byte salt and a 32-byte hash", "[signing]") {
    const std::string stored = ScryptPasswordHasher(kCheap).Hash("abc");
    INFO(stored);
    // 16 bytes are 22 base64 characters without padding, 32 bytes are 43.
    CHECK(std::regex_match(stored,
                           std::regex(R"(\$scrypt\$ln=10,r=8,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43})")));
}

TEST_CASE("The default parameters are OWASP's: N=2^17, r=8, p=1", "[signing]") {
    const ScryptPasswordHasher hasher;
    CHECK(hasher.Parameters() == ScryptParameters{17, 8, 1});
    const std::string stored = hasher.Hash("Quản trị viên Sở KH&CN");
    CHECK(stored.rfind("$scrypt$ln=17,r=8,p=1$", 0) == 0);
    CHECK(hasher.Verify("Quản trị viên Sở KH&CN", stored));
}

TEST_CASE("The same password hashed twice gets different salts and hashes", "[signing]") {
    const ScryptPasswordHasher hasher(kCheap);
    const std::string first = hasher.Hash("cùng một mật khẩu");
    const std::string second = hasher.Hash("cùng một mật khẩu");
    CHECK(first != second);
    CHECK(first.substr(0, first.rfind('$')) != second.substr(0, second.rfind('$')));  // the salts differ
    CHECK(hasher.Verify("cùng một mật khẩu", first));
    CHECK(hasher.Verify("cùng một mật khẩu", second));
}

TEST_CASE("Verify uses the parameters stored in the string, not the hasher's", "[signing]") {
    const ScryptPasswordHasher old_hasher(ScryptParameters{11, 4, 2});
    const ScryptPasswordHasher new_hasher(kCheap);
    const std::string stored = old_hasher.Hash("mật khẩu cũ");
    CHECK(stored.rfind("$scrypt$ln=11,r=4,p=2$", 0) == 0);
    CHECK(new_hasher.Verify("mật khẩu cũ", stored));
    CHECK_FALSE(new_hasher.Verify("mật khẩu mới", stored));
    CHECK(new_hasher.NeedsRehash(stored));
    CHECK_FALSE(old_hasher.NeedsRehash(stored));
    CHECK_FALSE(new_hasher.NeedsRehash(new_hasher.Hash("x")));
}

TEST_CASE("Only a hash weaker than the hasher's own is marked for rehashing", "[signing]") {
    const ScryptPasswordHasher current(ScryptParameters{11, 8, 1});
    CHECK(current.NeedsRehash(ScryptPasswordHasher(ScryptParameters{10, 8, 1}).Hash("mật khẩu")));
    CHECK(current.NeedsRehash(ScryptPasswordHasher(ScryptParameters{12, 4, 1}).Hash("mật khẩu")));
    CHECK_FALSE(current.NeedsRehash(ScryptPasswordHasher(ScryptParameters{12, 8, 1}).Hash("mật khẩu")));
    CHECK_FALSE(current.NeedsRehash(ScryptPasswordHasher(ScryptParameters{11, 8, 2}).Hash("mật khẩu")));
}

TEST_CASE("Scrypt parameters are read in the stored form and checked like stored ones", "[signing]") {
    CHECK(ScryptPasswordHasher::ParseParameters("ln=10,r=8,p=1") == ScryptParameters{10, 8, 1});
    for (const char* bad : {"", "ln=10", "ln=10,r=8", "n=10,r=8,p=1", "ln=31,r=8,p=1", "ln=010,r=8,p=1"}) {
        INFO(bad);
        CHECK_THROWS_AS(ScryptPasswordHasher::ParseParameters(bad), DomainError);
    }
}

TEST_CASE("A tampered stored hash does not verify", "[signing]") {
    const ScryptPasswordHasher hasher(kCheap);
    const std::string stored = hasher.Hash("mật khẩu");
    SECTION("hash changed") {
        CHECK_FALSE(hasher.Verify("mật khẩu", Tamper(stored, 1)));
    }
    SECTION("salt changed") {
        CHECK_FALSE(hasher.Verify("mật khẩu", Tamper(stored, 0)));
    }
    SECTION("cost changed") {
        std::string cheaper = stored;
        cheaper.replace(cheaper.find("ln=10"), 5, "ln=9");
        CHECK_FALSE(hasher.Verify("mật khẩu", cheaper));
    }
}

TEST_CASE("A malformed stored hash is DatabaseDamaged", "[signing]") {
    const ScryptPasswordHasher hasher(kCheap);
    const std::string good = hasher.Hash("Mật khẩu 1");
    REQUIRE(hasher.Verify("Mật khẩu 1", good));
    const std::size_t salt_at = good.find('$', std::string("$scrypt$").size()) + 1;
    const std::string salt_and_hash = good.substr(salt_at);  // "<salt>$<hash>"
    const std::string salt = salt_and_hash.substr(0, salt_and_hash.find('$'));
    const std::string hash = salt_and_hash.substr(salt_and_hash.find('$') + 1);
    const std::string well_formed_tail = "$" + salt_and_hash;
    const std::string bad = GENERATE_COPY(
        std::string(), std::string("Mật khẩu 1"), std::string("$scrypt$"),
        std::string("$bcrypt$ln=10,r=8,p=1") + well_formed_tail, std::string("$scrypt$ln=10,r=8,p=1$") + salt,
        std::string("$scrypt$ln=10,r=8,p=1") + well_formed_tail + "$extra",
        std::string("$scrypt$ln=10,r=8") + well_formed_tail,
        std::string("$scrypt$r=8,ln=10,p=1") + well_formed_tail,
        std::string("$scrypt$ln=010,r=8,p=1") + well_formed_tail,
        std::string("$scrypt$ln=-1,r=8,p=1") + well_formed_tail,
        std::string("$scrypt$ln=0,r=8,p=1") + well_formed_tail,
        std::string("$scrypt$ln=31,r=8,p=1") + well_formed_tail,
        std::string("$scrypt$ln=40,r=8,p=1") + well_formed_tail,
        std::string("$scrypt$ln=22,r=8,p=1") + well_formed_tail,
        std::string("$scrypt$ln=16,r=1,p=1") + well_formed_tail,
        std::string("$scrypt$ln=10,r=0,p=1") + well_formed_tail,
        std::string("$scrypt$ln=10,r=8,p=17") + well_formed_tail,
        std::string("$scrypt$ln=10,r=8,p=1,x=2") + well_formed_tail,
        std::string("$scrypt$ln=10,r=8,p=1$") + salt + "==$" + hash,
        std::string("$scrypt$ln=10,r=8,p=1$!!!!$") + hash,
        std::string("$scrypt$ln=10,r=8,p=1$AAAAAAA$") + hash,
        std::string("$scrypt$ln=10,r=8,p=1$") + salt + "$AAAA",
        std::string("$scrypt$ln=10,r=8,p=1$") + salt + "$" + hash + "\n", std::string(" ") + good,
        std::string("$scrypt$ln=10,r=8,p=1$") + salt.substr(0, salt.size() - 1) + "B$" + hash);
    RequireDamaged(hasher, bad);
}

TEST_CASE("Parameters outside the accepted ranges are refused when the hasher is made", "[signing]") {
    const ScryptParameters bad =
        GENERATE(ScryptParameters{0, 8, 1}, ScryptParameters{31, 8, 1}, ScryptParameters{10, 0, 1},
                 ScryptParameters{10, 33, 1}, ScryptParameters{10, 8, 0}, ScryptParameters{10, 8, 17},
                 ScryptParameters{16, 1, 1}, ScryptParameters{21, 8, 1});
    INFO("ln=" << bad.log2_n << " r=" << bad.r << " p=" << bad.p);
    try {
        ScryptPasswordHasher hasher(bad);
        FAIL("out-of-range parameters were accepted");
    } catch (const DomainError& error) {
        CHECK(error.Code() == ErrorCode::InvalidValue);
    }
}
