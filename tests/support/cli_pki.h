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

// TrustAndEnrol, then an enterprise (0300588569) and the programme KH-DMST with a 2025 envelope for
// consulting.
void PrepareSigning(const CliDatabase& db);

// A recommended application of that enterprise and an approval drafted over it by the officer,
// numbered `number` (none when empty: the records clerk gives it at issue) and naming `signer_name`
// (none when empty: either approver may sign it); returns the decision's id.
std::string DraftApproval(const CliDatabase& db, const std::string& number,
                          const std::string& amount = "80.000.000",
                          const std::string& signer_name = "Phó Giám đốc Lê Thị Châu");

}  // namespace innodesk::testing
