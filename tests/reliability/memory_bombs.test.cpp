// Memory bombs (issue 14, item 4): small files that once took gigabytes to import. Each case
// builds its file at test time (make_memory_bombs.py, or a pipe fed from here), runs the real
// `innodesk-cli enterprise import` or `plan import` in a child process and compares the child's
// peak resident set (wait4's ru_maxrss) with the same command importing a tiny valid file: the
// difference stays under kCeiling, the refusal names the limit, and the database is unchanged.
// The child runs under a 2 GiB address-space cap, so that a regression fails here instead of
// making the machine swap.
#include "cli_fixture.h"
#include "reliability_support.h"

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <thread>

using namespace innodesk::testing;

namespace {

constexpr long kCeilingKib = 256L * 1024;
constexpr rlim_t kAddressSpaceCap = 2ULL * 1024 * 1024 * 1024;

struct MeasuredRun {
    int exit_code = -1;
    std::string err;
    long peak_kib = 0;  // the child's peak resident set
};

// innodesk-cli signed in as the officer, with `arguments`, its peak resident set measured.
MeasuredRun RunMeasured(const TempFolder& folder, const CliDatabase& db,
                        const std::vector<std::string>& arguments, const char* lang = "en") {
    std::vector<std::string> storage{INNODESK_CLI,
                                     "--db",
                                     db.Path(),
                                     "--lang",
                                     lang,
                                     "--user",
                                     kOfficer,
                                     "--password-file",
                                     db.PasswordFile(kOfficer)};
    storage.insert(storage.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    for (auto& argument : storage) argv.push_back(argument.data());
    argv.push_back(nullptr);
    const std::string err_path = folder / "measured.err";

    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        // Only async-signal-safe calls between fork and exec.
        const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int null = ::open("/dev/null", O_RDWR);
        if (err < 0 || null < 0) ::_exit(126);
        ::dup2(null, STDIN_FILENO);
        ::dup2(null, STDOUT_FILENO);
        ::dup2(err, STDERR_FILENO);
        const rlimit cap{kAddressSpaceCap, kAddressSpaceCap};
        ::setrlimit(RLIMIT_AS, &cap);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    REQUIRE(::wait4(child, &status, 0, &usage) == child);
    MeasuredRun run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    run.peak_kib = usage.ru_maxrss;
    run.err = ReadText(err_path);
    return run;
}

void MakeBomb(const TempFolder& folder, const std::string& name, const std::string& scale = "1") {
    REQUIRE(Shell("/usr/bin/python3 " + ShellQuoted(INNODESK_MEMORY_BOMBS) + " " +
                  ShellQuoted(folder.Path().string()) + " " + name + " " + scale) == 0);
}

// Writes a header and then one line of `megabytes` MB into the FIFO at `path`, until the reader
// goes away; SIGPIPE is ignored while it runs, so a reader that stops early ends it with EPIPE.
class FifoWriter {
public:
    FifoWriter(std::string path, std::size_t megabytes) : m_path(std::move(path)) {
        REQUIRE(::mkfifo(m_path.c_str(), 0600) == 0);
        m_previous = std::signal(SIGPIPE, SIG_IGN);
        m_thread = std::thread([this, megabytes] {
            const int fd = ::open(m_path.c_str(), O_WRONLY);
            if (fd < 0) return;
            const std::string head = "Mã số thuế,Tên doanh nghiệp,Tỉnh/Thành phố\n0300588569,";
            const std::string block(1024 * 1024, 'x');
            bool open = ::write(fd, head.data(), head.size()) > 0;
            for (std::size_t i = 0; open && i < megabytes; ++i) {
                for (std::size_t done = 0; open && done < block.size();) {
                    const ssize_t n = ::write(fd, block.data() + done, block.size() - done);
                    open = n > 0;
                    if (open) done += static_cast<std::size_t>(n);
                }
                if (open) m_written += block.size();
            }
            if (open) open = ::write(fd, ",Khánh Hòa\n", 12) > 0;
            ::close(fd);
        });
    }
    ~FifoWriter() {
        // A writer still waiting for a reader (the command failed before opening the file) is
        // released by opening and closing the reading end here.
        const int fd = ::open(m_path.c_str(), O_RDONLY | O_NONBLOCK);
        if (fd >= 0) ::close(fd);
        m_thread.join();
        std::signal(SIGPIPE, m_previous);
    }
    FifoWriter(const FifoWriter&) = delete;
    FifoWriter& operator=(const FifoWriter&) = delete;
    std::size_t Written() const { return m_written; }

private:
    std::string m_path;
    std::thread m_thread;
    std::size_t m_written = 0;
    void (*m_previous)(int) = SIG_DFL;
};

}  // namespace

TEST_CASE("Small hostile files are refused within a fixed memory ceiling, naming the limit, storing nothing",
          "[reliability][memory][sqlite-only]") {
    TempFolder folder;
    const CliDatabase db(folder);
    const auto before = SqliteRows(db.Path());

    // The baseline: the same command on a tiny valid file, measured the same way.
    WriteText(folder / "tiny.csv",
              "Mã số thuế,Tên doanh nghiệp,Tỉnh/Thành phố\n0300588569,Công ty A,Khánh Hòa");
    const MeasuredRun tiny = RunMeasured(folder, db, {"enterprise", "import", folder / "tiny.csv"});
    INFO(tiny.err);
    REQUIRE(tiny.exit_code == 0);
    const auto stored = SqliteRows(db.Path());
    const long baseline = tiny.peak_kib;
    std::cout << "memory bombs: baseline peak RSS " << baseline / 1024 << " MiB\n";

    // Runs the import and checks the peak, the exit code and the message.
    const auto check = [&](const std::string& name, const std::vector<std::string>& command,
                           const std::vector<std::string>& message_parts) {
        const MeasuredRun run = RunMeasured(folder, db, command);
        std::cout << "memory bombs: " << name << ": peak RSS " << run.peak_kib / 1024 << " MiB, "
                  << (run.peak_kib - baseline) / 1024 << " MiB over the baseline; exit " << run.exit_code
                  << "\n";
        INFO(name << ": exit " << run.exit_code << ", peak " << run.peak_kib << " KiB: " << run.err);
        CHECK(run.peak_kib - baseline < kCeilingKib);
        if (message_parts.empty()) {
            // Nothing to refuse: an import of no rows, which adds its audit entry and no enterprise.
            CHECK((run.exit_code == 0 || run.exit_code == 1));
            CHECK(SqliteValue(db.Path(), "SELECT COUNT(*) FROM enterprise") == "1");
        } else {
            CHECK(run.exit_code == 1);
            for (const auto& part : message_parts) {
                INFO("expected in the message: " << part);
                CHECK(run.err.find(part) != std::string::npos);
            }
            // Nothing was half-imported: the database holds what it held after the tiny import.
            CHECK(SqliteRows(db.Path()) == stored);
        }
    };
    const auto import = [&](const std::string& file) {
        return std::vector<std::string>{"enterprise", "import", folder / file};
    };

    SECTION("XLSX: every cell refers to one shared string of a million characters") {
        MakeBomb(folder, "shared_string_bomb_small");
        check("shared-string bomb (1 MB string, 2,000 cells)", import("shared_string_bomb_small.xlsx"),
              {"sheet “DN”, cell A2", "32,767 characters"});
    }
    SECTION("XLSX: 200,000 cells refer to one shared string just under the cell limit") {
        // 30,000 characters × 200,000 cells: 6 GB of text once expanded.
        MakeBomb(folder, "shared_string_bomb_large", "0.5");
        check("shared-string bomb (30,000-character string, 200,000 cells)",
              import("shared_string_bomb_large.xlsx"), {"sheet “DN”, cell", "32 MiB", "total text limit"});
    }
    SECTION("XLSX: a sheet of nothing but empty cells, its dimension A1:XFD1048576") {
        MakeBomb(folder, "empty_cells", "0.25");  // 100 MB of <c/> in a few hundred kilobytes
        check("empty cells (100 MB of <c/>)", import("empty_cells.xlsx"), {});
    }
    SECTION("XLSX: a heading in column XFD and values in XFD down to row 1048576") {
        MakeBomb(folder, "far_cells");
        check("far cells (heading and values in column XFD)", import("far_cells.xlsx"),
              {"sheet “DN”, row 1", "16,384 columns", "limit of 256 columns"});
        const MeasuredRun vi = RunMeasured(folder, db, import("far_cells.xlsx"), "vi");
        CHECK(vi.err.find("giới hạn 256 cột") != std::string::npos);
    }
    SECTION("XLSX: a sheet whose zip headers declare 1,000 bytes and which inflates to 150 MB") {
        MakeBomb(folder, "lying_size", "0.25");
        check("lying zip entry size (declares 1,000 bytes, inflates to 150 MB)", import("lying_size.xlsx"),
              {"lying_size.xlsx", "is damaged", "more than the 1000 bytes the archive declares"});
    }
    SECTION("CSV: a 1 GiB file (sparse) is refused by its size before it is read") {
        {
            std::ofstream out(folder / "huge.csv", std::ios::binary);
            out << "Mã số thuế,Tên doanh nghiệp,Tỉnh/Thành phố\n0300588569,";
        }
        std::filesystem::resize_file(folder / "huge.csv", 1ULL << 30);
        check("CSV of 1 GiB (sparse file)", import("huge.csv"), {"huge.csv", "32 MiB"});
    }
    SECTION("CSV: a line of 1 GB arriving through a pipe is refused at the file size limit") {
        std::size_t written = 0;
        {
            FifoWriter writer(folder / "line.csv", 1024);
            check("CSV with a 1 GB line (through a pipe)", import("line.csv"), {"line.csv", "32 MiB"});
            written = writer.Written();
        }
        // The reader stopped soon after the limit instead of reading the whole gigabyte.
        CHECK(written < 64ULL * 1024 * 1024);
    }
    SECTION("CSV: a 20 MB field on one line, within the file size limit") {
        MakeBomb(folder, "long_line");
        check("CSV with a 20 MB field", import("long_line.csv"), {"line 2, field 2", "32,767 characters"});
    }
    SECTION("Plan: a monitoring list of 200,000 aliases of one 400 KB unit") {
        MakeBomb(folder, "plan_bomb");
        check("plan YAML alias bomb (200,000 × 400 KB)", {"plan", "import", folder / "plan_bomb.yaml"},
              {"line 13", "4 MiB", "aliases"});
    }
    CHECK(SqliteRows(db.Path()) != before);  // the tiny import itself was stored
}
