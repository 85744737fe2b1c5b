// Makes the test PKI: RSA-2048 keys, X.509 v3 certificates, CRLs and PKCS#12 files in a temporary folder.
#include "test_pki.h"

#include "signing/openssl_support.h"

#include <openssl/pem.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <system_error>
#include <vector>

namespace innodesk::signing::test {
namespace {

using namespace innodesk::signing::detail;

constexpr long kDay = 24L * 60 * 60;

void Check(bool ok, const std::string& what) {
    if (!ok) throw std::runtime_error("test PKI: " + what + ": " + DrainErrorQueue());
}

struct Issued {
    EvpPkeyPtr key;
    X509Ptr certificate;
};

void AddExtension(X509* certificate, X509V3_CTX& context, int nid, const char* value) {
    X509ExtensionPtr extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    Check(extension != nullptr, std::string("extension ") + value);
    Check(X509_add_ext(certificate, extension.get(), -1) == 1, "add extension");
}

// issuer == nullptr: self-signed. Validity in days relative to now.
Issued Issue(const std::string& common_name, const Issued* issuer, long serial, long from_days, long to_days,
             bool is_ca, const char* key_usage) {
    Issued issued;
    issued.key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", std::size_t{2048}));
    Check(issued.key != nullptr, "RSA key generation");
    issued.certificate.reset(X509_new());
    X509* certificate = issued.certificate.get();
    Check(certificate != nullptr, "X509_new");
    Check(X509_set_version(certificate, X509_VERSION_3) == 1, "version");
    Check(ASN1_INTEGER_set(X509_get_serialNumber(certificate), serial) == 1, "serial");
    Check(X509_gmtime_adj(X509_getm_notBefore(certificate), from_days * kDay) != nullptr, "notBefore");
    Check(X509_gmtime_adj(X509_getm_notAfter(certificate), to_days * kDay) != nullptr, "notAfter");
    Check(X509_set_pubkey(certificate, issued.key.get()) == 1, "public key");
    X509_NAME* name = X509_get_subject_name(certificate);
    auto add_entry = [&](const char* field, const std::string& value) {
        Check(
            X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                       reinterpret_cast<const unsigned char*>(value.c_str()), -1, -1, 0) == 1,
            "name entry");
    };
    add_entry("C", "VN");
    add_entry("O", "InnoDesk thử nghiệm");
    add_entry("CN", common_name);
    X509* issuer_certificate = issuer ? issuer->certificate.get() : certificate;
    Check(X509_set_issuer_name(certificate, X509_get_subject_name(issuer_certificate)) == 1, "issuer name");

    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer_certificate, certificate, nullptr, nullptr, 0);
    AddExtension(certificate, context, NID_basic_constraints,
                 is_ca ? "critical,CA:TRUE" : "critical,CA:FALSE");
    AddExtension(certificate, context, NID_key_usage, key_usage);
    AddExtension(certificate, context, NID_subject_key_identifier, "hash");
    if (issuer) AddExtension(certificate, context, NID_authority_key_identifier, "keyid");

    EVP_PKEY* signing_key = issuer ? issuer->key.get() : issued.key.get();
    Check(X509_sign(certificate, signing_key, EVP_sha256()) > 0, "certificate signature");
    return issued;
}

X509CrlPtr MakeCrl(const Issued& issuer, const std::vector<long>& revoked_serials) {
    X509CrlPtr crl(X509_CRL_new());
    Check(crl != nullptr, "X509_CRL_new");
    Check(X509_CRL_set_version(crl.get(), X509_CRL_VERSION_2) == 1, "CRL version");
    Check(X509_CRL_set_issuer_name(crl.get(), X509_get_subject_name(issuer.certificate.get())) == 1,
          "CRL issuer");
    Asn1TimePtr last_update(X509_gmtime_adj(nullptr, -kDay));
    Asn1TimePtr next_update(X509_gmtime_adj(nullptr, 30 * kDay));
    Check(last_update && next_update, "CRL times");
    Check(X509_CRL_set1_lastUpdate(crl.get(), last_update.get()) == 1, "lastUpdate");
    Check(X509_CRL_set1_nextUpdate(crl.get(), next_update.get()) == 1, "nextUpdate");
    for (const long serial : revoked_serials) {
        X509RevokedPtr revoked(X509_REVOKED_new());
        Asn1IntegerPtr number(ASN1_INTEGER_new());
        Check(revoked && number && ASN1_INTEGER_set(number.get(), serial) == 1, "revoked entry");
        Check(X509_REVOKED_set_serialNumber(revoked.get(), number.get()) == 1, "revoked serial");
        Check(X509_REVOKED_set_revocationDate(revoked.get(), last_update.get()) == 1, "revocation date");
        Check(X509_CRL_add0_revoked(crl.get(), revoked.get()) == 1, "add revoked");
        revoked.release();  // owned by the CRL now
    }
    Check(X509_CRL_sort(crl.get()) == 1, "CRL sort");
    Check(X509_CRL_sign(crl.get(), issuer.key.get(), EVP_sha256()) > 0, "CRL signature");
    return crl;
}

