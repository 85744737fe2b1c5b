// The decision's signed PDF, stage by stage.
#include "decision_pdf.h"

#include "database_verifier.h"
#include "decision_export.h"
#include "timestamp_authority.h"

#include "domain/decision_service.h"
#include "domain/issue_service.h"
#include "domain/sha256.h"
#include "reports/decision_report.h"
#include "reports/output_file.h"
#include "reports/pdf_report_writer.h"
#include "signing/domain_adapters.h"
#include "signing/long_term_material.h"
#include "signing/pades_sign.h"
#include "signing/pdf_contents.h"

#include <cstdio>
#include <cstdlib>

namespace innodesk::app {

namespace {

using domain::DomainError;
using domain::ErrorCode;

signing::PdfRect RectOf(const reports::PdfPlace& place) {
    return {place.page, place.left, place.bottom, place.width, place.height};
}

// "07/12/2026 10:15:03 +07:00": the moment in the department's zone with its offset, as Decree
// 30/2020's signature information gives it (date, time to the second, the zone per ISO 8601).
std::string SignatureMoment(std::int64_t unix_seconds, const domain::TimeZone& zone) {
    const int offset = zone.OffsetSecondsAt(unix_seconds);
    const std::int64_t of_day = (((unix_seconds + offset) % 86'400) + 86'400) % 86'400;
    const int minutes = std::abs(offset) / 60;
    char text[48];
    std::snprintf(text, sizeof text, "%s %02d:%02d:%02d %c%02d:%02d",
                  domain::DateAt(unix_seconds, zone).Format().c_str(), static_cast<int>(of_day / 3600),
                  static_cast<int>(of_day / 60 % 60), static_cast<int>(of_day % 60), offset < 0 ? '-' : '+',
                  minutes / 60, minutes % 60);
    return text;
}

// The common name of an RFC 2253 subject ("CN=Trần Văn Bình,O=…"), or the whole subject.
std::string CommonName(const std::string& subject) {
    const auto start = subject.find("CN=");
    if (start == std::string::npos) return subject;
    std::string name;
    for (std::size_t i = start + 3; i < subject.size(); ++i) {
        if (subject[i] == '\\' && i + 1 < subject.size()) {
            name += subject[++i];
            continue;
        }
        if (subject[i] == ',' || subject[i] == '+') break;
        name += subject[i];
    }
    return name;
}

std::vector<std::uint8_t> Bytes(const std::string& text) {
    return {text.begin(), text.end()};
}

// Each signature's CMS gets a signature timestamp when an authority is configured (PAdES B-T).
void Timestamped(signing::PdfSignatureRequest& request, const DocumentSigningOptions& options) {
    if (!options.timestamp_authority) return;
    request.add_timestamp = [tsa = *options.timestamp_authority](std::vector<std::uint8_t> cms) {
        return signing::AddSignatureTimestamp(cms, tsa);
    };
}

// The decision as it is printed, from the records as they are in this transaction.
interchange::DecisionDocument DocumentOf(domain::Store& store, const domain::TextRules& text,
                                         const domain::Clock& clock, const domain::Decision& decision) {
    domain::DecisionVerification as_signed;
    as_signed.decision = decision;
    as_signed.status = domain::VerificationStatus::Valid;
    as_signed.reason = domain::SignatureReason::None;
    as_signed.signer_subject = decision.signature ? decision.signature->signer_subject : std::string();
    return DecisionDocumentOf(store, text, clock, as_signed);
}

// The symbol the clerk's number will end with: the draft's own when it carries a number
// ("126/QĐ-SKHCN" → "QĐ-SKHCN"), else the register's.
std::string SymbolFor(domain::Store& store, const domain::TextRules& text, const domain::Clock& clock,
                      const domain::Decision& decision) {
    if (decision.number.empty()) return domain::IssueService(store, text, clock).Symbol();
    const auto slash = decision.number.find('/');
    return slash == std::string::npos ? decision.number : decision.number.substr(slash + 1);
}

std::vector<signing::PdfAttachment> RecordAttachments(domain::Store& store, const domain::TextRules& text,
                                                      const domain::Clock& clock,
                                                      const domain::Decision& decision) {
    const std::string payload = domain::DecisionService(store, text, clock).SignedPayload(decision);
    return {
        {"decision.json", "application/json",
         "Bản ghi quyết định mà người có thẩm quyền đã ký (JSON chuẩn tắc) / The decision's canonical record "
         "the approver signed",
         Bytes(payload)},
        {"decision.p7s", "application/pkcs7-signature",
         "Chữ ký CMS tách rời của người có thẩm quyền trên decision.json / The approver's detached CMS over "
         "decision.json",
         decision.signature->cms_der}};
}

void RequireSigned(const domain::Decision& decision) {
    if (!decision.signature)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Quyết định #" + std::to_string(decision.id) +
                               " chưa được ký nên chưa tạo được văn bản PDF ký số.",
                           "Decision #" + std::to_string(decision.id) +
                               " is not signed, so its signed PDF cannot be made."},
                          "decision");
}

reports::PdfPlaces RequirePlaces(const reports::LaidOutPdf& laid_out) {
    const auto& places = laid_out.places;
    if (!places.reference || !places.place_and_date || !places.signature_room)
        throw DomainError(ErrorCode::Storage,
                          {"Bố cục quyết định thiếu chỗ cho số, ngày hoặc chữ ký.",
                           "The decision's layout has no place for its number, date or signature."},
                          "decision");
    return places;
}

}  // namespace

