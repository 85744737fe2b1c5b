// Makes the CLI tests' SoftHSM2 token: softhsm2-util creates it and imports the key (as a CA's
// tool would), libp11 stores the certificates, which softhsm2-util cannot.
#include "cli_token.h"

#include "cli_fixture.h"
#include "cli_pki.h"

#if defined(INNODESK_SOFTHSM2_MODULE) && defined(INNODESK_SOFTHSM2_UTIL)
#include "signing/openssl_support.h"

#include <libp11.h>
#include <openssl/pem.h>
#endif

#include <cstdlib>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <vector>

namespace innodesk::testing {

#if defined(INNODESK_SOFTHSM2_MODULE) && defined(INNODESK_SOFTHSM2_UTIL)

namespace {

using namespace innodesk::signing::detail;

constexpr const char* kTokenLabel = "InnoDesk CLI Token";
constexpr const char* kPin = "135792";
constexpr const char* kKeyLabel = "Chu ky Le Thi Chau";

void Run(const std::string& command) {
    if (Shell(command + " >/dev/null") != 0)
        throw std::runtime_error("SoftHSM test token: command failed: " + command);
}

void Check(bool ok, const std::string& what) {
    if (!ok) throw std::runtime_error("SoftHSM test token: " + what + ": " + DrainErrorQueue());
}

X509Ptr ReadCertificate(const std::string& file) {
    const BioPtr bio(BIO_new_file(file.c_str(), "rb"));
    Check(bio != nullptr, "open " + file);
    X509Ptr certificate(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr));
    Check(certificate != nullptr, "read " + file);
    return certificate;
}

using CtxPtr = std::unique_ptr<PKCS11_CTX, FreeWith<PKCS11_CTX_free>>;
using LoadedPtr = std::unique_ptr<PKCS11_CTX, FreeWith<PKCS11_CTX_unload>>;

// Stores the certificates with libp11 and lets go of the module (C_Finalize) before any
// innodesk-cli child loads it.
void StoreCertificates(const std::string& module, std::vector<unsigned char> key_id) {
    const CtxPtr context(PKCS11_CTX_new());
    Check(context != nullptr, "PKCS11_CTX_new");
    Check(PKCS11_CTX_load(context.get(), module.c_str()) == 0, "load module");
    const LoadedPtr loaded(context.get());
    PKCS11_SLOT* slots = nullptr;
    unsigned int count = 0;
    Check(PKCS11_enumerate_slots(context.get(), &slots, &count) == 0, "enumerate slots");
    struct Release {
        PKCS11_CTX* context;
        PKCS11_SLOT* slots;
        unsigned int count;
        ~Release() { PKCS11_release_all_slots(context, slots, count); }
    } release{context.get(), slots, count};
    PKCS11_SLOT* slot = nullptr;
    for (unsigned int i = 0; i < count; ++i)
        if (slots[i].token && slots[i].token->label && std::string(kTokenLabel) == slots[i].token->label)
            slot = &slots[i];
    Check(slot != nullptr, "find the token");
    Check(PKCS11_open_session(slot, 1) == 0, "open a read-write session");
    Check(PKCS11_login(slot, 0, kPin) == 0, "log in");

    const CliPki& pki = SharedCliPki();
    const X509Ptr approver = ReadCertificate(pki.approver.certificate_pem);
    const X509Ptr intermediate = ReadCertificate(pki.intermediate_pem);
    std::string approver_label = kKeyLabel;
    Check(PKCS11_store_certificate(slot->token, approver.get(), approver_label.data(), key_id.data(),
                                   key_id.size(), nullptr) == 0,
          "store the approver's certificate");
    std::string intermediate_label = "InnoDesk CLI Test Issuing CA";
    std::vector<unsigned char> intermediate_id{0xca, 0x02};
    Check(PKCS11_store_certificate(slot->token, intermediate.get(), intermediate_label.data(),
                                   intermediate_id.data(), intermediate_id.size(), nullptr) == 0,
          "store the intermediate certificate");
    PKCS11_logout(slot);
}

class OwnedToken {
public:
    OwnedToken() {
        const CliPki& pki = SharedCliPki();
        m_token.module = INNODESK_SOFTHSM2_MODULE;
        m_token.key_uri = "pkcs11:token=InnoDesk%20CLI%20Token;id=%0c%2d;type=private";
        m_token.pin_file = (pki.dir / "token.pin").string();
        WriteText(m_token.pin_file, kPin);

        const std::filesystem::path dir = pki.dir / "softhsm";
        std::filesystem::create_directories(dir / "tokens");
        const std::filesystem::path config = dir / "softhsm2.conf";
        std::ofstream(config) << "directories.tokendir = " << (dir / "tokens").string()
                              << "\nobjectstore.backend = file\nlog.level = ERROR\n";
        // This process and the innodesk-cli it starts see this token folder only.
        ::setenv("SOFTHSM2_CONF", config.c_str(), 1);

        const std::string util = INNODESK_SOFTHSM2_UTIL;
        Run(util + " --init-token --free --label " + ShellQuoted(kTokenLabel) + " --pin " + kPin +
            " --so-pin 24681012");
        Run(util + " --import " + ShellQuoted(pki.approver_key_pem) + " --file-pin " +
            ShellQuoted(pki.p12_password) + " --token " + ShellQuoted(kTokenLabel) + " --label " +
            ShellQuoted(kKeyLabel) + " --id 0c2d --pin " + kPin);
        StoreCertificates(m_token.module.string(), {0x0c, 0x2d});
    }

    const CliToken& Get() const { return m_token; }

private:
    CliToken m_token;
};

}  // namespace

const CliToken* SharedCliToken() {
    static const OwnedToken token;
    return &token.Get();
}

#else

const CliToken* SharedCliToken() {
    return nullptr;
}

#endif

}  // namespace innodesk::testing
