// Windows only: the known folders InnoDesk keeps its files in, and whether users other than the
// owner and the administrators may change a file or folder. The Linux code uses $HOME, /etc and the
// mode bits instead; nothing here is compiled there.
#pragma once

#ifdef _WIN32

#include "domain/utf8_path.h"

// windows.h before the headers that need its types
// clang-format off
#include <windows.h>
#include <aclapi.h>
#include <sddl.h>
#include <shlobj.h>
// clang-format on

#include <array>
#include <filesystem>
#include <string>

namespace innodesk::app::windows {

// A folder from SHGetKnownFolderPath, or an empty path if Windows does not give it.
inline std::filesystem::path KnownFolder(const KNOWNFOLDERID& id) {
    PWSTR raw = nullptr;
    std::filesystem::path folder;
    if (SUCCEEDED(::SHGetKnownFolderPath(id, KF_FLAG_DEFAULT, nullptr, &raw)) && raw != nullptr) folder = raw;
    ::CoTaskMemFree(raw);
    return folder;
}

// %LOCALAPPDATA%\InnoDesk: this user's database, checkpoints and settings (not roamed: a database
// must not follow the user to another PC by profile copy).
inline std::filesystem::path UserDataFolder() {
    const auto base = KnownFolder(FOLDERID_LocalAppData);
    return base.empty() ? base : base / L"InnoDesk";
}

// %ProgramData%\InnoDesk: the machine's trust anchors and settings, which the installer (run as an
// administrator) creates and protects.
inline std::filesystem::path MachineDataFolder() {
    const auto base = KnownFolder(FOLDERID_ProgramData);
    return base.empty() ? base : base / L"InnoDesk";
}

// The Windows counterpart of "group or others may write" (mode & 022): the object's DACL allows
// Everyone, Users, Authenticated Users or Interactive (anyone who can sign in to the PC) a right
// that lets them change what the name leads to. For a file that is writing its bytes; for a folder
// it is deleting or renaming what is in it (FILE_DELETE_CHILD). On both, deleting or renaming the
// object itself (DELETE), changing its DACL or owner, GENERIC_WRITE and GENERIC_ALL. Creating a new
// name in a folder (FILE_ADD_FILE, FILE_ADD_SUBDIRECTORY, which C:\ and C:\ProgramData allow
// Users) is not counted: it cannot replace a name that exists. Returns the group's name (English,
// as Windows' well-known SIDs are named in the messages), "?" when the DACL cannot be read, or ""
// when no such group may write. A missing DACL (NULL DACL) means everyone may do everything.
// With `adding`, creating a name in the folder counts too: for a folder whose every file is read
// (the pinned trust anchors), a new file is as much an attack as a changed one.
inline std::string WritableByOthers(const std::filesystem::path& path, bool folder, bool adding = false) {
    PACL dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    std::wstring name = path.wstring();
    if (::GetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr,
                                &dacl, nullptr, &descriptor) != ERROR_SUCCESS)
        return "?";
    struct Group {
        WELL_KNOWN_SID_TYPE type;
        const char* name;
    };
    static constexpr std::array<Group, 4> kOthers{{{WinWorldSid, "Everyone"},
                                                   {WinBuiltinUsersSid, "Users"},
                                                   {WinAuthenticatedUserSid, "Authenticated Users"},
                                                   {WinInteractiveSid, "Interactive"}}};
    const ACCESS_MASK changes = DELETE | WRITE_DAC | WRITE_OWNER | GENERIC_WRITE | GENERIC_ALL |
                                (folder ? FILE_DELETE_CHILD : FILE_WRITE_DATA | FILE_APPEND_DATA) |
                                (adding ? FILE_ADD_FILE | FILE_ADD_SUBDIRECTORY : 0);
    std::string found;
    if (dacl == nullptr) found = "Everyone";
    for (DWORD i = 0; dacl != nullptr && found.empty() && i < dacl->AceCount; ++i) {
        void* raw = nullptr;
        if (!::GetAce(dacl, i, &raw)) continue;
        const auto* header = static_cast<const ACE_HEADER*>(raw);
        // An inherit-only entry is for the folder's children, not for the folder.
        if (header->AceType != ACCESS_ALLOWED_ACE_TYPE || (header->AceFlags & INHERIT_ONLY_ACE) != 0)
            continue;
        const auto* ace = static_cast<const ACCESS_ALLOWED_ACE*>(raw);
        if ((ace->Mask & changes) == 0) continue;
        PSID sid = const_cast<DWORD*>(&ace->SidStart);
        for (const auto& group : kOthers) {
            std::array<BYTE, SECURITY_MAX_SID_SIZE> buffer{};
            DWORD size = static_cast<DWORD>(buffer.size());
            if (::CreateWellKnownSid(group.type, nullptr, buffer.data(), &size) &&
                ::EqualSid(sid, buffer.data())) {
                found = group.name;
                break;
            }
        }
    }
    ::LocalFree(descriptor);
    return found;
}

// The Windows counterpart of "owned by root or by the user running InnoDesk": the owner is that
// user, the Administrators group, SYSTEM or TrustedInstaller (which owns C:\Windows and
// C:\Program Files). Returns the owner's name (DOMAIN\name) when it is someone else, "?" when
// the owner cannot be read, or "" when the owner is allowed.
inline std::string OwnedByOther(const std::filesystem::path& path) {
    PSID owner = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    std::wstring name = path.wstring();
    if (::GetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT, OWNER_SECURITY_INFORMATION, &owner, nullptr,
                                nullptr, nullptr, &descriptor) != ERROR_SUCCESS)
        return "?";
    bool allowed = false;
    for (const WELL_KNOWN_SID_TYPE type : {WinBuiltinAdministratorsSid, WinLocalSystemSid}) {
        std::array<BYTE, SECURITY_MAX_SID_SIZE> buffer{};
        DWORD size = static_cast<DWORD>(buffer.size());
        if (::CreateWellKnownSid(type, nullptr, buffer.data(), &size) && ::EqualSid(owner, buffer.data()))
            allowed = true;
    }
    PSID installer = nullptr;
    if (::ConvertStringSidToSidW(L"S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464",
                                 &installer)) {
        allowed = allowed || ::EqualSid(owner, installer);
        ::LocalFree(installer);
    }
    HANDLE token = nullptr;
    if (!allowed && ::OpenProcessToken(::GetCurrentProcess(), TOKEN_QUERY, &token)) {
        std::array<BYTE, sizeof(TOKEN_USER) + SECURITY_MAX_SID_SIZE> buffer{};
        DWORD size = 0;
        if (::GetTokenInformation(token, TokenUser, buffer.data(), static_cast<DWORD>(buffer.size()), &size))
            allowed = ::EqualSid(owner, reinterpret_cast<TOKEN_USER*>(buffer.data())->User.Sid);
        ::CloseHandle(token);
    }
    std::string who;
    if (!allowed) {
        std::array<wchar_t, 256> account{};
        std::array<wchar_t, 256> domain_name{};
        DWORD account_size = static_cast<DWORD>(account.size());
        DWORD domain_size = static_cast<DWORD>(domain_name.size());
        SID_NAME_USE use{};
        who = ::LookupAccountSidW(nullptr, owner, account.data(), &account_size, domain_name.data(),
                                  &domain_size, &use)
                  ? domain::Utf8Of(
                        std::filesystem::path(std::wstring(domain_name.data()) + L"\\" + account.data()))
                  : "?";
    }
    ::LocalFree(descriptor);
    return who;
}

}  // namespace innodesk::app::windows

#endif