DocumentSigningOptions SigningOptionsOf(domain::Store& store) {
    DocumentSigningOptions options;
    options.timestamp_authority = ConfiguredTimestampAuthority(store);
    return options;
}

const signing::SigningKey& SigningKeyOf(const domain::DecisionSigner& signer) {
    const auto* key_signer = dynamic_cast<const signing::KeyDecisionSigner*>(&signer);
    if (key_signer == nullptr)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Khóa ký này không ký được tệp PDF: nó không phải khóa từ tệp PKCS#12 hay thiết bị "
             "ký số (token).",
             "This signer cannot sign the PDF: it is not a key from a PKCS#12 file or a token."},
            "key");
    return key_signer->Key();
}

std::vector<std::uint8_t> ApproverDecisionPdf(domain::Store& store, const domain::TextRules& text,
                                              const domain::Clock& clock, const domain::Decision& decision,
                                              const signing::SigningKey& key,
                                              const DocumentSigningOptions& options) {
    RequireSigned(decision);
    const auto& signature = *decision.signature;
    const auto heading = DecisionHeading(store, clock);
    const auto form = reports::SignedDecisionForm(DocumentOf(store, text, clock, decision), heading,
                                                  SymbolFor(store, text, clock, decision));
    const auto laid_out = reports::LaidOutPdfReport(form);
    const auto places = RequirePlaces(laid_out);

    const auto zone = clock.Zone();
    signing::PdfSignatureRequest request;
    request.field_name = kApproverSignatureField;
    request.rect = RectOf(*places.signature_room);
    // "Ký bởi" the certificate's holder, then the title and name as printed, unless the one already
    // holds the other ("Giám đốc Trần Văn Bình" on a certificate of "Trần Văn Bình").
    const std::string holder = CommonName(signature.signer_subject);
    if (decision.signer_name.find(holder) != std::string::npos)
        request.appearance = {"Ký bởi: " + decision.signer_name};
    else if (holder.find(decision.signer_name) != std::string::npos)
        request.appearance = {"Ký bởi: " + holder};
    else
        request.appearance = {"Ký bởi: " + holder, decision.signer_name};
    request.appearance.push_back("Thời gian ký: " + SignatureMoment(signature.signed_at_unix, *zone));
    if (!options.signature_image_png.empty()) request.image_png = options.signature_image_png;
    request.reason = "Ký quyết định";
    request.location = heading.place;
    request.signing_time_unix = signature.signed_at_unix;
    request.utc_offset_minutes = zone->OffsetSecondsAt(signature.signed_at_unix) / 60;
    request.certify = true;
    // The clerk's fields, showing the blanks until the number and date are filled in.
    request.add_fields = {{kNumberField, RectOf(*places.reference), form.reference, 11.5, true},
                          {kDateField, RectOf(*places.place_and_date), form.place_and_date, 12, true}};
    request.attachments = RecordAttachments(store, text, clock, decision);
    Timestamped(request, options);
    return Bytes(signing::SignPdf(laid_out.bytes, key, request));
}

