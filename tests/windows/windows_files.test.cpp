// Windows only (run under Wine in CI): files with Vietnamese letters and spaces in their paths are
// written whole and replaced atomically, refused with reasons, found in Windows' own folders, and
// protected-file checks read the DACL. Not part of the Linux build; built on its own by
//   x86_64-w64-mingw32-g++-posix -std=c++20 -I. -I$PREFIX/include tests/windows/windows_files.test.cpp \
//     reports/output_file.cpp app/protected_file.cpp app/workstation_files.cpp app/workstation_identity.cpp \
//     domain/errors.cpp -static -lshell32 -lole32 -luuid -ladvapi32 -o windows_files_tests.exe
#define CATCH_CONFIG_MAIN
#include "app/protected_file.h"
#include "app/windows_folders.h"
#include "app/workstation_files.h"
#include "app/workstation_identity.h"
#include "domain/errors.h"
#include "domain/utf8_path.h"
#include "interchange/fopen_name.h"
#include "reports/output_file.h"

#include <catch2/catch.hpp>

// clang-format off
#include <windows.h>
#include <aclapi.h>
// clang-format on

#include <array>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>

using namespace innodesk;

namespace {

std::string Read(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A fresh folder "…\Nguyễn Văn An\Tài liệu <name>" under the temporary folder.
std::filesystem::path VietnameseFolder(const std::string& name) {
    const auto folder = std::filesystem::temp_directory_path() / domain::PathFromUtf8("Nguyễn Văn An") /
                        domain::PathFromUtf8("Tài liệu " + name);
    std::filesystem::remove_all(folder);
    std::filesystem::create_directories(folder);
    return folder;
}

int CountFiles(const std::filesystem::path& folder) {
    int count = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++count;
    return count;
}

std::string EnglishOf(const std::function<void()>& action) {
    try {
        action();
    } catch (const domain::DomainError& error) {
        return error.Message(domain::Language::English);
    }
    return {};
}

}  // namespace

TEST_CASE("A path with Vietnamese letters goes through UTF-8 and back unchanged") {
    const std::string text = "C:\\Users\\Nguyễn Văn An\\Tài liệu\\hồ sơ.db";
    CHECK(domain::Utf8Of(domain::PathFromUtf8(text)) == text);
    CHECK(domain::PathFromUtf8(text).wstring() == L"C:\\Users\\Nguyễn Văn An\\Tài liệu\\hồ sơ.db");
}

TEST_CASE(
    "An output file in a Vietnamese folder is written whole, replaced atomically, and leaves no temporary") {
    const auto folder = VietnameseFolder("xuất");
    const auto file = folder / domain::PathFromUtf8("Báo cáo quý.docx");
    reports::WriteFileWhole(file, "một");
    reports::WriteFileWhole(file, "hai — thay thế");
    CHECK(Read(file) == "hai — thay thế");
    CHECK(CountFiles(folder) == 1);
    {
        reports::PendingFile abandoned(folder / domain::PathFromUtf8("bỏ dở.docx"));
        abandoned.Write("abc");
    }
    CHECK(CountFiles(folder) == 1);
}

TEST_CASE("An output file that cannot be written is refused with the reason and nothing changes") {
    const auto folder = VietnameseFolder("lỗi");
    const auto file = folder / domain::PathFromUtf8("hồ sơ.xlsx");
    reports::WriteFileWhole(file, "cũ");
    CHECK_THAT(EnglishOf([&] { reports::WriteFileWhole(folder / L"không có" / L"x.txt", "x"); }),
               Catch::Contains("does not exist") && Catch::Contains("Tài liệu lỗi\\không có"));
    CHECK_THAT(EnglishOf([&] { reports::WriteFileWhole(folder, "x"); }), Catch::Contains("is a folder"));
    const HANDLE locked = ::CreateFileW(file.c_str(), GENERIC_READ, 0, nullptr, OPEN_EXISTING, 0, nullptr);
    REQUIRE(locked != INVALID_HANDLE_VALUE);
    CHECK_THAT(
        EnglishOf([&] { reports::WriteFileWhole(file, "mới"); }),
        Catch::Contains("open in another program") && Catch::Contains("No file was created or changed"));
    ::CloseHandle(locked);
    CHECK(Read(file) == "cũ");
    CHECK(CountFiles(folder) == 1);
}

TEST_CASE("A C library's fopen writes a file in a Vietnamese folder through its short name") {
    const auto file = VietnameseFolder("fopen") / domain::PathFromUtf8("Báo cáo.xlsx.partial");
    { std::ofstream(file, std::ios::binary); }
    const std::string name = interchange::NameForFopen(file);
    CHECK(name.find_first_of("\x80\xff") == std::string::npos);
    std::FILE* out = std::fopen(name.c_str(), "wb");
    REQUIRE(out != nullptr);
    std::fputs("qua fopen", out);
    std::fclose(out);
    CHECK(Read(file) == "qua fopen");
}

TEST_CASE(
    "Windows keeps the user's files in LOCALAPPDATA and the machine's in ProgramData; overrides in UTF-8") {
    ::_wputenv_s(L"INNODESK_SYSCONFDIR", L"");
    ::_wputenv_s(L"XDG_CONFIG_HOME", L"");
    const auto local = app::windows::KnownFolder(FOLDERID_LocalAppData);
    const auto machine = app::windows::KnownFolder(FOLDERID_ProgramData);
    REQUIRE_FALSE(local.empty());
    CHECK(app::UserConfigFolder() == local / L"InnoDesk");
    CHECK(app::SystemConfigFolder() == machine / L"InnoDesk");
    ::_wputenv_s(L"INNODESK_SYSCONFDIR", L"C:\\Cấu hình máy");
    CHECK(domain::Utf8Of(app::SystemConfigFolder()) == "C:\\Cấu hình máy");
    ::_wputenv_s(L"INNODESK_SYSCONFDIR", L"");
    const auto here = app::ThisWorkstation();
    CHECK(here.os_user != "?");
    CHECK(here.host != "?");
}

TEST_CASE("A protected file is refused when Everyone may change its folder, accepted otherwise") {
    const auto folder = VietnameseFolder("bảo vệ");
    const auto file = folder / domain::PathFromUtf8("mô-đun.dll");
    { std::ofstream(file) << "x"; }
    const domain::LocalisedText what{"mô-đun", "module"};
    CHECK(app::CheckProtectedFile(file, what, "f") == std::filesystem::canonical(file));
    // Everyone gets write and delete-child on the folder, as a careless share would give.
    std::array<BYTE, SECURITY_MAX_SID_SIZE> everyone{};
    DWORD size = static_cast<DWORD>(everyone.size());
    REQUIRE(::CreateWellKnownSid(WinWorldSid, nullptr, everyone.data(), &size));
    PACL old_dacl = nullptr;
    PSECURITY_DESCRIPTOR descriptor = nullptr;
    std::wstring name = folder.wstring();
    REQUIRE(::GetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr,
                                    &old_dacl, nullptr, &descriptor) == ERROR_SUCCESS);
    EXPLICIT_ACCESS_W access{};
    access.grfAccessPermissions = FILE_GENERIC_WRITE | FILE_DELETE_CHILD;
    access.grfAccessMode = GRANT_ACCESS;
    access.Trustee.TrusteeForm = TRUSTEE_IS_SID;
    access.Trustee.ptstrName = reinterpret_cast<LPWSTR>(everyone.data());
    PACL new_dacl = nullptr;
    REQUIRE(::SetEntriesInAclW(1, &access, old_dacl, &new_dacl) == ERROR_SUCCESS);
    REQUIRE(::SetNamedSecurityInfoW(name.data(), SE_FILE_OBJECT, DACL_SECURITY_INFORMATION, nullptr, nullptr,
                                    new_dacl, nullptr) == ERROR_SUCCESS);
    ::LocalFree(new_dacl);
    ::LocalFree(descriptor);
    CHECK_THAT(EnglishOf([&] { app::CheckProtectedFile(file, what, "f"); }),
               Catch::Contains("Everyone may change its folder"));
    CHECK_THAT(EnglishOf([&] { app::CheckProtectedFile(domain::PathFromUtf8("mô-đun.dll"), what, "f"); }),
               Catch::Contains("starting with a drive"));
}
