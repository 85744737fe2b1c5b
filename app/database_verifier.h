// A signature verifier for a database, as every front end needs it: the roots pinned on this
// workstation (app/pinned_trust.h) are the only trust anchors; the database's trust store only adds
// intermediate CA certificates (a root in it is never an anchor) and revocation lists.
#pragma once

#include "domain/calendar_date.h"
#include "domain/signature_ports.h"
#include "domain/store.h"
#include "signing/signing.h"

#include <memory>

namespace innodesk::app {

// What a verifier of this database trusts: the roots pinned on this workstation as the anchors, the
// database's CA certificates (roots included) as intermediates only, and its revocation lists.
signing::TrustStore DatabaseTrustStore(domain::Store& store, const domain::Clock& clock);

// Throws DomainError(InvalidValue) when no root is pinned on this workstation, saying where the
// machine's administrator pins one.
std::unique_ptr<domain::SignatureVerifier> DatabaseVerifier(domain::Store& store, const domain::Clock& clock);

// For showing decisions: with no pinned root every signature is indeterminate (untrusted chain), its
// explanation naming the root it chains to and where to pin it, and drafts can still be shown.
std::unique_ptr<domain::SignatureVerifier> DatabaseVerifierForDisplay(domain::Store& store,
                                                                      const domain::Clock& clock);

}  // namespace innodesk::app
