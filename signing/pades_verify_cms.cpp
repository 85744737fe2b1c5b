// A PDF signature's CMS facts beyond VerifyDetached, read with OpenSSL: the DER inside /Contents, the
// ESS signing-certificate-v2 attribute, RFC 3161 tokens and the DSS's certificates and CRLs.
#include "pades_verify_cms.h"

#include "openssl_support.h"

#include <openssl/ess.h>
#include <openssl/pkcs7.h>
#include <openssl/ts.h>

#include <algorithm>
#include <limits>

namespace innodesk::signing::detail {
namespace {

using Pkcs7Ptr = std::unique_ptr<PKCS7, FreeWith<PKCS7_free>>;
using TstInfoPtr = std::unique_ptr<TS_TST_INFO, FreeWith<TS_TST_INFO_free>>;
using EssV2Ptr = std::unique_ptr<ESS_SIGNING_CERT_V2, FreeWith<ESS_SIGNING_CERT_V2_free>>;

std::int64_t UnixTime(const ASN1_TIME* time) {
    Asn1TimePtr epoch(ASN1_TIME_set(nullptr, 0));
    int days = 0;
    int seconds = 0;
    if (!epoch || !time || ASN1_TIME_diff(&days, &seconds, epoch.get(), time) != 1) return 0;
    return std::int64_t{days} * 86400 + seconds;
}

X509Ptr ParseCertificate(std::span<const std::uint8_t> der) {
    if (der.empty() || der.size() > static_cast<std::size_t>(std::numeric_limits<long>::max()))
        return nullptr;
    const unsigned char* cursor = der.data();
    return X509Ptr(d2i_X509(nullptr, &cursor, static_cast<long>(der.size())));
}

std::vector<std::uint8_t> Bytes(const ASN1_STRING* string) {
    if (!string) return {};
    const unsigned char* data = ASN1_STRING_get0_data(string);
    return std::vector<std::uint8_t>(data, data + ASN1_STRING_length(string));
}

// One DER element: its tag, where its content lies, how long it is in all.
struct Tlv {
    std::uint8_t tag = 0;
    std::size_t header = 0;
    std::span<const std::uint8_t> content;
    std::size_t size() const { return header + content.size(); }
};

std::optional<Tlv> ReadTlv(std::span<const std::uint8_t> in) {
    if (in.size() < 2 || (in[0] & 0x1f) == 0x1f) return std::nullopt;  // no multi-byte tags in a CMS
    std::size_t length = in[1];
    std::size_t header = 2;
    if (length & 0x80) {
        const std::size_t octets = length & 0x7f;
        if (octets == 0 || octets > 4 || in.size() < 2 + octets) return std::nullopt;
        length = 0;
        for (std::size_t i = 0; i < octets; ++i) length = (length << 8) | in[2 + i];
        header += octets;
    }
    if (length > in.size() - header) return std::nullopt;
    return Tlv{in[0], header, in.subspan(header, length)};
}

std::vector<std::uint8_t> Wrap(std::uint8_t tag, std::span<const std::uint8_t> content) {
    std::vector<std::uint8_t> out{tag};
    const std::size_t length = content.size();
    if (length < 0x80) {
        out.push_back(static_cast<std::uint8_t>(length));
    } else {
        std::vector<std::uint8_t> octets;
        for (std::size_t rest = length; rest > 0; rest >>= 8)
            octets.insert(octets.begin(), static_cast<std::uint8_t>(rest));
        out.push_back(static_cast<std::uint8_t>(0x80 | octets.size()));
        out.insert(out.end(), octets.begin(), octets.end());
    }
    out.insert(out.end(), content.begin(), content.end());
    return out;
}

}  // namespace

std::optional<std::span<const std::uint8_t>> LeadingDer(std::span<const std::uint8_t> padded) {
    const std::optional<Tlv> element = ReadTlv(padded);
    if (element && element->tag == 0x30) return padded.first(element->size());
    // BER with indefinite lengths (NSS, hence pdfsig, writes it): OpenSSL's parser finds the end.
    if (padded.size() < 2 || padded[0] != 0x30 || padded[1] != 0x80 ||
        padded.size() > static_cast<std::size_t>(std::numeric_limits<long>::max()))
        return std::nullopt;
    ErrorMarkGuard mark;
    const unsigned char* cursor = padded.data();
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(padded.size())));
    if (!cms) return std::nullopt;
    return padded.first(static_cast<std::size_t>(cursor - padded.data()));
}

