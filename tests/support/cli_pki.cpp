// The test PKI handed to innodesk-cli.
#include "cli_pki.h"

namespace innodesk::testing {

std::vector<std::string> P12Options(const TestSigner& signer) {
    return {"--p12", signer.p12, "--password-file", SharedTestPki().password_file};
}

void TrustAndEnrol(const CliDatabase& db) {
    const TestPki& pki = SharedTestPki();
    // The root is pinned on the workstation, where trust comes from; the copy in the database's
    // trust store is only a help, as a department's would be.
    PinSharedTestRoot();
    db.Ok(kAdmin, {"trust", "add", pki.root_pem});
    db.Ok(kAdmin, {"user", "bind-cert", kApprover, "--cert", pki.signer.certificate_pem});
    db.Ok(kAdmin, {"user", "bind-cert", kSecondApprover, "--cert", pki.second_signer.certificate_pem});
}

}  // namespace innodesk::testing
