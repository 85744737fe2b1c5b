// Reading the pinned roots from the workstation's folders.
#include "pinned_trust.h"

#include "install_paths.h"
#include "windows_folders.h"
#include "workstation_files.h"

#include "domain/utf8_path.h"
#include "signing/trust_items.h"

#ifndef _WIN32
#include <sys/stat.h>
#include <unistd.h>
#endif

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
#ifdef _WIN32
        // On Linux /etc/innodesk/trust is root's. On Windows a folder made under %ProgramData% lets
        // Users add files unless the installer protects it: then anyone could pin a root for the
        // whole machine, so such a folder is not read at all.
        std::error_code missing;
        if (folder.source == AnchorSource::Machine && std::filesystem::is_directory(folder.path, missing)) {
            if (const std::string group = windows::WritableByOthers(folder.path, true, true);
                !group.empty()) {
                const std::string name = domain::Utf8Of(folder.path);
                pinned.refused.push_back(
                    {folder.path,
                     {"Không đọc thư mục chứng thư gốc của máy " + name + ": " +
                          (group == "?" ? "không đọc được quyền truy cập của thư mục"
                                        : "nhóm " + group + " được thêm hoặc thay tệp trong đó") +
                          "; quản trị viên cần chỉ cho Administrators và SYSTEM quyền ghi.",
                      "The machine's root folder " + name + " is not read: " +
                          (group == "?" ? "its permissions cannot be read"
                                        : "the group " + group + " may add or replace files in it") +
                          "; the administrator must give write access to Administrators and SYSTEM only."}});
                continue;
            }
        }
#endif
        for (const auto& file : CertificateFiles(folder.path)) {
            try {
                for (const auto& item : signing::ReadTrustItems(ReadWhole(file), domain::Utf8Of(file))) {
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
    const std::string folder = domain::Utf8Of(MachineAnchorFolder() / "");  // with the separator at its end
    return {"Chứng thư gốc chỉ được tin cậy khi quản trị viên của máy đặt tệp PEM của nó vào thư mục " +
                folder +
                " trên máy trạm này; một chứng thư gốc trong cơ sở dữ liệu không bao giờ được tin cậy.",
            "A root is trusted only when the machine's administrator places its PEM file in " + folder +
                " on this workstation; a root in the database is never trusted."};
}

std::filesystem::path PinForThisUser(const std::string& pem, const std::string& file_name) {
    const std::filesystem::path folder = UserAnchorFolder();
    const std::filesystem::path file = folder / file_name;
    std::error_code error;
    std::filesystem::create_directories(folder, error);
#ifndef _WIN32  // under %LOCALAPPDATA% the folder inherits the profile's DACL: this user, SYSTEM,
                // Administrators
    if (!error) ::chmod(folder.c_str(), 0700);
#endif
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << pem;
    out.close();
    if (error || !out)
        throw domain::DomainError(domain::ErrorCode::Storage,
                                  {"Không ghi được chứng thư gốc vào " + domain::Utf8Of(file) + ".",
                                   "The root certificate cannot be written to " + domain::Utf8Of(file) + "."},
                                  "trust");
    return file;
}

}  // namespace innodesk::app
