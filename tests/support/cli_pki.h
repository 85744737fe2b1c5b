// The test PKI (test_pki.h) as innodesk-cli takes it: the options that name a signer's key, and a
// database whose administrator trusts the root and enrolled the two approvers' certificates.
#pragma once

#include "cli_fixture.h"
#include "test_pki.h"

#include <string>
#include <vector>

namespace innodesk::testing {

// --p12 FILE --password-file FILE for `decision sign` and `audit checkpoint`.
std::vector<std::string> P12Options(const TestSigner& signer);

// Pins the root on the workstation (PinSharedTestRoot) and, as the administrator, puts it in the
// database's trust store too and enrols the PKI's `signer` for
// kApprover and `second_signer` for kSecondApprover.
void TrustAndEnrol(const CliDatabase& db);

}  // namespace innodesk::testing