CmsFacts InspectCms(std::span<const std::uint8_t> cms_der) {
    ErrorMarkGuard mark;
    CmsFacts facts;
    if (cms_der.empty() || cms_der.size() > static_cast<std::size_t>(std::numeric_limits<long>::max()))
        return facts;
    const unsigned char* cursor = cms_der.data();
    CmsPtr cms(d2i_CMS_ContentInfo(nullptr, &cursor, static_cast<long>(cms_der.size())));
    if (!cms || OBJ_obj2nid(CMS_get0_type(cms.get())) != NID_pkcs7_signed) return facts;
    STACK_OF(CMS_SignerInfo)* signer_infos = CMS_get0_SignerInfos(cms.get());
    if (sk_CMS_SignerInfo_num(signer_infos) != 1) return facts;
    CMS_SignerInfo* signer_info = sk_CMS_SignerInfo_value(signer_infos, 0);
    facts.parsed = true;
    facts.signature_value = Bytes(CMS_SignerInfo_get0_signature(signer_info));

    X509StackPtr certificates(CMS_get1_certs(cms.get()));
    X509* signer = nullptr;
    for (int i = 0; certificates && i < sk_X509_num(certificates.get()); ++i) {
        if (CMS_SignerInfo_cert_cmp(signer_info, sk_X509_value(certificates.get(), i)) == 0) {
            signer = sk_X509_value(certificates.get(), i);
            break;
        }
    }
    if (signer) {
        unsigned char* der = nullptr;
        const int length = i2d_X509(signer, &der);
        if (length > 0) facts.signer_certificate_der.assign(der, der + length);
        OPENSSL_free(der);
    }

    const int ess_index = CMS_signed_get_attr_by_NID(signer_info, NID_id_smime_aa_signingCertificateV2, -1);
    if (ess_index >= 0) {
        facts.signing_certificate_v2_present = true;
        X509_ATTRIBUTE* attribute = CMS_signed_get_attr(signer_info, ess_index);
        ASN1_TYPE* value = attribute ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
        if (value && value->type == V_ASN1_SEQUENCE && signer) {
            const unsigned char* ess_cursor = value->value.sequence->data;
            EssV2Ptr ess(d2i_ESS_SIGNING_CERT_V2(nullptr, &ess_cursor, value->value.sequence->length));
            X509StackPtr chain(sk_X509_new_null());
            if (ess && chain && X509_up_ref(signer) == 1) {
                X509Ptr reference(signer);
                if (sk_X509_push(chain.get(), reference.get()) > 0) {
                    reference.release();
                    // The signer first: OpenSSL compares the attribute's first hash with chain[0].
                    facts.signing_certificate_v2_matches =
                        OSSL_ESS_check_signing_certs(nullptr, ess.get(), chain.get(), 1) == 1;
                }
            }
        }
    }

    const int token_index = CMS_unsigned_get_attr_by_NID(signer_info, NID_id_smime_aa_timeStampToken, -1);
    if (token_index >= 0) {
        X509_ATTRIBUTE* attribute = CMS_unsigned_get_attr(signer_info, token_index);
        ASN1_TYPE* value = attribute ? X509_ATTRIBUTE_get0_type(attribute, 0) : nullptr;
        if (value && value->type == V_ASN1_SEQUENCE)
            facts.signature_timestamp_token = Bytes(value->value.sequence);
        if (facts.signature_timestamp_token.empty())
            facts.signature_timestamp_token = {0};  // present, unreadable
    }
    return facts;
}

std::vector<std::vector<std::uint8_t>> OneCmsPerSigner(std::span<const std::uint8_t> cms_der) {
    // DER surgery rather than OpenSSL's objects: OpenSSL offers no public way to drop a SignerInfo.
    // ContentInfo ::= SEQUENCE { OID, [0] { SignedData ::= SEQUENCE { …, signerInfos SET OF } } }
    const std::optional<Tlv> info = ReadTlv(cms_der);
    if (!info || info->tag != 0x30 || info->size() != cms_der.size()) return {};
    const std::optional<Tlv> oid = ReadTlv(info->content);
    if (!oid || oid->tag != 0x06) return {};
    const std::optional<Tlv> explicit_tag = ReadTlv(info->content.subspan(oid->size()));
    if (!explicit_tag || explicit_tag->tag != 0xA0) return {};
    const std::optional<Tlv> signed_data = ReadTlv(explicit_tag->content);
    if (!signed_data || signed_data->tag != 0x30) return {};
    std::span<const std::uint8_t> rest = signed_data->content;
    std::size_t before_signers = 0;
    std::optional<Tlv> signers;
    while (!rest.empty()) {
        const std::optional<Tlv> element = ReadTlv(rest);
        if (!element) return {};
        if (element->size() == rest.size()) {
            signers = element;
            break;
        }
        before_signers += element->size();
        rest = rest.subspan(element->size());
    }
    if (!signers || signers->tag != 0x31) return {};
    std::vector<std::span<const std::uint8_t>> each;
    for (std::span<const std::uint8_t> list = signers->content; !list.empty();) {
        const std::optional<Tlv> signer = ReadTlv(list);
        if (!signer || each.size() == 16) return {};  // more than 16 signers: judged as it is
        each.push_back(list.first(signer->size()));
        list = list.subspan(signer->size());
    }
    if (each.size() < 2) return {};
    std::vector<std::vector<std::uint8_t>> parts;
    for (const std::span<const std::uint8_t> signer : each) {
        std::vector<std::uint8_t> body(signed_data->content.begin(),
                                       signed_data->content.begin() + before_signers);
        const std::vector<std::uint8_t> set = Wrap(0x31, signer);
        body.insert(body.end(), set.begin(), set.end());
        std::vector<std::uint8_t> content(info->content.begin(), info->content.begin() + oid->size());
        const std::vector<std::uint8_t> tagged = Wrap(0xA0, Wrap(0x30, body));
        content.insert(content.end(), tagged.begin(), tagged.end());
        parts.push_back(Wrap(0x30, content));
    }
    return parts;
}

