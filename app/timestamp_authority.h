// The department's timestamping authority, as the settings tsa_url and tsa_ca_pem configure it
// (domain/timestamp_settings.h), and the proposed changes that set them, as every front end proposes them.
#pragma once

#include "domain/pending_change.h"
#include "domain/store.h"
#include "signing/timestamp.h"

#include <optional>
#include <string>

namespace innodesk::app {

// The TSA to ask for signature and document timestamps; nullopt when tsa_url is empty or was never set
// (signatures are then PAdES B-B and the signing time is the signer's claim). Throws
// DomainError(InvalidValue) when tsa_url is set without tsa_ca_pem: a TSA nobody can check is refused rather
// than silently skipped.
std::optional<signing::TimestampAuthority> ConfiguredTimestampAuthority(domain::Store& store);

// The change that sets tsa_url to `url` (spaces around it dropped; empty: no TSA), checked now.
domain::ProposedChange TimestampUrlChange(const std::string& url);

// The change that sets tsa_ca_pem to the CA certificates in `pem_text` (each re-encoded as its own PEM), with
// their names and fingerprints for the confirmer. Throws DomainError: FileFormat (no certificate),
// InvalidValue (a private key, a CRL, a certificate that is not a CA); `source` names the file in messages.
// Empty `pem_text`: the change that clears the setting.
domain::ProposedChange TimestampCaChange(const std::string& pem_text, const std::string& source);

}  // namespace innodesk::app
