// Reading the pinned roots from the workstation's folders.
#include "pinned_trust.h"

#include "install_paths.h"
#include "workstation_files.h"

#include "signing/trust_items.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <set>
#include <system_error>

namespace innodesk::app {
namespace {

std::filesystem::path ShippedAnchorFolder() {
    return InstalledOrFallback(RunningExecutable(), "share/innodesk/trust", INNODESK_SOURCE_TRUST_DIR);
}

std::vector<std::filesystem::path> CertificateFiles(const std::filesystem::path& folder) {
    std::vector<std::filesystem::path> files;
    std::error_code error;  // a folder that does not exist holds nothing
    for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
        const auto extension = entry.path().extension();
        if ((extension == ".pem" || extension == ".crt") && entry.is_regular_file(error))
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string ReadWhole(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw domain::DomainError(domain::ErrorCode::Storage,
                                  {"Không đọc được tệp.", "The file cannot be read."}, "trust");
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

std::filesystem::path MachineAnchorFolder() {
    if (auto folder = AbsoluteEnvironmentPath("INNODESK_TRUST_DIR"); !folder.empty()) return folder;
    return SystemConfigFolder() / "trust";
}

std::filesystem::path UserAnchorFolder() {
    if (auto folder = AbsoluteEnvironmentPath("INNODESK_TRUST_DIR"); !folder.empty()) return folder;
    return UserConfigFolder() / "trust";
}

std::vector<AnchorFolder> AnchorFolders() {
    if (auto folder = AbsoluteEnvironmentPath("INNODESK_TRUST_DIR"); !folder.empty())
        return {{folder, AnchorSource::Override}, {ShippedAnchorFolder(), AnchorSource::Shipped}};
    return {{MachineAnchorFolder(), AnchorSource::Machine},
            {ShippedAnchorFolder(), AnchorSource::Shipped},
            {UserAnchorFolder(), AnchorSource::User}};
}

domain::LocalisedText AnchorSourceName(AnchorSource source) {
    switch (source) {
        case AnchorSource::Machine:
            return {"ghim bởi quản trị viên của máy", "pinned by the machine's administrator"};
        case AnchorSource::Shipped:
            return {"mặc định kèm theo gói cài đặt", "shipped with the package"};
        case AnchorSource::User:
            return {"ghim bởi riêng người dùng này, không phải quản trị viên của máy",
                    "pinned by this user only, not by the machine's administrator"};
        case AnchorSource::Override:
            return {"thư mục do biến môi trường INNODESK_TRUST_DIR chỉ định",
                    "the folder the environment variable INNODESK_TRUST_DIR names"};
    }
    return {"", ""};
}

PinnedAnchors ReadPinnedAnchors() {
    PinnedAnchors pinned;
    std::set<std::string> seen;
    for (const auto& folder : AnchorFolders()) {
        for (const auto& file : CertificateFiles(folder.path)) {
            try {
                for (const auto& item : signing::ReadTrustItems(ReadWhole(file), file.string())) {
                    // A CRL in a pin folder is not an anchor; the database's CRLs are what is checked.
                    if (item.kind != domain::TrustKind::CaCertificate) continue;
                    if (!seen.insert(item.fingerprint).second) continue;
                    pinned.anchors.push_back({item.label, item.fingerprint, item.pem, file, folder.source});
                }
            } catch (const domain::DomainError& error) {
                pinned.refused.push_back({file, error.Text()});
            }
        }
    }
    return pinned;
}

domain::LocalisedText WhereToPin() {
    const std::string folder = MachineAnchorFolder().string();
    return {"Chứng thư gốc chỉ được tin cậy khi quản trị viên của máy đặt tệp PEM của nó vào thư mục " +
                folder +
                "/ trên máy trạm này; một chứng thư gốc trong cơ sở dữ liệu không bao giờ được tin cậy.",
            "A root is trusted only when the machine's administrator places its PEM file in " + folder +
                "/ on this workstation; a root in the database is never trusted."};
}

std::filesystem::path PinForThisUser(const std::string& pem, const std::string& file_name) {
    const std::filesystem::path folder = UserAnchorFolder();
    const std::filesystem::path file = folder / file_name;
    std::error_code error;
    std::filesystem::create_directories(folder, error);
    if (!error) ::chmod(folder.c_str(), 0700);
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << pem;
    out.close();
    if (error || !out)
        throw domain::DomainError(domain::ErrorCode::Storage,
                                  {"Không ghi được chứng thư gốc vào " + file.string() + ".",
                                   "The root certificate cannot be written to " + file.string() + "."},
                                  "trust");
    return file;
}

}  // namespace innodesk::app
