// Starts and stops the loopback timestamping authority, with its certificates made once per test program.
#include "test_tsa.h"

#include "signing/pki_maker.h"
#include "test_tools.h"

#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <stdexcept>
#include <system_error>

namespace innodesk::testing {
namespace {

using namespace innodesk::signing;

CertificateProfile Profile(const std::string& name, bool ca) {
    const auto now = std::chrono::system_clock::now();
    CertificateProfile profile;
    profile.common_name = name;
    profile.organisation = "InnoDesk Test TSA";
    profile.not_before = now - std::chrono::hours(24);
    profile.not_after = now + std::chrono::hours(24 * 365);
    profile.is_ca = ca;
    profile.key_usage = ca ? KeyUsage::KeyCertSign | KeyUsage::CrlSign
                           : KeyUsage::DigitalSignature | KeyUsage::NonRepudiation;
    profile.time_stamping = !ca;
    return profile;
}

// The folder the responder reads: tsa.pem/.key (issued by the test TSA CA), other_tsa.pem/.key (by another
// CA), the keys' password. Removed when the test program exits.
class TsaFiles {
public:
    TsaFiles() {
        std::string pattern = (std::filesystem::temp_directory_path() / "innodesk-test-tsa-XXXXXX").string();
        if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("test TSA: mkdtemp failed");
        m_dir = pattern;
        const std::string password = "Dấu thời gian thử";
        std::ofstream(m_dir / "password", std::ios::trunc) << password << '\n';
        const auto make = [&](const std::string& stem, const std::string& ca_name, std::string& ca_pem) {
            const IssuedCertificate ca = MakeRootCa(Profile(ca_name, true));
            const IssuedCertificate tsa =
                IssueCertificate(Profile("Máy cấp dấu thời gian thử " + stem, false), ca);
            ca_pem = ca.CertificatePem();
            WriteTextFile(m_dir / (stem + ".pem"), tsa.CertificatePem());
            WriteEncryptedPrivateKeyPem(m_dir / (stem + ".key"), tsa, password);
        };
        make("tsa", "InnoDesk Test TSA CA", m_ca_pem);
        make("other_tsa", "Unrelated Test TSA CA", m_other_ca_pem);
        WriteTextFile(m_dir / "tsa-ca.pem", m_ca_pem);
    }
    ~TsaFiles() {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }
    TsaFiles(const TsaFiles&) = delete;
    TsaFiles& operator=(const TsaFiles&) = delete;

    std::filesystem::path m_dir;
    std::string m_ca_pem;
    std::string m_other_ca_pem;
};

const TsaFiles& Files() {
    static const TsaFiles files;
    return files;
}

}  // namespace

LoopbackTsa::LoopbackTsa() {
    const std::string openssl = RequireTool(Tool::Openssl);
    const std::string python =
        RequireTool(Tool::Python3WithOpenpyxl);  // the stdlib is all the responder needs
    const TsaFiles& files = Files();
    int pipe_ends[2];
    if (::pipe(pipe_ends) != 0) throw std::runtime_error("test TSA: pipe failed");
    const std::string script = INNODESK_TSA_RESPONDER;
    const std::string folder = files.m_dir.string();
    m_pid = ::fork();
    if (m_pid < 0) throw std::runtime_error("test TSA: fork failed");
    if (m_pid == 0) {
        ::prctl(PR_SET_PDEATHSIG,
                SIGTERM);  // a test program that crashes does not leave the responder behind
        ::dup2(pipe_ends[1], STDOUT_FILENO);
        ::close(pipe_ends[0]);
        ::close(pipe_ends[1]);
        ::execl(python.c_str(), python.c_str(), script.c_str(), folder.c_str(), openssl.c_str(),
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(pipe_ends[1]);
    // The port line, within 10 seconds.
    std::string line;
    pollfd watch{pipe_ends[0], POLLIN, 0};
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (line.find('\n') == std::string::npos && std::chrono::steady_clock::now() < deadline) {
        if (::poll(&watch, 1, 200) <= 0) continue;
        char buffer[64];
        const ssize_t n = ::read(pipe_ends[0], buffer, sizeof buffer);
        if (n <= 0) break;
        line.append(buffer, static_cast<std::size_t>(n));
    }
    ::close(pipe_ends[0]);
    m_port = std::atoi(line.c_str());
    if (m_port <= 0) {
        Stop();
        throw std::runtime_error("test TSA: the responder " + script + " did not print its port");
    }
}

LoopbackTsa::~LoopbackTsa() {
    Stop();
}

void LoopbackTsa::Stop() {
    if (m_pid > 0) {
        ::kill(m_pid, SIGTERM);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_pid = -1;
    }
}

std::string LoopbackTsa::Url(std::string_view path) const {
    return "http://127.0.0.1:" + std::to_string(m_port) + "/" + std::string(path);
}

signing::TimestampAuthority LoopbackTsa::Authority(std::string_view path) const {
    return {Url(path), {CaPem()}};
}

const std::string& LoopbackTsa::CaPem() const {
    return Files().m_ca_pem;
}

const std::string& LoopbackTsa::OtherCaPem() const {
    return Files().m_other_ca_pem;
}

std::filesystem::path LoopbackTsa::CaPemFile() const {
    return Files().m_dir / "tsa-ca.pem";
}

}  // namespace innodesk::testing
