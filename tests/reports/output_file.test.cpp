// Every writer writes its file whole or not at all, and says why it could not.
#include "report_samples.h"
#include "test_support.h"

#include "reports/csv_report_writer.h"
#include "reports/output_file.h"
#include "reports/pdf_report_writer.h"
#include "reports/xlsx_report_writer.h"

#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <unistd.h>
#include <csignal>
#include <fstream>
#include <functional>

using namespace innodesk;
using namespace innodesk::reports;

namespace {

using Writer = std::function<void(const ReportDocument&, const std::filesystem::path&)>;

struct NamedWriter {
    const char* extension;
    Writer write;
};

const std::vector<NamedWriter>& Writers() {
    static const std::vector<NamedWriter> writers{
        {"pdf", WritePdfReport}, {"xlsx", WriteXlsxReport}, {"csv", WriteCsvReport}};
    return writers;
}

// Lowers the largest file this process may write for the guard's lifetime, so that a write
// fails part-way as on a full disk (EFBIG instead of ENOSPC; SIGXFSZ ignored so write returns).
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        REQUIRE(::getrlimit(RLIMIT_FSIZE, &m_saved) == 0);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit lowered = m_saved;
        lowered.rlim_cur = bytes;
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &lowered) == 0);
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved{};
    void (*m_handler)(int) = SIG_DFL;
};

}  // namespace

TEST_CASE("A writer refuses a missing folder and creates nothing", "[reports]") {
    test::TemporaryFolder folder;
    for (const auto& writer : Writers()) {
        INFO(writer.extension);
        const auto target = folder / "khong-co" / (std::string("bao-cao.") + writer.extension);
        const auto error = test::ErrorFrom([&] { writer.write(test::SmallReport(), target); });
        CHECK(error.Code() == domain::ErrorCode::Storage);
        CHECK(error.Field() == "out");
        CHECK_THAT(error.Message(domain::Language::English),
                   Catch::Contains("does not exist") && Catch::Contains((folder / "khong-co").string()));
        CHECK_THAT(error.Message(domain::Language::Vietnamese), Catch::Contains("không tồn tại"));
    }
    CHECK(folder.Entries().empty());
}

TEST_CASE("A writer refuses a target that is a folder", "[reports]") {
    test::TemporaryFolder folder;
    std::filesystem::create_directory(folder / "bao-cao.pdf");
    const auto error = test::ErrorFrom([&] { WritePdfReport(test::SmallReport(), folder / "bao-cao.pdf"); });
    CHECK_THAT(error.Message(domain::Language::English), Catch::Contains("is a folder"));
    CHECK(folder.Entries() == std::vector<std::string>{"bao-cao.pdf"});
}

TEST_CASE("A writer refuses a folder it may not write in and leaves nothing there", "[reports]") {
    // root writes through any permission bits, so as root the test uses sysfs, which refuses
    // new files to everyone.
    test::TemporaryFolder folder;
    std::filesystem::path locked = folder / "chi-doc";
    if (::geteuid() == 0) {
        locked = "/sys";
        REQUIRE(std::filesystem::is_directory(locked));
    } else {
        std::filesystem::create_directory(locked);
        std::filesystem::permissions(locked,
                                     std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
    }
    for (const auto& writer : Writers()) {
        INFO(writer.extension);
        const auto target = locked / (std::string("innodesk-bao-cao.") + writer.extension);
        const auto error = test::ErrorFrom([&] { writer.write(test::SmallReport(), target); });
        CHECK(error.Code() == domain::ErrorCode::Storage);
        CHECK_THAT(error.Message(domain::Language::English),
                   Catch::Contains("you may not write in the folder"));
        CHECK_THAT(error.Message(domain::Language::Vietnamese), Catch::Contains("không có quyền ghi"));
        CHECK_FALSE(std::filesystem::exists(target));
    }
    for (const auto& entry : std::filesystem::directory_iterator(locked))
        CHECK_THAT(entry.path().filename().string(), !Catch::Contains("innodesk-bao-cao"));
}

TEST_CASE("A write that fails part-way leaves the old file as it was and no partial file", "[reports]") {
    test::TemporaryFolder folder;
    const auto doc = test::SampleReport(40);
    for (const auto& writer : Writers()) {
        INFO(writer.extension);
        const auto target = folder / (std::string("bao-cao.") + writer.extension);
        {
            std::ofstream old(target, std::ios::binary);
            old << "bản cũ";
        }
        domain::DomainError error(domain::ErrorCode::InvalidValue, {"", ""});
        {
            const FileSizeLimit limit(2000);  // far below any of the three outputs of this document
            error = test::ErrorFrom([&] { writer.write(doc, target); });
        }
        CHECK(error.Code() == domain::ErrorCode::Storage);
        CHECK_THAT(error.Message(domain::Language::English), Catch::Contains(target.string()));
        CHECK(test::ReadBytes(target) == "bản cũ");
        CHECK(folder.Entries() == std::vector<std::string>{target.filename().string()});
        std::filesystem::remove(target);
    }
}

TEST_CASE("A writer replaces an existing file", "[reports]") {
    test::TemporaryFolder folder;
    const auto target = folder / "bao-cao.csv";
    WriteFileWhole(target, "cũ");
    WriteCsvReport(test::SmallReport(), target);
    CHECK(test::ReadBytes(target) == CsvReport(test::SmallReport()));
    CHECK(folder.Entries() == std::vector<std::string>{"bao-cao.csv"});
}