TokenFacts InspectTimestampToken(std::span<const std::uint8_t> token_der,
                                 std::span<const std::uint8_t> imprinted) {
    ErrorMarkGuard mark;
    TokenFacts facts;
    if (token_der.empty() || token_der.size() > static_cast<std::size_t>(std::numeric_limits<long>::max()))
        return facts;
    const unsigned char* cursor = token_der.data();
    Pkcs7Ptr token(d2i_PKCS7(nullptr, &cursor, static_cast<long>(token_der.size())));
    if (!token) return facts;
    TstInfoPtr info(PKCS7_to_TS_TST_INFO(token.get()));
    if (!info) return facts;
    facts.readable = true;
    facts.gen_time_unix = UnixTime(TS_TST_INFO_get_time(info.get()));
    TS_MSG_IMPRINT* imprint = TS_TST_INFO_get_msg_imprint(info.get());
    X509_ALGOR* algorithm = imprint ? TS_MSG_IMPRINT_get_algo(imprint) : nullptr;
    const EVP_MD* digest = algorithm ? EVP_get_digestbyobj(algorithm->algorithm) : nullptr;
    if (!digest) return facts;
    unsigned char computed[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(imprinted.data(), imprinted.size(), computed, &length, digest, nullptr) != 1) return facts;
    const std::vector<std::uint8_t> expected = Bytes(TS_MSG_IMPRINT_get_msg(imprint));
    facts.imprint_matches =
        expected.size() == length && std::equal(expected.begin(), expected.end(), computed);
    return facts;
}

DssCoverage DssCoverageOf(std::span<const std::uint8_t> signer_der,
                          const std::vector<std::vector<std::uint8_t>>& certificates,
                          const std::vector<std::vector<std::uint8_t>>& crls) {
    ErrorMarkGuard mark;
    DssCoverage coverage;
    X509Ptr signer = ParseCertificate(signer_der);
    if (!signer) return coverage;
    std::vector<X509Ptr> stored;
    for (const std::vector<std::uint8_t>& der : certificates)
        if (X509Ptr certificate = ParseCertificate(der)) stored.push_back(std::move(certificate));

    const auto find_same = [&](const X509* wanted) -> const X509* {
        for (const X509Ptr& certificate : stored)
            if (X509_cmp(certificate.get(), wanted) == 0) return certificate.get();
        return nullptr;
    };
    const X509* current = find_same(signer.get());
    // Up the issuers, at most as many steps as there are certificates (a loop of issuers ends too).
    for (std::size_t steps = 0; current && steps <= stored.size(); ++steps) {
        if (X509_check_issued(const_cast<X509*>(current), const_cast<X509*>(current)) == X509_V_OK) {
            coverage.chain = true;
            break;
        }
        const X509* issuer = nullptr;
        for (const X509Ptr& candidate : stored)
            if (X509_check_issued(candidate.get(), const_cast<X509*>(current)) == X509_V_OK)
                issuer = candidate.get();
        current = issuer;
    }

    for (const std::vector<std::uint8_t>& der : crls) {
        if (der.empty()) continue;
        const unsigned char* cursor = der.data();
        X509CrlPtr crl(d2i_X509_CRL(nullptr, &cursor, static_cast<long>(der.size())));
        if (crl && X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_issuer_name(signer.get())) == 0) {
            coverage.crl = true;
            break;
        }
    }
    return coverage;
}

}  // namespace innodesk::signing::detail
