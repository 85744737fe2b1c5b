// Makes the SoftHSM2 test token: softhsm2-util creates it and imports the key (as a CA's tool would),
// libp11 stores the certificates, which softhsm2-util cannot.
#include "softhsm_token.h"

#include "signing/openssl_support.h"
#include "test_pki.h"
#include "test_tools.h"

#include <libp11.h>
#include <openssl/pem.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <vector>

namespace innodesk::testing {
namespace {

using namespace innodesk::signing::detail;

std::string Quoted(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return quoted + "'";
}

void Run(const std::string& command) {
    if (std::system((command + " >/dev/null").c_str()) != 0)
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

// Stores the certificates with libp11 and lets go of the module entirely (C_Finalize) before the code
// under test loads it.
void StoreCertificates(const SoftHsmToken& token, const std::vector<unsigned char>& key_id) {
    const CtxPtr context(PKCS11_CTX_new());
    Check(context != nullptr, "PKCS11_CTX_new");
    Check(PKCS11_CTX_load(context.get(), token.module.c_str()) == 0, "load module");
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
    for (unsigned int i = 0; i < count; ++i) {
        if (slots[i].token && slots[i].token->label && token.label == slots[i].token->label) slot = &slots[i];
    }
    Check(slot != nullptr, "find the token");
    Check(PKCS11_open_session(slot, 1) == 0, "open a read-write session");
    Check(PKCS11_login(slot, 0, token.pin.c_str()) == 0, "log in");

    const TestPki& pki = SharedTestPki();
    const X509Ptr signer = ReadCertificate(pki.signer.certificate_pem);
    const X509Ptr intermediate = ReadCertificate(pki.intermediate_pem);
    std::string signer_label = token.key_label;
    std::vector<unsigned char> signer_id = key_id;
    Check(PKCS11_store_certificate(slot->token, signer.get(), signer_label.data(), signer_id.data(),
                                   signer_id.size(), nullptr) == 0,
          "store the signer certificate");
    std::string intermediate_label = "InnoDesk Test Intermediate CA";
    std::vector<unsigned char> intermediate_id{0xca, 0x01};
    Check(PKCS11_store_certificate(slot->token, intermediate.get(), intermediate_label.data(),
                                   intermediate_id.data(), intermediate_id.size(), nullptr) == 0,
          "store the intermediate certificate");
    PKCS11_logout(slot);
}

class OwnedToken {
public:
    OwnedToken() {
        m_token.module = RequireTool(Tool::SoftHsm2Module);
        const std::string util = RequireTool(Tool::SoftHsm2Util);
        const TestPki& pki = SharedTestPki();
        m_token.label = "InnoDesk Test Token";
        m_token.pin = "246810";
        m_token.key_label = "Chữ ký Lê Thị Châu";
        m_token.key_id_uri = "%0a%1b";
        m_token.key_uri = "pkcs11:token=InnoDesk%20Test%20Token;id=%0a%1b;type=private";
        m_token.pin_file = (pki.dir / "token.pin").string();
        std::ofstream(m_token.pin_file, std::ios::trunc) << m_token.pin << '\n';

        const std::filesystem::path dir = pki.dir / "softhsm";
        std::filesystem::create_directories(dir / "tokens");
        const std::filesystem::path config = dir / "softhsm2.conf";
        std::ofstream(config) << "directories.tokendir = " << (dir / "tokens").string()
                              << "\nobjectstore.backend = file\nlog.level = ERROR\n";
        // This process and the tools and innodesk-cli it starts see this token folder only.
        ::setenv("SOFTHSM2_CONF", config.c_str(), 1);

        Run(util + " --init-token --free --label " + Quoted(m_token.label) + " --pin " + m_token.pin +
            " --so-pin 13579111");
        Run(util + " --import " + Quoted(pki.signer_key_pem) + " --file-pin " + Quoted(pki.password) +
            " --token " + Quoted(m_token.label) + " --label " + Quoted(m_token.key_label) +
            " --id 0a1b --pin " + m_token.pin);
        StoreCertificates(m_token, {0x0a, 0x1b});
    }

    const SoftHsmToken& Get() const { return m_token; }

private:
    SoftHsmToken m_token;
};

}  // namespace

const SoftHsmToken& SharedSoftHsmToken() {
    static const OwnedToken token;
    return token.Get();
}

}  // namespace innodesk::testing
