// innodesk-cli pdf verify FILE [--json]: every signature and document timestamp of any signed PDF, with
// its verdict, signer, times, byte range, what was changed after it, timestamp and long-term material.
// Exit codes: 0 every signature valid, 1 some signature not valid (or none at all), 2 usage or a file
// that cannot be read as a PDF.
#include "commands.h"

#include "app/database_verifier.h"
#include "app/decision_pdf.h"
#include "app/pdf_verification.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <memory>
#include <optional>

namespace innodesk::cli {
namespace {

using signing::PdfSignatureReport;
using signing::PdfVerification;

std::string Moment(CliContext& context, std::int64_t unix_seconds) {
    return unix_seconds == 0 ? context.Say("không có", "none") : context.Clock().FormatMoment(unix_seconds);
}

std::string ByteRange(const PdfSignatureReport& s) {
    std::string text = "[";
    for (std::size_t i = 0; i < s.byte_range.size(); ++i)
        text += (i ? " " : "") + std::to_string(s.byte_range[i]);
    return text + "]";
}

void PrintSignature(CliContext& context, const PdfVerification& v, std::size_t index) {
    const PdfSignatureReport& s = v.signatures[index];
    std::string code(signing::VerdictName(s.verdict));
    if (s.problem != signing::PdfProblem::None)
        code += ": " + std::string(signing::PdfProblemName(s.problem));
    else if (s.reason != signing::Reason::None)
        code += ": " + std::string(signing::ReasonName(s.reason));
    context.out << (s.document_timestamp ? context.Say("Dấu thời gian tài liệu ", "Document timestamp ")
                                         : context.Say("Chữ ký ", "Signature "))
                << index + 1 << "/" << v.signatures.size() << " «" << s.field_name << "» (" << s.sub_filter
                << ")  [" << code << "]\n";
    context.out << "  " << context.Say(s.explanation) << '\n';
    if (!s.signer_subject.empty())
        context.out << "  " << context.Say("Người ký: ", "Signer: ") << s.signer_subject << "  SHA-256 "
                    << s.signer_fingerprint_sha256 << '\n';
    if (!s.document_timestamp)
        context.out << "  "
                    << context.Say("Thời điểm ký do người ký khai (/M): ",
                                   "Signing time claimed by the signer (/M): ")
                    << Moment(context, s.claimed_time_unix) << "; "
                    << context.Say("trong CMS (signing-time): ", "in the CMS (signing-time): ")
                    << Moment(context, s.cms_signing_time_unix) << '\n';
    context.out << "  " << context.Say("Vùng byte được ký: ", "Signed byte range: ") << ByteRange(s) << ", "
                << context.Say("đến byte ", "up to byte ") << s.signed_end << "/" << v.file_size << ": "
                << (s.covers_whole_file ? context.Say("toàn bộ tệp", "the whole file")
                    : s.byte_range_ok
                        ? context.Say("một phiên bản trước của tệp", "an earlier revision of the file")
                        : context.Say("KHÔNG hợp lệ", "NOT valid"))
                << '\n';
    if (!s.covers_whole_file && s.byte_range_ok) {
        std::size_t allowed = 0;
        for (const auto& change : s.changes_after) allowed += change.allowed ? 1 : 0;
        context.out << "  " << context.Say("Thay đổi sau chữ ký: ", "Changes after this signature: ")
                    << allowed << context.Say(" được phép, ", " allowed, ")
                    << s.changes_after.size() - allowed << context.Say(" không được phép", " not allowed")
                    << '\n';
        for (const auto& change : s.changes_after)
            context.out << "    " << (change.allowed ? "+ " : "! ") << context.Say(change.description)
                        << '\n';
    }
    if (s.docmdp_permission != 0)
        context.out << "  "
                    << context.Say("Chữ ký chứng nhận (DocMDP), P=", "Certifying signature (DocMDP), P=")
                    << s.docmdp_permission << '\n';
    context.out << "  " << context.Say("Dấu thời gian: ", "Timestamp: ");
    if (!s.timestamp.present)
        context.out << context.Say("không có (thời điểm ký là lời khai của người ký)",
                                   "none (the signing time is the signer's claim)")
                    << '\n';
    else
        context.out << Moment(context, s.timestamp.gen_time_unix) << " ["
                    << signing::VerdictName(s.timestamp.verdict) << "] " << context.Say(s.timestamp.note)
                    << '\n';
    if (v.long_term.dss_present && !s.document_timestamp)
        context.out << "  DSS: " << context.Say("chuỗi chứng thư ", "certificate chain ")
                    << (s.chain_in_dss ? context.Say("có", "present") : context.Say("thiếu", "missing"))
                    << ", CRL "
                    << (s.crl_in_dss ? context.Say("có", "present") : context.Say("thiếu", "missing"))
                    << '\n';
}

nlohmann::json SignatureJson(const PdfSignatureReport& s) {
    nlohmann::json changes = nlohmann::json::array();
    for (const auto& change : s.changes_after)
        changes.push_back({{"object", change.object_number},
                           {"generation", change.generation},
                           {"kind", change.kind},
                           {"allowed", change.allowed},
                           {"only_by_permissions", change.only_by_permissions},
                           {"description_vi", change.description.vi},
                           {"description_en", change.description.en}});
    return {{"field", s.field_name},
            {"sub_filter", s.sub_filter},
            {"document_timestamp", s.document_timestamp},
            {"verdict", signing::VerdictName(s.verdict)},
            {"reason", signing::ReasonName(s.reason)},
            {"problem", signing::PdfProblemName(s.problem)},
            {"explanation_vi", s.explanation.vi},
            {"explanation_en", s.explanation.en},
            {"signer_subject", s.signer_subject},
            {"signer_fingerprint_sha256", s.signer_fingerprint_sha256},
            {"claimed_time", s.claimed_time_pdf},
            {"claimed_time_unix", s.claimed_time_unix},
            {"cms_signing_time_unix", s.cms_signing_time_unix},
            {"byte_range", s.byte_range},
            {"signed_end", s.signed_end},
            {"byte_range_ok", s.byte_range_ok},
            {"covers_whole_file", s.covers_whole_file},
            {"signing_certificate_v2_present", s.signing_certificate_v2_present},
            {"signing_certificate_v2_matches", s.signing_certificate_v2_matches},
            {"timestamp",
             {{"present", s.timestamp.present},
              {"verdict", signing::VerdictName(s.timestamp.verdict)},
              {"tsa_subject", s.timestamp.tsa_subject},
              {"readable", s.timestamp.readable},
              {"gen_time_unix", s.timestamp.gen_time_unix},
              {"note_vi", s.timestamp.note.vi},
              {"note_en", s.timestamp.note.en}}},
            {"docmdp_permission", s.docmdp_permission},
            {"modified_after_signing", s.modified_after_signing},
            {"changes_after", changes},
            {"chain_in_dss", s.chain_in_dss},
            {"crl_in_dss", s.crl_in_dss}};
}

nlohmann::json VerificationJson(const PdfVerification& v) {
    nlohmann::json signatures = nlohmann::json::array();
    for (const auto& s : v.signatures) signatures.push_back(SignatureJson(s));
    return {{"file_size", v.file_size},
            {"revisions", v.revisions},
            {"all_valid", v.AllValid()},
            {"signatures", signatures},
            {"dss",
             {{"present", v.long_term.dss_present},
              {"certificates", v.long_term.certificates},
              {"crls", v.long_term.crls},
              {"ocsps", v.long_term.ocsps},
              {"vri", v.long_term.vri_entries}}}};
}

}  // namespace

void AddPdfCommands(CLI::App& app, CliContext& context) {
    auto* group = app.add_subcommand("pdf", "Signed PDF documents: verify")->require_subcommand(1);
    auto file = std::make_shared<std::string>();
    auto* verify = group->add_subcommand(
        "verify", "Verify every signature of a PDF file; exit 1 if any is not valid, 2 if it cannot be read");
    verify->add_option("file", *file, "The PDF file")->required();
    auto decision = std::make_shared<long long>(0);
    verify->add_option("--decision", *decision,
                       "Also compare the file with this decision's record: the document stored, the attached "
                       "decision.json, the number");
    verify->callback([&context, file, decision] {
        context.Actor();  // as `decision verify`: the database's intermediates and CRLs help the chains
        const signing::TrustStore store = app::DatabaseTrustStore(context.Store(), context.Clock());
        const signing::PreparedTrustStore trust(store);
        // Read once: verified, then compared with the decision's record.
        std::string bytes;
        PdfVerification v;
        try {
            bytes = app::ReadPdfFile(std::filesystem::u8path(*file));
            v = signing::VerifyPdf(bytes, trust, store.ca_pems);
        } catch (const domain::DomainError& error) {
            // A file that is not a readable PDF is a usage error (exit 2), not a signature that failed.
            throw CLI::ValidationError(context.Say(error.Text()));
        }
        std::optional<app::DecisionPdfMatch> match;
        if (*decision != 0)
            match = app::MatchDecisionPdf(context.Store(), context.Text(), context.Clock(), bytes, *decision);
        if (context.options.json) {
            auto json = VerificationJson(v);
            if (match) {
                nlohmann::json findings = nlohmann::json::array();
                for (const auto& finding : match->findings) findings.push_back(context.Say(finding));
                json["decision"] = {{"id", match->decision_id},
                                    {"matches", match->Matches()},
                                    {"stored_issued", match->stored_issued},
                                    {"stored_approver", match->stored_approver},
                                    {"record_matches", match->record_matches},
                                    {"number_field", match->number_field},
                                    {"findings", findings}};
            }
            context.out << json.dump(2) << '\n';
        } else {
            if (const auto note = app::PdfTrustNote(); !note.en.empty())
                context.out << context.Say(note) << '\n';
            for (std::size_t i = 0; i < v.signatures.size(); ++i) PrintSignature(context, v, i);
            std::size_t valid = 0;
            for (const auto& s : v.signatures) valid += s.verdict == signing::Verdict::Valid ? 1 : 0;
            context.out << context.Say("Phiên bản: ", "Revisions: ") << v.revisions << ". DSS: "
                        << (v.long_term.dss_present ? std::to_string(v.long_term.certificates) +
                                                          context.Say(" chứng thư, ", " certificates, ") +
                                                          std::to_string(v.long_term.crls) + " CRL, " +
                                                          std::to_string(v.long_term.ocsps) + " OCSP"
                                                    : context.Say("không có", "none"))
                        << ". " << context.Say("Hợp lệ: ", "Valid: ") << valid
                        << context.Say(", không đạt: ", ", failed: ") << v.signatures.size() - valid << '\n';
        }
        if (match && !context.options.json)
            for (const auto& finding : match->findings) context.out << context.Say(finding) << '\n';
        if (match && !match->Matches())
            throw domain::DomainError(
                domain::ErrorCode::SignatureRefused,
                {"Tệp PDF không khớp với bản ghi của quyết định #" + std::to_string(*decision) + ".",
                 "The PDF does not match the record of decision #" + std::to_string(*decision) + "."});
        if (v.signatures.empty())
            throw domain::DomainError(
                domain::ErrorCode::SignatureRefused,
                {"Tệp PDF không có chữ ký số nào.", "The PDF has no digital signature."});
        if (!v.AllValid())
            throw domain::DomainError(
                domain::ErrorCode::SignatureRefused,
                {"Có chữ ký trong tệp PDF không hợp lệ hoặc chưa xác định được.",
                 "Some signature of the PDF is not valid or could not be established."});
    });
}

}  // namespace innodesk::cli