std::vector<std::uint8_t> IssuedDecisionPdf(domain::Store& store, const domain::TextRules& text,
                                            const domain::Clock& clock, const domain::Decision& decision,
                                            const std::optional<std::vector<std::uint8_t>>& approver_pdf,
                                            const signing::SigningKey& organisation_key,
                                            const DocumentSigningOptions& options) {
    RequireSigned(decision);
    if (!decision.issue)
        throw DomainError(ErrorCode::InvalidValue,
                          {"Quyết định #" + std::to_string(decision.id) + " chưa được văn thư ban hành.",
                           "Decision #" + std::to_string(decision.id) + " is not issued by the clerk."},
                          "decision");
    const auto& issue = *decision.issue;
    const auto heading = DecisionHeading(store, clock);
    const auto zone = clock.Zone();
    const std::string reference = reports::DecisionReferenceLine(issue.number, domain::Language::Vietnamese);
    const std::string dated =
        reports::DecisionPlaceAndDateLine(heading, issue.issued_on, domain::Language::Vietnamese);

    signing::PdfSignatureRequest request;
    request.field_name = kDepartmentSignatureField;
    request.rect = RectOf(reports::FirstPageTopRight(reports::PageOrientation::Portrait));
    request.appearance = {"Ký bởi: " + CommonName(issue.organisation_subject), "Số: " + issue.number,
                          "Thời gian ký: " + SignatureMoment(issue.issued_at_unix, *zone)};
    request.reason = "Ban hành văn bản";
    request.location = heading.place;
    request.signing_time_unix = issue.issued_at_unix;
    request.utc_offset_minutes = zone->OffsetSecondsAt(issue.issued_at_unix) / 60;
    std::string base;
    if (approver_pdf) {
        base.assign(approver_pdf->begin(), approver_pdf->end());
        request.fill_fields = {{kNumberField, {}, reference, 11.5, true}, {kDateField, {}, dated, 12, true}};
    } else {
        const auto form = reports::SignedDecisionForm(DocumentOf(store, text, clock, decision), heading,
                                                      SymbolFor(store, text, clock, decision));
        const auto laid_out = reports::LaidOutPdfReport(form);
        const auto places = RequirePlaces(laid_out);
        base = laid_out.bytes;
        request.add_fields = {{kNumberField, RectOf(*places.reference), reference, 11.5, true},
                              {kDateField, RectOf(*places.place_and_date), dated, 12, true}};
        request.attachments = RecordAttachments(store, text, clock, decision);
    }
    Timestamped(request, options);
    const std::string sealed = signing::SignPdf(base, organisation_key, request);

    // B-LT: what verifies both signatures after their certificates expire, then (B-LTA) a document
    // timestamp over all of it when an authority is configured.
    const std::vector<std::vector<std::uint8_t>> signatures{decision.signature->cms_der, issue.cms_der};
    const auto material = signing::LongTermMaterialFor(
        signatures, DatabaseTrustStore(store, clock),
        options.timestamp_authority ? options.timestamp_authority->ca_pems : std::vector<std::string>{});
    std::function<std::vector<std::uint8_t>(std::span<const std::uint8_t>)> document_timestamp;
    if (options.timestamp_authority)
        document_timestamp = [tsa = *options.timestamp_authority](std::span<const std::uint8_t> covered) {
            return signing::RequestTimestamp(tsa, covered);
        };
    return Bytes(signing::AddLongTermValidation(sealed, material, document_timestamp));
}

std::optional<std::vector<std::uint8_t>> LatestDecisionPdf(domain::Store& store,
                                                           const domain::TextRules& text,
                                                           const domain::Clock& clock,
                                                           domain::DecisionId id) {
    domain::IssueService issues(store, text, clock);
    if (auto issued = issues.Document(id, domain::DocumentStage::Issued)) return std::move(issued->pdf);
    if (auto signed_pdf = issues.Document(id, domain::DocumentStage::Approver))
        return std::move(signed_pdf->pdf);
    return std::nullopt;
}

