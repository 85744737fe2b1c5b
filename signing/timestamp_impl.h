// What the timestamp files of the signing library share: owning pointers for OpenSSL's TS and PKCS7 objects
// and the check of a parsed token, used both for a fresh reply and for a stored token.
#pragma once

#include "openssl_support.h"
#include "timestamp.h"

#include <openssl/pkcs7.h>
#include <openssl/ts.h>

namespace innodesk::signing::detail {

using Pkcs7Ptr = std::unique_ptr<PKCS7, FreeWith<PKCS7_free>>;
using TsReqPtr = std::unique_ptr<TS_REQ, FreeWith<TS_REQ_free>>;
using TsRespPtr = std::unique_ptr<TS_RESP, FreeWith<TS_RESP_free>>;
using TsTstInfoPtr = std::unique_ptr<TS_TST_INFO, FreeWith<TS_TST_INFO_free>>;
using TsVerifyCtxPtr = std::unique_ptr<TS_VERIFY_CTX, FreeWith<TS_VERIFY_CTX_free>>;
using TsMsgImprintPtr = std::unique_ptr<TS_MSG_IMPRINT, FreeWith<TS_MSG_IMPRINT_free>>;
using X509AlgorPtr = std::unique_ptr<X509_ALGOR, FreeWith<X509_ALGOR_free>>;

// The token's verdict against `data` and the anchors in `ca_pems`, in this order: the token readable
// (Invalid), the imprint equal to the data's digest with the token's algorithm (Invalid), the TSA's chain to
// an anchor now for time stamping (Indeterminate), the signature (Invalid). Throws only for unreadable
// anchors.
TimestampCheck CheckToken(PKCS7* token, std::span<const std::uint8_t> data,
                          const std::vector<std::string>& ca_pems);

// The DER of a token (a CMS ContentInfo).
std::vector<std::uint8_t> TokenDer(PKCS7* token);

}  // namespace innodesk::signing::detail