BioPtr OpenForWriting(const std::filesystem::path& file) {
    BioPtr bio(BIO_new_file(file.c_str(), "wb"));
    Check(bio != nullptr, "open " + file.string());
    return bio;
}

void WritePem(const std::filesystem::path& file, const X509* certificate) {
    BioPtr bio = OpenForWriting(file);
    Check(PEM_write_bio_X509(bio.get(), certificate) == 1, "write " + file.string());
}

void WritePkcs12(const std::filesystem::path& file, const Issued& signer, const Issued* intermediate,
                 const std::string& password) {
    X509StackPtr chain(sk_X509_new_null());
    Check(chain != nullptr, "chain");
    if (intermediate) {
        X509Ptr copy(X509_dup(intermediate->certificate.get()));
        Check(copy && sk_X509_push(chain.get(), copy.get()) > 0, "chain push");
        copy.release();  // owned by the stack now
    }
    Pkcs12Ptr p12(PKCS12_create(password.c_str(), "InnoDesk test signer", signer.key.get(),
                                signer.certificate.get(), chain.get(), 0, 0, 0, 0, 0));
    Check(p12 != nullptr, "PKCS12_create");
    BioPtr bio = OpenForWriting(file);
    Check(i2d_PKCS12_bio(bio.get(), p12.get()) == 1, "write " + file.string());
}

class OwnedPki {
public:
    OwnedPki() {
        std::string pattern = (std::filesystem::temp_directory_path() / "innodesk-signing-XXXXXX").string();
        Check(mkdtemp(pattern.data()) != nullptr, "mkdtemp");
        TestPki& p = m_pki;
        p.dir = pattern;
        p.password = "Mật-khẩu thử 2025";

        const Issued root =
            Issue("InnoDesk Test Root CA", nullptr, 1, -1, 3650, true, "critical,keyCertSign,cRLSign");
        const Issued intermediate =
            Issue("InnoDesk Test Intermediate CA", &root, 2, -1, 3650, true, "critical,keyCertSign,cRLSign");
        const Issued second_root =
            Issue("Unrelated Test Root CA", nullptr, 1, -1, 3650, true, "critical,keyCertSign,cRLSign");
        const char* kSigning = "critical,digitalSignature,nonRepudiation";
        const Issued signer = Issue("Nguyễn Văn An", &intermediate, 100, -1, 365, false, kSigning);
        const Issued expired = Issue("Trần Thị Hết Hạn", &intermediate, 101, -30, -1, false, kSigning);
        const Issued not_yet_valid = Issue("Lê Văn Chưa Tới", &intermediate, 102, 1, 365, false, kSigning);
        const Issued key_encipherment =
            Issue("Phạm Mã Hóa", &intermediate, 103, -1, 365, false, "critical,keyEncipherment");
        const Issued revoked = Issue("Hoàng Bị Thu Hồi", &intermediate, 104, -1, 365, false, kSigning);
        const Issued second_root_signer = Issue("Võ Gốc Khác", &second_root, 200, -1, 365, false, kSigning);

        p.root_pem = p.dir / "root.pem";
        p.second_root_pem = p.dir / "second-root.pem";
        p.crl_pem = p.dir / "crls.pem";
        WritePem(p.root_pem, root.certificate.get());
        WritePem(p.second_root_pem, second_root.certificate.get());
        {
            // CRL_CHECK_ALL wants a CRL for every issuer in the chain, the root's included.
            BioPtr bio = OpenForWriting(p.crl_pem);
            Check(PEM_write_bio_X509_CRL(bio.get(), MakeCrl(root, {}).get()) == 1, "write root CRL");
            Check(PEM_write_bio_X509_CRL(bio.get(), MakeCrl(intermediate, {104}).get()) == 1, "write CRL");
        }

        auto p12 = [&](const char* name, const Issued& leaf, const Issued* chain) {
            const std::filesystem::path file = p.dir / name;
            WritePkcs12(file, leaf, chain, p.password);
            return file;
        };
        p.signer_p12 = p12("signer.p12", signer, &intermediate);
        p.expired_p12 = p12("expired.p12", expired, &intermediate);
        p.not_yet_valid_p12 = p12("not-yet-valid.p12", not_yet_valid, &intermediate);
        p.key_encipherment_p12 = p12("key-encipherment.p12", key_encipherment, &intermediate);
        p.revoked_p12 = p12("revoked.p12", revoked, &intermediate);
        p.second_root_signer_p12 = p12("second-root-signer.p12", second_root_signer, nullptr);
    }
    ~OwnedPki() {
        std::error_code ignored;
        std::filesystem::remove_all(m_pki.dir, ignored);
    }
    OwnedPki(const OwnedPki&) = delete;
    OwnedPki& operator=(const OwnedPki&) = delete;

    const TestPki& Get() const { return m_pki; }

private:
    TestPki m_pki;
};

}  // namespace

const TestPki& SharedTestPki() {
    static const OwnedPki pki;
    return pki.Get();
}

}  // namespace innodesk::signing::test
