// Outside programs for the report tests, run without a shell.
#include "test_support.h"
#include "test_tools.h"

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>
#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>

namespace innodesk::reports::test {

namespace {

// Closes a pipe end when it goes out of scope.
class Descriptor {
public:
    explicit Descriptor(int fd = -1) : m_fd(fd) {}
    ~Descriptor() { Close(); }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int Get() const { return m_fd; }
    void Close() {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = -1;
    }

private:
    int m_fd;
};

}  // namespace

ToolResult RunTool(const std::string& program, const std::vector<std::string>& arguments) {
    int ends[2];
    REQUIRE(::pipe(ends) == 0);
    Descriptor read_end(ends[0]);
    Descriptor write_end(ends[1]);
    std::vector<std::string> argv_strings{program};
    argv_strings.insert(argv_strings.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& argument : argv_strings) argv.push_back(argument.data());
    argv.push_back(nullptr);
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        ::dup2(write_end.Get(), STDOUT_FILENO);
        ::close(read_end.Get());
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    write_end.Close();
    ToolResult result;
    char buffer[8192];
    ssize_t got = 0;
    while ((got = ::read(read_end.Get(), buffer, sizeof buffer)) > 0)
        result.out.append(buffer, static_cast<std::size_t>(got));
    int status = 0;
    ::waitpid(child, &status, 0);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

std::string PdfText(const std::filesystem::path& pdf) {
    const auto result = RunTool(innodesk::testing::RequireTool(innodesk::testing::Tool::Pdftotext),
                                {"-enc", "UTF-8", pdf.string(), "-"});
    REQUIRE(result.exit_code == 0);
    return result.out;
}

std::string PdfFonts(const std::filesystem::path& pdf) {
    const auto result =
        RunTool(innodesk::testing::RequireTool(innodesk::testing::Tool::Pdffonts), {pdf.string()});
    REQUIRE(result.exit_code == 0);
    return result.out;
}

int PdfPages(const std::filesystem::path& pdf) {
    const auto result =
        RunTool(innodesk::testing::RequireTool(innodesk::testing::Tool::Pdfinfo), {pdf.string()});
    REQUIRE(result.exit_code == 0);
    std::istringstream lines(result.out);
    std::string line;
    while (std::getline(lines, line))
        if (line.rfind("Pages:", 0) == 0) return std::stoi(line.substr(6));
    FAIL("pdfinfo printed no page count");
    return 0;
}

std::string DocxJson(const std::filesystem::path& docx) {
    const auto result = RunTool("/usr/bin/python3", {INNODESK_READ_DOCX_SCRIPT, docx.string()});
    INFO(
        "read_docx.py exits 2 without python-docx (apt-get install python3-docx), 127 without "
        "/usr/bin/python3");
    REQUIRE(result.exit_code == 0);
    return result.out;
}

std::string ReadBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    REQUIRE(in.good());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

domain::DomainError ErrorFrom(const std::function<void()>& action) {
    try {
        action();
    } catch (const domain::DomainError& error) {
        return error;
    }
    FAIL("expected a DomainError");
    throw std::logic_error("unreachable");
}

TemporaryFolder::TemporaryFolder() {
    std::random_device random;
    m_path = std::filesystem::temp_directory_path() /
             ("innodesk-reports-" + std::to_string(random()) + "-" + std::to_string(random()));
    std::filesystem::create_directories(m_path);
}

TemporaryFolder::~TemporaryFolder() {
    std::error_code ignored;  // a destructor must not throw; a leftover folder in /tmp harms no test
    std::filesystem::permissions(m_path, std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::add, ignored);
    std::filesystem::remove_all(m_path, ignored);
}

std::vector<std::string> TemporaryFolder::Entries() const {
    std::vector<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(m_path))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

}  // namespace innodesk::reports::test
