// innodesk-cli trust anchors: the roots this workstation trusts, read from its pin folders (never
// from the database), with the folder each comes from; and the note `trust add` prints for a root.
#include "commands.h"

#include "app/pinned_trust.h"
#include "domain/utf8_path.h"
#include "signing/trust_items.h"

#include <nlohmann/json.hpp>

namespace innodesk::cli {

namespace {

const char* SourceCode(app::AnchorSource source) {
    switch (source) {
        case app::AnchorSource::Machine:
            return "machine";
        case app::AnchorSource::Shipped:
            return "shipped";
        case app::AnchorSource::User:
            return "user";
        case app::AnchorSource::Override:
            return "override";
    }
    return "";
}

void ListAnchors(CliContext& context) {
    const app::PinnedAnchors pinned = app::ReadPinnedAnchors();
    if (context.options.json) {
        nlohmann::json anchors = nlohmann::json::array();
        for (const auto& anchor : pinned.anchors)
            anchors.push_back({{"subject", anchor.subject},
                               {"fingerprint", anchor.fingerprint},
                               {"file", domain::Utf8Of(anchor.file)},
                               {"source", SourceCode(anchor.source)}});
        nlohmann::json refused = nlohmann::json::array();
        for (const auto& file : pinned.refused)
            refused.push_back({{"file", domain::Utf8Of(file.file)}, {"reason", context.Say(file.why)}});
        nlohmann::json folders = nlohmann::json::array();
        for (const auto& folder : app::AnchorFolders())
            folders.push_back(
                {{"folder", domain::Utf8Of(folder.path)}, {"source", SourceCode(folder.source)}});
        context.out << nlohmann::json{{"anchors", anchors}, {"refused", refused}, {"folders", folders}}.dump(
                           2)
                    << '\n';
        return;
    }
    for (const auto& folder : app::AnchorFolders())
        context.out << context.Say("Thư mục ghim: ", "Pin folder: ") << domain::Utf8Of(folder.path) << " ("
                    << context.Say(app::AnchorSourceName(folder.source)) << ")\n";
    if (pinned.anchors.empty()) context.out << context.Say(app::WhereToPin()) << '\n';
    for (const auto& anchor : pinned.anchors)
        context.out << anchor.subject << "  SHA-256 " << anchor.fingerprint << "  "
                    << domain::Utf8Of(anchor.file) << " ("
                    << context.Say(app::AnchorSourceName(anchor.source)) << ")\n";
    for (const auto& file : pinned.refused)
        context.err << context.Say("Bỏ qua ", "Skipped ") << domain::Utf8Of(file.file) << ": "
                    << context.Say(file.why) << '\n';
}

}  // namespace

void AddTrustAnchorsCommand(CLI::App& trust, CliContext& context) {
    trust
        .add_subcommand("anchors",
                        "List the root certificates pinned on this workstation (the only trust anchors) "
                        "and their folders")
        ->callback([&context] { ListAnchors(context); });
}

void SayIfRootIsOnlyAHelp(CliContext& context, const std::string& certificate_pem) {
    if (!signing::ReadCertificateIdentity(certificate_pem, "PEM").self_signed) return;
    const std::string folder = domain::Utf8Of(app::MachineAnchorFolder());
    context.out << context.Say(
                       "  Đây là chứng thư gốc tự ký: cơ sở dữ liệu chỉ lưu nó để tham khảo, không bao giờ "
                       "coi là gốc tin cậy. Để tin cậy, quản trị viên của máy phải ghim tệp PEM của nó vào ",
                       "  This is a self-signed root: the database keeps it as a help only, never as a "
                       "trust anchor. To trust it, the machine's administrator must pin its PEM file in ")
                << folder << "/ " << context.Say("trên mỗi máy trạm.", "on each workstation.") << '\n';
}

}  // namespace innodesk::cli
