// A signature verifier over the trust store kept in the database, as every front end needs it.
#pragma once

#include "domain/calendar_date.h"
#include "domain/signature_ports.h"
#include "domain/store.h"

#include <memory>

namespace innodesk::app {

// Throws DomainError(InvalidValue) when the trust store holds no CA certificate, saying how an
// administrator adds one.
std::unique_ptr<domain::SignatureVerifier> DatabaseVerifier(domain::Store& store, const domain::Clock& clock);

// For showing decisions: with an empty trust store every signature is indeterminate, its
// explanation saying that the trust store is empty, and drafts can still be shown.
std::unique_ptr<domain::SignatureVerifier> DatabaseVerifierForDisplay(domain::Store& store,
                                                                      const domain::Clock& clock);

}  // namespace innodesk::app
