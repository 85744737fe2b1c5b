// What a signed PDF needs to be verified after its signers' certificates expire (PAdES B-LT): the
// certificates and revocation lists that verify its signatures today, gathered for its DSS.
#pragma once

#include "pades_sign.h"
#include "signing.h"

#include <cstdint>
#include <span>
#include <vector>

namespace innodesk::signing {

// Each certificate once (DER): those the CMS signatures carry (signers and their chains, and the
// chains of their signature timestamps' authorities), the trust store's anchors and intermediates and
// the timestamping authorities' anchors (`extra_ca_pems`); and the trust store's revocation lists.
// Throws DomainError(FileFormat) for a signature that is not a CMS, and as PreparedTrustStore does
// for the trust store's files and texts.
LongTermMaterial LongTermMaterialFor(std::span<const std::vector<std::uint8_t>> cms_signatures,
                                     const TrustStore& trust,
                                     const std::vector<std::string>& extra_ca_pems = {});

}  // namespace innodesk::signing
