// Verifying a signed PDF file from a front end (`innodesk-cli pdf verify`, the desktop's "Verify a
// signed PDF"): the trust the decisions are judged against, and the file read within the verifier's
// memory ceiling.
#pragma once

#include "domain/store.h"
#include "signing/pades_verify.h"
#include "signing/signing.h"

#include <filesystem>
#include <string>
#include <vector>

namespace innodesk::app {

// The bytes of a PDF to verify, read whole within the verifier's memory ceiling. Throws
// DomainError: NotFound (no such file, or it cannot be read), InvalidValue (larger than
// signing::kMaxVerifiedPdfBytes, refused before it is read).
std::string ReadPdfFile(const std::filesystem::path& file);

// Reads `file` (ReadPdfFile) and verifies it, its timestamps against `timestamp_ca_pems` (the pinned
// roots: a licensed CA's timestamping authority chains to the same national roots). Throws as
// ReadPdfFile does, and DomainError(FileFormat) for a file that is not a readable PDF.
signing::PdfVerification VerifyPdfFile(const std::filesystem::path& file,
                                       const signing::PreparedTrustStore& trust,
                                       const std::vector<std::string>& timestamp_ca_pems);

// When no root is pinned, the sentence saying so and where to pin one; empty otherwise, so a report
// never reads "untrusted" without saying why.
domain::LocalisedText PdfTrustNote();

}  // namespace innodesk::app
