// innodesk-cli: InnoDesk's services for administrators, scripts, tests and benchmarks.
// Exit codes: 0 done, 1 input refused (the reason on stderr), 2 usage error.
#include "commands.h"
#include "domain/errors.h"
#include "domain/utf8_path.h"

#ifdef _WIN32
// windows.h first: shellapi.h needs its types
// clang-format off
#include <windows.h>
#include <shellapi.h>
// clang-format on
#endif

#include <iostream>
#include <string>
#include <vector>

namespace {

constexpr int kDone = 0;
constexpr int kRefused = 1;
constexpr int kUsage = 2;

void PrintRefusal(const innodesk::cli::CliContext& context, const innodesk::domain::DomainError& error) {
    const auto language = context.Language();
    const bool vietnamese = language == innodesk::domain::Language::Vietnamese;
    const std::string message = error.Message(language);
    // Name the option the value came from, unless the message already does ("31/02/2027 does
    // not exist" alone does not say whether it was --date or --ends-on).
    const std::string& field = error.Field();
    const bool names_option = field.rfind("--", 0) == 0 && message.find(field) == std::string::npos;
    std::cerr << (vietnamese ? "Lỗi" : "Error") << (names_option ? (vietnamese ? " ở " : " in ") + field : "")
              << ": " << message << " [" << innodesk::domain::CodeName(error.Code()) << "]\n";
}

#ifdef _WIN32
// On Windows main's argv is in the ANSI code page, where "Nguyễn" or "Hồ sơ.db" cannot be written:
// the arguments are taken again, as typed, from the wide command line and passed on as UTF-8, the
// encoding of every string in InnoDesk. The console is told to show UTF-8 output as such.
class Utf8Arguments {
public:
    Utf8Arguments(int& argc, char**& argv) {
        ::SetConsoleOutputCP(CP_UTF8);
        int count = 0;
        wchar_t** wide = ::CommandLineToArgvW(::GetCommandLineW(), &count);
        if (wide == nullptr) return;  // keep the ANSI arguments rather than none
        for (int i = 0; i < count; ++i)
            m_text.push_back(innodesk::domain::Utf8Of(std::filesystem::path(std::wstring(wide[i]))));
        ::LocalFree(wide);
        for (auto& text : m_text) m_pointers.push_back(text.data());
        m_pointers.push_back(nullptr);
        argc = count;
        argv = m_pointers.data();
    }

private:
    std::vector<std::string> m_text;
    std::vector<char*> m_pointers;
};
#endif

}  // namespace

int main(int argc, char** argv) {
    using namespace innodesk;
#ifdef _WIN32
    const Utf8Arguments utf8_arguments(argc, argv);
#endif
    cli::CliContext context(std::cout, std::cerr);
    CLI::App app{
        "InnoDesk — quản lý chương trình hỗ trợ đổi mới sáng tạo / innovation-support programme manager",
        "innodesk-cli"};
    app.set_version_flag("--version", std::string("innodesk-cli ") + INNODESK_VERSION);
    app.add_option("--db", context.options.db,
                   "SQLite file or postgresql:// URI (default: $INNODESK_DB, else the embedded database)");
    app.add_option("--lang", context.options.lang,
                   "Language of messages: vi or en (default: from the locale)")
        ->check(CLI::IsMember({"vi", "en"}));
    app.add_flag("--json", context.options.json, "Machine-readable output for read commands");
    app.add_option("--user", context.options.user, "Sign in as this user (default: $INNODESK_USER)");
    app.add_option("--password-file", context.options.password_file,
                   "File whose first line is your password (default: $INNODESK_PASSWORD)");
    app.require_subcommand(1);
    app.fallthrough();

    cli::AddSystemCommands(app, context);
    cli::AddEnterpriseCommands(app, context);
    cli::AddProgrammeCommands(app, context);
    cli::AddApplicationCommands(app, context);
    cli::AddVoucherCommands(app, context);
    cli::AddReviewCommands(app, context);
    cli::AddIpCommands(app, context);
    cli::AddTrainingCommands(app, context);
    cli::AddOutcomeCommands(app, context);
    cli::AddDecisionCommands(app, context);
    cli::AddPdfCommands(app, context);
    cli::AddAuditCommands(app, context);
    cli::AddCheckCommands(app, context);
    cli::AddPlanCommands(app, context);
    cli::AddReportCommands(app, context);
    cli::AddWorkItemCommands(app, context);
    cli::AddDutyCommands(app, context);
    cli::AddTaskCommands(app, context);
    cli::AddOrganisationCommands(app, context);
    cli::AddUserCommands(app, context);
    cli::AddTrustCommands(app, context);
    cli::AddOrganisationCertificateCommands(app, context);
    cli::AddProposalCommands(app, context);

    try {
        app.parse(argc, argv);
        return kDone;
    } catch (const CLI::ParseError& error) {
        const int code = app.exit(error);
        return code == 0 ? kDone : kUsage;
    } catch (const domain::DomainError& error) {
        PrintRefusal(context, error);
        return kRefused;
    } catch (const std::exception& error) {
        // Anything not already turned into a domain error is a fault of the program or the
        // machine (out of memory, a library's own failure): say what it was.
        std::cerr << (context.Language() == domain::Language::Vietnamese ? "Lỗi không lường trước: "
                                                                         : "Unexpected error: ")
                  << error.what() << '\n';
        return kRefused;
    }
}