DecisionPdfMatch MatchDecisionPdf(domain::Store& store, const domain::TextRules& text,
                                  const domain::Clock& clock, std::string_view pdf, domain::DecisionId id) {
    domain::DecisionService decisions(store, text, clock);
    const auto decision = decisions.Get(id);
    const std::string reference = domain::DecisionReference(decision);
    DecisionPdfMatch match;
    match.decision_id = id;
    domain::IssueService issues(store, text, clock);
    const std::string sha256 = domain::Sha256Hex(pdf);
    const auto issued = issues.Document(id, domain::DocumentStage::Issued);
    const auto approver = issues.Document(id, domain::DocumentStage::Approver);
    match.stored_issued = issued && issued->sha256 == sha256;
    match.stored_approver = approver && approver->sha256 == sha256;
    if (match.stored_issued)
        match.findings.push_back(
            {"Tệp này đúng từng byte là văn bản văn thư đã ban hành cho quyết định " + reference + ".",
             "This file is, byte for byte, the document the clerk issued for decision " + reference + "."});
    else if (match.stored_approver)
        match.findings.push_back(
            {"Tệp này đúng từng byte là văn bản người có thẩm quyền đã ký cho quyết định " + reference +
                 " (chưa ban hành).",
             "This file is, byte for byte, the document the approver signed for decision " + reference +
                 " (not issued)."});
    else
        match.findings.push_back({"Tệp này không phải văn bản InnoDesk đã lưu cho quyết định " + reference +
                                      "; phần dưới so nội dung của nó.",
                                  "This file is not a document InnoDesk stored for decision " + reference +
                                      "; its contents are compared below."});

    const auto contents = signing::ReadPdfContents(pdf);
    if (const auto record = contents.attachments.find("decision.json");
        record != contents.attachments.end()) {
        match.has_record = true;
        const std::string rebuilt = decision.signature ? decisions.SignedPayload(decision) : std::string();
        match.record_matches =
            !rebuilt.empty() && std::string(record->second.begin(), record->second.end()) == rebuilt;
        match.findings.push_back(
            match.record_matches
                ? domain::LocalisedText{"Bản ghi đính kèm (decision.json) trùng với bản ghi của quyết định "
                                        "trong cơ sở dữ liệu.",
                                        "The attached record (decision.json) is the decision's record in the "
                                        "database."}
                : domain::LocalisedText{
                      "Bản ghi đính kèm (decision.json) KHÁC bản ghi của quyết định trong cơ sở dữ liệu.",
                      "The attached record (decision.json) DIFFERS from the decision's record in the "
                      "database."});
    } else {
        match.findings.push_back(
            {"Tệp không đính kèm bản ghi decision.json nên không so được với quyết định.",
             "The file carries no decision.json, so it cannot be compared with the decision."});
    }
    if (const auto field = contents.text_fields.find(kNumberField); field != contents.text_fields.end()) {
        match.number_field = field->second;
        if (decision.issue) {
            match.number_matches = field->second.find(decision.issue->number) != std::string::npos;
            match.findings.push_back(
                match.number_matches
                    ? domain::LocalisedText{"Số ghi trên văn bản («" + field->second +
                                                "») là số văn thư đã vào sổ.",
                                            "The number on the document («" + field->second +
                                                "») is the one the clerk registered."}
                    : domain::LocalisedText{
                          "Số ghi trên văn bản («" + field->second + "») KHÔNG phải số văn thư đã vào sổ (" +
                              decision.issue->number + ").",
                          "The number on the document («" + field->second +
                              "») is NOT the one the clerk registered (" + decision.issue->number + ")."});
        }
    }
    return match;
}

void WriteDecisionPdf(const std::vector<std::uint8_t>& pdf, const std::filesystem::path& target) {
    reports::WriteFileWhole(target, std::string_view(reinterpret_cast<const char*>(pdf.data()), pdf.size()));
}

}  // namespace innodesk::app
