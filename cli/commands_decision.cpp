// innodesk-cli decision …: drafting decisions, signing them with a PKCS#12 file or a token,
// verifying them, and exporting the signed payload, its signature and a readable page.
#include "commands.h"
#include "json_views.h"
#include "option_values.h"
#include "signer_options.h"

#include "app/audit_checkpoint.h"
#include "app/decision_export.h"
#include "app/decision_pdf.h"
#include "domain/decision_service.h"
#include "domain/issue_service.h"
#include "domain/utf8_path.h"
#include "reports/output_file.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <memory>

namespace innodesk::cli {
namespace {

struct DraftOptions {
    std::vector<long long> ids;
    std::vector<std::string> amounts;
    std::string kind = "approval", number, date, conditions, legal_basis, signer_name;
    long long supersedes = 0;
};

// A PNG of the approver's handwritten signature: a picture of a few kilobytes, read whole (at most
// 1 MiB) and checked to be a PNG before any key is opened.
std::vector<std::uint8_t> ReadPng(const std::string& path) {
    constexpr std::size_t kMaxImageBytes = 1024 * 1024;
    std::ifstream in(std::filesystem::u8path(path), std::ios::binary);
    if (!in)
        throw domain::DomainError(domain::ErrorCode::NotFound,
                                  {"Không đọc được tệp ảnh chữ ký '" + path + "'.",
                                   "Cannot read the signature image '" + path + "'."},
                                  "--signature-image");
    std::vector<std::uint8_t> bytes(kMaxImageBytes + 1);
    in.read(reinterpret_cast<char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    static constexpr std::uint8_t kPngSignature[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    if (bytes.size() > kMaxImageBytes || bytes.size() < sizeof kPngSignature ||
        !std::equal(std::begin(kPngSignature), std::end(kPngSignature), bytes.begin()))
        throw domain::DomainError(domain::ErrorCode::InvalidValue,
                                  {"Ảnh chữ ký '" + path + "' phải là tệp PNG không quá 1 MiB.",
                                   "The signature image '" + path + "' must be a PNG file of at most 1 MiB."},
                                  "--signature-image");
    return bytes;
}

domain::DecisionService Decisions(CliContext& context) {
    return context.Workspace().Decisions();
}

nlohmann::json VerificationJson(const domain::DecisionVerification& v, CliContext& context) {
    auto json = ToJson(v.decision);
    json["verification"] = {
        {"status", std::string(domain::EntryOf(domain::VerificationStatuses(), v.status).code)},
        {"reason", domain::ReasonCode(v.reason)},
        {"explanation", context.Say(v.explanation)},
        {"signer_subject", v.signer_subject}};
    if (v.signing_time_unix != 0) {
        json["verification"]["signing_time"] = context.Clock().FormatMoment(v.signing_time_unix);
        json["verification"]["signing_clock"] = context.Say(v.signing_clock);
    }
    if (v.decision.issue && v.issue) {
        const auto& issue = *v.decision.issue;
        json["issue"] = {
            {"number", issue.number},
            {"issued_on", issue.issued_on.Format()},
            {"clerk", issue.clerk_user},
            {"organisation_certificate_sha256", issue.organisation_fingerprint},
            {"organisation_subject", issue.organisation_subject},
            {"issued_at", context.Clock().FormatMoment(issue.issued_at_unix)},
            {"verification",
             {{"status", std::string(domain::EntryOf(domain::VerificationStatuses(), v.issue->status).code)},
              {"reason", domain::ReasonCode(v.issue->reason)},
              {"explanation", context.Say(v.issue->explanation)}}}};
    }
    return json;
}

void PrintVerification(CliContext& context, const domain::DecisionVerification& v) {
    const auto& status = domain::EntryOf(domain::DecisionStatuses(), v.decision.status);
    const bool vi = context.Language() == domain::Language::Vietnamese;
    context.out << "#" << v.decision.id << "  " << domain::DecisionReference(v.decision) << "  "
                << v.decision.date.Format() << "  " << (vi ? status.vi : status.en) << "  ["
                << domain::EntryOf(domain::VerificationStatuses(), v.status).code
                << (v.reason != domain::SignatureReason::None && v.reason != domain::SignatureReason::Unsigned
                        ? ": " + domain::ReasonCode(v.reason)
                        : "")
                << "]  " << context.Say(v.explanation) << '\n';
    if (v.signing_time_unix != 0)
        context.out << "  " << context.Say("Thời điểm ký: ", "Signing time: ")
                    << context.Clock().FormatMoment(v.signing_time_unix) << ". "
                    << context.Say(v.signing_clock) << '\n';
    if (v.decision.issue && v.issue)
        context.out << "  " << context.Say("Ban hành: số ", "Issued: number ") << v.decision.issue->number
                    << context.Say(" ngày ", " on ") << v.decision.issue->issued_on.Format()
                    << context.Say(", văn thư ", ", clerk ") << v.decision.issue->clerk_user << "  ["
                    << domain::EntryOf(domain::VerificationStatuses(), v.issue->status).code
                    << (v.issue->reason != domain::SignatureReason::None
                            ? ": " + domain::ReasonCode(v.issue->reason)
                            : "")
                    << "]  " << v.decision.issue->organisation_subject << ". "
                    << context.Say(v.issue->explanation) << '\n';
}

void Export(CliContext& context, domain::DecisionId id, const std::filesystem::path& dir) {
    PrintVerification(context,
                      app::ExportDecision(context.Store(), context.Text(), context.Clock(), id, dir));
    context.out << context.Say("Đã xuất vào ", "Exported to ") << domain::Utf8Of(dir)
                << ": decision.json, decision.p7s, decision.pdf, decision-en.pdf, decision.html, "
                   "decision-en.html, trust-anchors.pem\n";
}

}  // namespace

void AddDecisionCommands(CLI::App& app, CliContext& context) {
    auto* group =
        app.add_subcommand("decision", "Decisions: draft, sign, verify, export")->require_subcommand(1);

    auto d = std::make_shared<DraftOptions>();
    auto* draft = group->add_subcommand("draft", "Draft a decision over applications (officers)");
    draft->add_option("ids", d->ids, "Application ids")->required();
    draft->add_option("--kind", d->kind, "approval or refusal");
    draft->add_option("--amount", d->amounts, "Approved amount for each id, in order (approvals)");
    draft->add_option("--number", d->number,
                      "Decision number, e.g. 125/QĐ-SKHCN; optional: the records clerk gives it at issue");
    draft->add_option("--date", d->date, "Decision date dd/mm/yyyy")->required();
    draft->add_option("--conditions", d->conditions, "Conditions attached");
    draft->add_option("--legal-basis", d->legal_basis, "Legal basis (căn cứ)");
    draft->add_option("--signer-name", d->signer_name,
                      "Who is to sign (title and name); optional. What is printed is the signing approver's "
                      "account, and a draft naming someone else is refused at signing");
    draft->add_option("--supersedes", d->supersedes, "Id of the issued decision this one replaces");
    draft->callback([&context, d] {
        domain::Decision decision;
        decision.kind = ParseOption(domain::DecisionKinds(), d->kind, "--kind");
        const bool approval = decision.kind == domain::DecisionKind::Approval;
        if (approval && d->amounts.size() != d->ids.size())
            throw CLI::ValidationError(
                context.Say("Cần một --amount cho mỗi hồ sơ.", "Give one --amount per application."));
        decision.number = d->number;
        decision.date = domain::CalendarDate::Parse(d->date, "--date");
        decision.conditions = d->conditions;
        decision.legal_basis = d->legal_basis;
        decision.signer_name = d->signer_name;
        if (d->supersedes > 0) decision.supersedes = d->supersedes;
        for (std::size_t i = 0; i < d->ids.size(); ++i)
            decision.items.push_back(
                {d->ids[i], approval ? domain::Money::Parse(d->amounts[i], "--amount") : domain::Money()});
        const auto outcome = Decisions(context).Draft(std::move(decision), context.Actor());
        for (const auto& warning : outcome.warnings) context.err << context.Say(warning.message) << '\n';
        if (context.options.json) {
            auto json = ToJson(outcome.decision);
            json["warnings"] = nlohmann::json::array();
            for (const auto& warning : outcome.warnings)
                json["warnings"].push_back(context.Say(warning.message));
            context.out << json.dump(2) << '\n';
            return;
        }
        context.out << context.Say("Đã soạn dự thảo quyết định ", "Drafted decision ")
                    << domain::DecisionReference(outcome.decision) << " (id " << outcome.decision.id << ")\n";
    });

    auto discard_id = std::make_shared<long long>(0);
    auto* discard = group->add_subcommand("discard", "Discard a draft (officers)");
    discard->add_option("id", *discard_id, "Decision id")->required();
    discard->callback([&context, discard_id] {
        Decisions(context).Discard(*discard_id, context.Actor());
        context.out << context.Say("Đã hủy dự thảo ", "Discarded draft ") << *discard_id << '\n';
    });

    auto sign_id = std::make_shared<long long>(0);
    auto signer_options = std::make_shared<SignerOptions>();
    auto signature_image = std::make_shared<std::string>();
    auto* sign = group->add_subcommand(
        "sign", "Sign a draft decision and its PDF document (approvers); the clerk then issues it");
    sign->add_option("id", *sign_id, "Decision id")->required();
    AddSignerOptions(*sign, *signer_options);
    sign->add_option("--signature-image", *signature_image,
                     "A PNG of the approver's handwritten signature, drawn in the PDF's visible signature");
    sign->callback([&context, sign_id, signer_options, signature_image] {
        const auto& actor = context.Actor();  // signed in before the token is touched
        // Refusals that need no key come before the key: a PIN is never spent on them.
        Decisions(context).RequireCanSign(*sign_id, actor);
        const auto verifier = context.Workspace().Verifier();
        auto options = app::SigningOptionsOf(context.Store());
        if (!signature_image->empty()) options.signature_image_png = ReadPng(*signature_image);
        const auto signer = LoadSigner(context, *signer_options);
        // The PDF the approver signs, made and stored in the signing's transaction.
        const domain::DocumentMaker document = [&](const domain::Decision& signed_decision) {
            return app::ApproverDecisionPdf(context.Store(), context.Text(), context.Clock(), signed_decision,
                                            app::SigningKeyOf(*signer), options);
        };
        const auto outcome = Decisions(context).Sign(*sign_id, *signer, *verifier, actor, document);
        for (const auto& warning : outcome.warnings) context.err << context.Say(warning.message) << '\n';
        // The trail's head, signed with the same key, kept outside an SQLite file (audit_checkpoint.h).
        const auto checkpoint = app::CheckpointAfterSigning(context.Target(), context.Store(), *signer);
        (checkpoint.written ? context.out : context.err) << context.Say(checkpoint.message) << '\n';
        PrintVerification(context, Decisions(context).Verify(outcome.decision, *verifier));
    });

    AddIssueCommand(*group, context);

    auto verify_id = std::make_shared<long long>(0);
    auto verify_all = std::make_shared<bool>(false);
    auto* verify =
        group->add_subcommand("verify", "Verify one decision or all; exit 1 if any signature fails");
    auto* verify_id_option = verify->add_option("id", *verify_id, "Decision id");
    auto* all_flag = verify->add_flag("--all", *verify_all, "Every decision");
    verify_id_option->excludes(all_flag);
    verify->callback([&context, verify_id, verify_all] {
        context.Actor();
        if (!*verify_all && *verify_id == 0)
            throw CLI::ValidationError(context.Say("Cho số id hoặc --all.", "Give an id or --all."));
        domain::VerificationTally tally;
        nlohmann::json results = nlohmann::json::array();
        const auto show = [&](const domain::DecisionVerification& v) {
            if (context.options.json)
                results.push_back(VerificationJson(v, context));
            else if (!*verify_all || !v.Valid())
                PrintVerification(context, v);
        };
        auto& workspace = context.Workspace();
        if (*verify_all) {
            tally = workspace.VerifyAllDecisions(nullptr, show);
        } else {
            auto service = workspace.Decisions();
            const auto v = service.Verify(service.Get(*verify_id), *workspace.VerifierForDisplay());
            tally.Add(v);
            show(v);
        }
        if (context.options.json)
            context.out << results.dump(2) << '\n';
        else
            context.out << context.Say("Hợp lệ: ", "Valid: ") << tally.valid
                        << context.Say(", không đạt: ", ", failed: ") << tally.failed
                        << context.Say(", chưa ký số: ", ", not digitally signed: ") << tally.unsigned_count
                        << '\n';
        if (tally.failed > 0)
            throw domain::DomainError(
                domain::ErrorCode::SignatureRefused,
                {std::to_string(tally.failed) +
                     " quyết định không qua kiểm tra chữ ký (không hợp lệ, chưa xác định "
                     "được, hoặc tình trạng bị sửa ngoài InnoDesk).",
                 std::to_string(tally.failed) +
                     " decisions failed verification (not valid, indeterminate, or their "
                     "status was changed outside InnoDesk)."});
    });

    auto export_id = std::make_shared<long long>(0);
    auto export_dir = std::make_shared<std::string>();
    auto* export_cmd = group->add_subcommand(
        "export",
        "Write decision.json, decision.p7s, decision.pdf (Vietnamese), "
        "decision-en.pdf (English), decision.html, decision-en.html and decision-signed.pdf (the signed "
        "document) to a folder");
    export_cmd->add_option("id", *export_id, "Decision id")->required();
    export_cmd->add_option("--out", *export_dir, "Folder to write into (created if missing)")->required();
    export_cmd->callback([&context, export_id, export_dir] {
        context.Actor();
        Export(context, *export_id, domain::PathFromUtf8(*export_dir));
    });

    auto pdf_id = std::make_shared<long long>(0);
    auto pdf_out = std::make_shared<std::string>();
    auto pdf_stage = std::make_shared<std::string>();
    auto* pdf = group->add_subcommand(
        "pdf", "Write the decision's signed PDF document (as issued, else as the approver signed it)");
    pdf->add_option("id", *pdf_id, "Decision id")->required();
    pdf->add_option("--out", *pdf_out, "The PDF file to write")->required();
    pdf->add_option("--stage", *pdf_stage, "approver or issued (default: the latest)");
    pdf->callback([&context, pdf_id, pdf_out, pdf_stage] {
        context.Actor();
        std::optional<std::vector<std::uint8_t>> bytes;
        if (pdf_stage->empty()) {
            bytes = app::LatestDecisionPdf(context.Store(), context.Text(), context.Clock(), *pdf_id);
        } else {
            const auto stage = ParseOption(domain::DocumentStages(), *pdf_stage, "--stage");
            if (auto stored = domain::IssueService(context.Store(), context.Text(), context.Clock())
                                  .Document(*pdf_id, stage))
                bytes = std::move(stored->pdf);
        }
        if (!bytes)
            throw domain::DomainError(
                domain::ErrorCode::NotFound,
                {"Quyết định #" + std::to_string(*pdf_id) + " chưa có văn bản PDF ký số" +
                     (pdf_stage->empty() ? std::string() : " ở bước " + *pdf_stage) +
                     " (văn bản PDF được tạo khi người có thẩm quyền ký và khi văn thư ban hành).",
                 "Decision #" + std::to_string(*pdf_id) + " has no signed PDF" +
                     (pdf_stage->empty() ? std::string() : " at stage " + *pdf_stage) +
                     " (the PDF is made when the approver signs and when the clerk issues)."},
                "id");
        app::WriteDecisionPdf(*bytes, std::filesystem::u8path(*pdf_out));
        context.out << *pdf_out << '\n';
    });

    auto list_status = std::make_shared<std::string>();
    auto list_limit = std::make_shared<std::size_t>(50);
    auto* list = group->add_subcommand("list", "List decisions, newest first");
    list->add_option("--status", *list_status, "draft, signed or recorded");
    list->add_option("--limit", *list_limit, "At most this many");
    list->callback([&context, list_status, list_limit] {
        context.Actor();
        domain::DecisionFilter filter;
        filter.limit = *list_limit;
        if (!list_status->empty())
            filter.status = ParseOption(domain::DecisionStatuses(), *list_status, "--status");
        const auto decisions = Decisions(context).List(filter);
        if (context.options.json) {
            nlohmann::json json = nlohmann::json::array();
            for (const auto& decision : decisions) json.push_back(ToJson(decision));
            context.out << json.dump(2) << '\n';
            return;
        }
        const bool vi = context.Language() == domain::Language::Vietnamese;
        for (const auto& decision : decisions) {
            const auto& status = domain::EntryOf(domain::DecisionStatuses(), decision.status);
            const auto& kind = domain::EntryOf(domain::DecisionKinds(), decision.kind);
            // A task's acceptance covers its task, not applications.
            const std::string covers =
                decision.task_id
                    ? context.Say("nhiệm vụ #", "task #") + std::to_string(*decision.task_id) + "  "
                    : std::to_string(decision.items.size()) + context.Say(" hồ sơ  ", " applications  ");
            context.out << "#" << decision.id << "  " << domain::DecisionReference(decision) << "  "
                        << decision.date.Format() << "  " << (vi ? kind.vi : kind.en) << "  " << covers
                        << (vi ? status.vi : status.en) << '\n';
        }
    });

    auto show_id = std::make_shared<long long>(0);
    auto* show = group->add_subcommand("show", "Show a decision, verified");
    show->add_option("id", *show_id, "Decision id")->required();
    show->callback([&context, show_id] {
        context.Actor();
        auto service = Decisions(context);
        const auto decision = service.Get(*show_id);
        const auto verifier = context.Workspace().VerifierForDisplay();
        const auto v = service.Verify(decision, *verifier);
        if (context.options.json) {
            context.out << VerificationJson(v, context).dump(2) << '\n';
            return;
        }
        PrintVerification(context, v);
        for (const auto& item : decision.items)
            context.out << "  " << context.Say("hồ sơ ", "application ") << item.application_id << "  "
                        << item.approved_amount.Format() << '\n';
        if (!decision.legal_basis.empty())
            context.out << "  " << context.Say("Căn cứ: ", "Basis: ") << decision.legal_basis << '\n';
        if (!decision.signer_name.empty())
            context.out << "  " << context.Say("Người ký: ", "Signer: ") << decision.signer_name << '\n';
    });
}

}  // namespace innodesk::cli
