// The workstation's PKCS#11 module (app/token_module.h): found in the workstation's files, checked,
// accepted once per library, and loaded only then. A marker library, whose constructor writes its
// own path to a file, tells whether a library was loaded.
#include "app/token_module.h"

#include "signing/sha256.h"
#include "signing/signing.h"
#include "softhsm_token.h"
#include "support/test_workstation.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <functional>
#include <regex>

namespace {

using innodesk::domain::DomainError;
using innodesk::domain::ErrorCode;
using innodesk::testing::TestWorkstation;
using namespace innodesk::app;
using Catch::Contains;

constexpr const char* kUri = "pkcs11:token=Nobody;object=Nothing";

std::string ModuleLine(const std::filesystem::path& module) {
    return "pkcs11_module = " + module.string() + "\n";
}

ErrorCode CodeOf(const std::function<void()>& action, std::string& message) {
    try {
        action();
    } catch (const DomainError& error) {
        message = error.Message(innodesk::domain::Language::English);
        return error.Code();
    }
    FAIL("no DomainError");
    return ErrorCode::Cancelled;
}

}  // namespace

TEST_CASE("FileSha256 is the SHA-256 of the file's bytes", "[signing][pkcs11]") {
    TestWorkstation workstation;
    const auto file = workstation.Root() / "abc";
    TestWorkstation::Write(file, "abc");
    CHECK(innodesk::signing::FileSha256(file) ==
          "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    std::string message;
    CHECK(CodeOf([&] { innodesk::signing::FileSha256(workstation.Root() / "none"); }, message) ==
          ErrorCode::Storage);
    CHECK_THAT(message, Contains((workstation.Root() / "none").string()));
}

TEST_CASE("The workstation's module is found, accepted once per library and loaded only then",
          "[signing][pkcs11]") {
    TestWorkstation workstation;
    const auto files = WorkstationFilesFromEnvironment();
    REQUIRE(files.system_config == workstation.SystemFile());
    REQUIRE(files.user_config == workstation.UserFile());
    const auto library = workstation.CopyLibrary(INNODESK_MARKER_MODULE, "libca.so");
    // Named through a symbolic link in a protected folder: the real file is what is checked and loaded.
    const auto link = workstation.Root() / "lib" / "libca-current.so";
    std::filesystem::create_symlink(library, link);
    TestWorkstation::Write(workstation.UserFile(), ModuleLine(link));

    auto module = FindTokenModule(files);
    CHECK(module.named_as == link.string());
    CHECK(module.named_in == workstation.UserFile());
    CHECK(module.path == library);
    CHECK(module.sha256 == innodesk::signing::FileSha256(library));
    CHECK_FALSE(module.accepted);
    const auto shown = DescribeTokenModule(module, kUri);
    CHECK_THAT(shown.en, Contains(library.string()) && Contains(link.string()) && Contains(module.sha256) &&
                             Contains("named in " + workstation.UserFile().string()) && Contains(kUri));
    CHECK_THAT(shown.vi, Contains("ghi trong " + workstation.UserFile().string()));

    // Not accepted: refused without loading.
    std::string message;
    CHECK(CodeOf([&] { LoadTokenSigner(module, kUri, "1234"); }, message) == ErrorCode::PermissionDenied);
    CHECK_THAT(message, Contains("has not been accepted"));
    CHECK_FALSE(workstation.Loaded());

    AcceptTokenModule(files, module);
    AcceptTokenModule(files, module);  // once is remembered once
    std::ifstream accepted_list(files.accepted_modules);
    std::string line, rest;
    std::getline(accepted_list, line);
    CHECK(line == module.sha256 + " " + library.string());
    CHECK_FALSE(std::getline(accepted_list, rest));

    module = FindTokenModule(files);
    CHECK(module.accepted);
    // Accepted and loaded: the marker library is no PKCS#11 module, which is said after it was loaded.
    CHECK(CodeOf([&] { LoadTokenSigner(module, kUri, "1234"); }, message) == ErrorCode::FileFormat);
    CHECK(workstation.LoadedLibraries() == library.string() + "\n");

    // Other bytes at the same path: another library, to be accepted again.
    std::ofstream(library, std::ios::app) << "changed";
    CHECK_FALSE(FindTokenModule(files).accepted);

    // The approver's own choice wins over the files.
    const auto chosen = workstation.CopyLibrary(INNODESK_MARKER_MODULE, "libchosen.so");
    const auto by_option = FindTokenModule(files, chosen.string());
    CHECK(by_option.path == chosen);
    CHECK(by_option.named_in.empty());
    CHECK_THAT(DescribeTokenModule(by_option, kUri).en, Contains("chosen by you with --pkcs11-module"));
}

TEST_CASE("An unsafe workstation file or module is refused, naming it and why", "[signing][pkcs11]") {
    TestWorkstation workstation;
    const auto files = WorkstationFilesFromEnvironment();
    const auto library = workstation.CopyLibrary(INNODESK_MARKER_MODULE, "libca.so");
    TestWorkstation::Write(workstation.UserFile(), ModuleLine(library));
    ErrorCode expected = ErrorCode::PermissionDenied;
    std::string reason;

    SECTION("no file names a module") {
        std::filesystem::remove(workstation.UserFile());
        expected = ErrorCode::InvalidValue;
        reason = "names no PKCS#11 module";
    }
    SECTION("a module writable by others") {
        ::chmod(library.c_str(), 0646);
        reason = library.string() + " is refused: its group or others may write to it (mode 0646)";
    }
    SECTION("a module that is a folder") {
        TestWorkstation::Write(workstation.UserFile(), ModuleLine(workstation.Root() / "lib"));
        reason = "it is not a regular file";
    }
    SECTION("a system file given twice the key") {
        TestWorkstation::Write(workstation.SystemFile(), ModuleLine(library) + ModuleLine(library));
        expected = ErrorCode::FileFormat;
        reason = workstation.SystemFile().string() + ":2: the key 'pkcs11_module' is given twice";
    }
    SECTION("a line that is not key = value") {
        TestWorkstation::Write(workstation.UserFile(), "\n# comment\n" + library.string() + "\n");
        expected = ErrorCode::FileFormat;
        reason = workstation.UserFile().string() + ":3: a line must read key = value";
    }
    SECTION("an accepted-modules list others may write") {
        TestWorkstation::Write(workstation.AcceptedFile(), "", 0666);
        reason = "list of accepted modules " + workstation.AcceptedFile().string() + " is refused";
    }
    std::string message;
    CHECK(CodeOf([&] { FindTokenModule(files); }, message) == expected);
    CHECK_THAT(message, Contains(reason));
    CHECK_FALSE(workstation.Loaded());
}

TEST_CASE("A SoftHSM2 token named by the workstation's file signs", "[signing][pkcs11]") {
    const auto* token = &innodesk::testing::SharedSoftHsmToken();
    TestWorkstation workstation;
    const auto files = WorkstationFilesFromEnvironment();
    TestWorkstation::Write(workstation.SystemFile(), ModuleLine(token->module));
    auto module = FindTokenModule(files);
    AcceptTokenModule(files, module);
    module = FindTokenModule(files);
    REQUIRE(module.accepted);
    const std::string uri = "pkcs11:token=" + std::regex_replace(token->label, std::regex(" "), "%20") +
                            ";id=" + token->key_id_uri;
    const auto signer = LoadTokenSigner(module, uri, token->pin);
    const std::vector<std::uint8_t> content{'o', 'k'};
    CHECK_FALSE(signer->Sign(content).empty());
}
