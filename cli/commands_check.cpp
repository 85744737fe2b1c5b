// innodesk-cli check: reconciliation (đối soát) of the whole database in one pass — the audit
// chain and the signed checkpoint, every decision's signature, each audited record against its
// latest audit entry, payments and commitments against their records, audit times. Exit code 1
// on any finding (app/reconciliation.h; docs/RECONCILIATION.md).
#include "commands.h"

#include "app/reconciliation.h"
#include "domain/utf8_path.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <memory>
#include <sstream>

namespace innodesk::cli {
namespace {

const char* StateCode(app::CheckpointState state) {
    switch (state) {
        case app::CheckpointState::NotApplicable:
            return "not_applicable";
        case app::CheckpointState::None:
            return "none";
        case app::CheckpointState::Intact:
            return "intact";
        case app::CheckpointState::Broken:
            return "broken";
        case app::CheckpointState::Unreadable:
            return "unreadable";
    }
    return "unreadable";
}

nlohmann::json ReportJson(const app::ReconciliationReport& report, const CliContext& context) {
    nlohmann::json findings = nlohmann::json::array();
    for (const auto& f : report.findings)
        findings.push_back({{"kind", f.kind},
                            {"table", f.table},
                            {"record", f.record},
                            {"field", f.field},
                            {"stored", f.stored},
                            {"audited", f.audited},
                            {"message", context.Say(f.explanation)}});
    nlohmann::json notes = nlohmann::json::array();
    for (const auto& note : report.notes) notes.push_back(context.Say(note));
    return {{"clean", report.Clean()},
            {"findings", std::move(findings)},
            {"findings_left_out", report.findings_left_out},
            {"notes", std::move(notes)},
            {"audit_entries", report.audit_entries},
            {"audit_head_seq", report.audit_head_seq},
            {"records_compared", report.records_compared},
            {"fields_compared", report.fields_compared},
            {"decisions_verified", report.decisions_verified},
            {"applications_summed", report.applications_summed},
            {"envelopes_summed", report.envelopes_summed},
            {"checkpoint",
             {{"state", StateCode(report.checkpoint.state)},
              {"file", domain::Utf8Of(report.checkpoint.file)},
              {"seq", report.checkpoint.seq},
              {"message", context.Say(report.checkpoint.explanation)}}},
            {"seconds", report.seconds}};
}

void PrintReport(const app::ReconciliationReport& report, CliContext& context) {
    auto& out = context.out;
    out << context.Say("Đối soát ", "Reconciliation of ") << context.Target().Describe() << '\n';
    out << "  " << context.Say("Nhật ký: ", "Audit trail: ") << report.audit_entries
        << context.Say(" mục, đến mục ", " entries, up to entry ") << report.audit_head_seq << '\n';
    out << "  " << context.Say("Điểm kiểm soát: ", "Checkpoint: ")
        << context.Say(report.checkpoint.explanation) << '\n';
    out << "  " << context.Say("Đã so ", "Compared ") << report.records_compared
        << context.Say(" bản ghi (", " records (") << report.fields_compared
        << context.Say(" trường), ", " fields), ") << report.decisions_verified
        << context.Say(" quyết định, ", " decisions, ") << report.applications_summed
        << context.Say(" hồ sơ có giải ngân, ", " applications' payments, ") << report.envelopes_summed
        << context.Say(" dự toán", " budget envelopes") << '\n';
    if (report.Clean()) {
        out << context.Say("Không có sai lệch.", "No discrepancies.") << '\n';
    } else {
        out << context.Say("Sai lệch: ", "Discrepancies: ")
            << report.findings.size() + report.findings_left_out << '\n';
        for (const auto& f : report.findings)
            out << "  [" << f.kind << "] " << f.table << ' ' << f.record
                << (f.field.empty() ? "" : " " + f.field) << ": " << context.Say(f.explanation) << '\n';
        if (report.findings_left_out > 0)
            out << "  " << context.Say("… và ", "… and ") << report.findings_left_out
                << context.Say(" sai lệch nữa (không liệt kê).", " more (not listed).") << '\n';
    }
    for (const auto& note : report.notes)
        if (note.en != report.checkpoint.explanation.en)  // said above already
            out << context.Say("Lưu ý: ", "Note: ") << context.Say(note) << '\n';
    std::ostringstream seconds;
    seconds << std::fixed << std::setprecision(2) << report.seconds;
    out << context.Say("Thời gian: ", "Time: ") << seconds.str() << " s\n";
}

}  // namespace

void AddCheckCommands(CLI::App& app, CliContext& context) {
    auto checkpoint_dir = std::make_shared<std::string>();
    auto* check = app.add_subcommand(
        "check",
        "Reconciliation: audit chain and checkpoint, signatures, records against the audit trail, "
        "payments and commitments, audit times; exit 1 on any finding");
    check->add_option("--checkpoint-dir", *checkpoint_dir,
                      "Folder of the signed checkpoints (default: $INNODESK_CHECKPOINT_DIR, else "
                      "~/.local/share/innodesk/checkpoints)");
    check->callback([&context, checkpoint_dir] {
        context.Actor();
        app::ReconciliationOptions options;
        options.checkpoint_folder = domain::PathFromUtf8(*checkpoint_dir);
        const auto report = app::Reconcile(context.Workspace(), options);
        if (context.options.json)
            context.out << ReportJson(report, context).dump(2) << '\n';
        else
            PrintReport(report, context);
        if (!report.Clean()) {
            const auto count = std::to_string(report.findings.size() + report.findings_left_out);
            throw domain::DomainError(
                domain::ErrorCode::InvalidValue,
                {"Đối soát thấy " + count + " sai lệch so với nhật ký.",
                 "Reconciliation found " + count + " discrepancies with the audit trail."});
        }
    });
}

}  // namespace innodesk::cli
