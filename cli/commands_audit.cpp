// innodesk-cli audit …: the log of every change, its hash chain, and signed checkpoints kept
// outside the database.
#include "commands.h"
#include "signer_options.h"

#include "app/audit_sentences.h"
#include "domain/audit_service.h"
#include "domain/utf8_path.h"

#include <fstream>
#include <iterator>
#include <memory>

#include <nlohmann/json.hpp>

namespace innodesk::cli {
namespace {

domain::AuditService Audit(CliContext& context) {
    return context.Workspace().Audit();
}

std::string ReadBytes(const std::string& path) {
    std::ifstream in(domain::PathFromUtf8(path), std::ios::binary);
    if (!in)
        throw domain::DomainError(
            domain::ErrorCode::NotFound,
            {"Không đọc được tệp '" + path + "'.", "Cannot read the file '" + path + "'."}, "checkpoint");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

domain::AuditCheckpoint ParseCheckpoint(const std::string& payload, const std::string& path) {
    try {
        const auto json = nlohmann::json::parse(payload);
        if (json.at("format").get<std::string>() != domain::kCheckpointFormat)
            throw std::runtime_error("format");
        return {json.at("entries").get<std::int64_t>(), json.at("head_hash").get<std::string>(),
                json.at("made_at").get<std::int64_t>(), json.at("made_by").get<std::string>()};
    } catch (const std::exception&) {
        throw domain::DomainError(domain::ErrorCode::FileFormat,
                                  {"'" + path + "' không phải tệp điểm kiểm tra nhật ký của InnoDesk.",
                                   "'" + path + "' is not an InnoDesk audit checkpoint file."},
                                  "checkpoint");
    }
}

void WriteExactly(const std::string& path, const void* data, std::size_t size) {
    std::ofstream out(domain::PathFromUtf8(path), std::ios::binary | std::ios::trunc);
    out.write(static_cast<const char*>(data), static_cast<std::streamsize>(size));
    if (!out)
        throw domain::DomainError(domain::ErrorCode::Storage,
                                  {"Không ghi được tệp " + path + ".", "Cannot write " + path + "."}, "out");
}

nlohmann::json EntryJson(const domain::AuditEntry& e) {
    return {{"seq", e.seq},       {"at", e.at_unix},    {"actor", e.actor},
            {"action", e.action}, {"entity", e.entity}, {"entity_id", e.entity_id},
            {"before", e.before}, {"after", e.after},   {"hash", e.hash}};
}

}  // namespace

void AddAuditCommands(CLI::App& app, CliContext& context) {
    auto* group = app.add_subcommand("audit", "The audit trail: history, chain check, signed checkpoints")
                      ->require_subcommand(1);

    auto checkpoint_in = std::make_shared<std::string>();
    auto* verify =
        group->add_subcommand("verify", "Check the hash chain (and that the log extends a checkpoint)");
    verify->add_option("--checkpoint", *checkpoint_in,
                       "Checkpoint file written by 'audit checkpoint' (FILE and FILE.p7s)");
    verify->callback([&context, checkpoint_in] {
        context.Actor();
        auto audit = Audit(context);
        const auto result = audit.Verify();
        bool ok = !result.broken;
        if (result.broken)
            context.out << context.Say(result.broken->explanation) << " [" << result.broken->reason << "]\n";
        else
            context.out << context.Say("Chuỗi nhật ký nguyên vẹn: ", "The log's chain is intact: ")
                        << result.entries << context.Say(" mục, mục cuối ", " entries, head ")
                        << result.head_hash << '\n';
        if (!checkpoint_in->empty()) {
            const std::string payload = ReadBytes(*checkpoint_in);
            const std::string signature = ReadBytes(*checkpoint_in + ".p7s");
            const auto checkpoint = ParseCheckpoint(payload, *checkpoint_in);
            const auto verifier = context.Workspace().Verifier();
            const auto check = audit.CheckCheckpoint(
                checkpoint, payload,
                {reinterpret_cast<const std::uint8_t*>(signature.data()), signature.size()}, *verifier,
                result);
            context.out << context.Say(check.explanation) << '\n';
            ok = ok && check.extends;
        }
        if (!ok)
            throw domain::DomainError(
                domain::ErrorCode::DatabaseDamaged,
                {"Nhật ký đã bị thay đổi ngoài InnoDesk.", "The log was changed outside InnoDesk."});
    });

    auto out = std::make_shared<std::string>();
    auto signer_options = std::make_shared<SignerOptions>();
    auto* checkpoint =
        group->add_subcommand("checkpoint", "Sign the log's current head into FILE and FILE.p7s");
    checkpoint->add_option("--out", *out, "Checkpoint file to write; keep it outside the database")
        ->required();
    AddSignerOptions(*checkpoint, *signer_options);
    checkpoint->callback([&context, out, signer_options] {
        const auto& actor = context.Actor();
        Audit(context).RequireCanCheckpoint(actor);  // before a key or token is opened
        const auto verifier = context.Workspace().Verifier();
        const auto signer = LoadSigner(context, *signer_options);
        const auto signed_checkpoint = Audit(context).MakeCheckpoint(*signer, *verifier, actor);
        WriteExactly(*out, signed_checkpoint.payload.data(), signed_checkpoint.payload.size());
        WriteExactly(*out + ".p7s", signed_checkpoint.signature_der.data(),
                     signed_checkpoint.signature_der.size());
        context.out << context.Say("Đã ký điểm kiểm tra: ", "Checkpoint signed: ")
                    << signed_checkpoint.checkpoint.entries
                    << context.Say(" mục, mục cuối ", " entries, head ")
                    << signed_checkpoint.checkpoint.head_hash << " → " << *out << '\n';
    });

    auto entity = std::make_shared<std::string>();
    auto entity_id = std::make_shared<long long>(0);
    auto limit = std::make_shared<std::size_t>(50);
    auto* log = group->add_subcommand("log", "Show entries: a record's history, or the latest");
    log->add_option("--entity", *entity, "application, decision, enterprise, voucher, user, …");
    log->add_option("--id", *entity_id, "The record's id (with --entity)");
    log->add_option("--limit", *limit, "Latest entries to show (without --entity)");
    log->callback([&context, entity, entity_id, limit] {
        context.Actor();
        auto audit = Audit(context);
        const auto entries = entity->empty() ? audit.Latest(*limit) : audit.History(*entity, *entity_id);
        if (context.options.json) {
            nlohmann::json list = nlohmann::json::array();
            for (const auto& entry : entries) list.push_back(EntryJson(entry));
            context.out << list.dump(2) << '\n';
            return;
        }
        // When, as the department reads it (its time zone, not the machine's); what happened as a
        // sentence with its code (for scripts), then each field the change touched.
        const auto language = context.Language();
        const app::MomentWriter moment = [&context](std::int64_t at) {
            return context.Clock().FormatMoment(at);
        };
        for (const auto& e : entries) {
            context.out << e.seq << "  " << context.Clock().FormatMoment(e.at_unix) << "  " << e.actor << "  "
                        << app::AuditSentence(e, e.actor, language) << "  (" << e.action << ")\n";
            for (const auto& change : app::AuditChanges(e, language, moment)) {
                context.out << "      " << change.label << ": ";
                if (!change.before.empty()) context.out << change.before << " → ";
                context.out << (change.after.empty() ? "—" : change.after) << '\n';
            }
        }
    });
}

}  // namespace innodesk::cli
