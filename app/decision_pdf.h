// A decision as the signed PDF that agencies issue (Decree 30/2020/NĐ-CP, appendix I): the approver
// signs the document with its number and date left blank, then the records clerk fills them in and
// applies the department's own certificate as its seal. Both are PAdES signatures (ETSI EN 319
// 142-1): B-B, B-T when a timestamping authority is configured, and the clerk's revision adds the
// certificates and revocation lists used (B-LT). docs/SIGNATURES.md, "Signed PDF documents".
#pragma once

#include "domain/calendar_date.h"
#include "domain/decision.h"
#include "domain/signature_ports.h"
#include "domain/store.h"
#include "domain/text_rules.h"
#include "signing/signing.h"
#include "signing/timestamp.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace innodesk::app {

// The form fields the clerk fills in: the number and symbol ("Số: 126/QĐ-SKHCN") and the place and
// date ("Khánh Hòa, ngày 07 tháng 12 năm 2026").
inline constexpr const char* kNumberField = "so_ky_hieu";
inline constexpr const char* kDateField = "ngay_ban_hanh";
// The signature fields, in the order they are signed.
inline constexpr const char* kApproverSignatureField = "chu_ky_nguoi_co_tham_quyen";
inline constexpr const char* kDepartmentSignatureField = "chu_ky_co_quan";

// What both signatures of a document may carry besides the signature itself.
struct DocumentSigningOptions {
    // Each signature gets an RFC 3161 timestamp (PAdES B-T); without one the signing time is the
    // signer's claim, and the verification says so.
    std::optional<signing::TimestampAuthority> timestamp_authority;
    // The approver's handwritten signature as a PNG, drawn in the visible signature; empty: text only.
    std::vector<std::uint8_t> signature_image_png;
};

// The options as configured for the department: its timestamping authority, if any.
DocumentSigningOptions SigningOptionsOf(domain::Store& store);

// The approver's stage, made inside the signing's transaction (DecisionService::Sign's document
// hook) with the key that has just signed `decision`: the decision rendered as the Vietnamese quyết
// định with fields for the number and date (showing blanks), decision.json and decision.p7s attached
// (the canonical record and the approver's CMS over it), certified (form filling and later signatures
// allowed, nothing else) and signed visibly in the signature block.
std::vector<std::uint8_t> ApproverDecisionPdf(domain::Store& store, const domain::TextRules& text,
                                              const domain::Clock& clock, const domain::Decision& decision,
                                              const signing::SigningKey& key,
                                              const DocumentSigningOptions& options);

// The clerk's stage, made inside the transaction (IssueService::Issue's document hook) for
// `decision` as issued: over the approver's PDF, the number and date filled in and the department's
// seal signature at the top right of the first page; then the certificates and revocation lists that
// verify both signatures (PAdES B-LT) and, with a timestamping authority, a document timestamp.
// Without an approver's PDF (a decision signed before signed PDFs, or from a front end that made
// none) the document is rendered with its number and date and its record attached, and carries the
// department's signature only.
std::vector<std::uint8_t> IssuedDecisionPdf(domain::Store& store, const domain::TextRules& text,
                                            const domain::Clock& clock, const domain::Decision& decision,
                                            const std::optional<std::vector<std::uint8_t>>& approver_pdf,
                                            const signing::SigningKey& organisation_key,
                                            const DocumentSigningOptions& options);

// The decision's signed PDF as it stands: the issued one, else the approver's; nothing when neither
// was made.
std::optional<std::vector<std::uint8_t>> LatestDecisionPdf(domain::Store& store,
                                                           const domain::TextRules& text,
                                                           const domain::Clock& clock, domain::DecisionId id);

// How a signed PDF stands against a decision's record in this database: whether it is, byte for
// byte, the document InnoDesk stored when the approver signed or the clerk issued, whether the
// record it carries (its decision.json) is the record as rebuilt now, and whether its number field
// names the number the clerk registered.
struct DecisionPdfMatch {
    domain::DecisionId decision_id = 0;
    bool stored_issued = false;
    bool stored_approver = false;
    bool has_record = false;
    bool record_matches = false;
    std::string number_field;  // empty when the file has no number field
    bool number_matches = true;
    // One sentence per finding, and whether they add up to a match.
    std::vector<domain::LocalisedText> findings;
    bool Matches() const { return has_record && record_matches && number_matches; }
};
DecisionPdfMatch MatchDecisionPdf(domain::Store& store, const domain::TextRules& text,
                                  const domain::Clock& clock, std::string_view pdf, domain::DecisionId id);

// Writes a signed PDF whole or not at all (the exact bytes: a signed PDF changed by one byte is no
// longer valid). Throws Storage naming the file when it cannot be written.
void WriteDecisionPdf(const std::vector<std::uint8_t>& pdf, const std::filesystem::path& target);

// The key behind a signer loaded by LoadSigner (app/signing_key.h), for signing the PDF with the
// key that signed the record. Throws InvalidValue for a signer of another kind.
const signing::SigningKey& SigningKeyOf(const domain::DecisionSigner& signer);

}  // namespace innodesk::app
