// The GUI tests' fixture.
#include "gui_fixture.h"

#include "app/demo_database.h"
#include "domain/user_service.h"
#include "signing/scrypt_password_hasher.h"
#include "tests/support/pinned_roots.h"
#include "tests/support/raw_store.h"

#include <wx/app.h>
#include <wx/config.h>
#include <wx/memconf.h>

#include <unistd.h>
#include <cstdlib>

namespace innodesk::gui::testing {
namespace {

// The demo accounts' passwords are hashed and checked with cheap scrypt parameters: the tests
// sign in a dozen times, and a real installation's 128 MiB hashes would only make them slow.
const signing::ScryptParameters kCheapScrypt{10, 8, 1};

struct DemoFiles {
    std::filesystem::path root;  // the run's temporary folder
    std::filesystem::path database;
    std::filesystem::path pki;
};

// Made once per run and copied for each test case, which then owns its copy.
class DemoData {
public:
    DemoData() {
        m_files.root =
            std::filesystem::temp_directory_path() / ("innodesk-gui-tests-" + std::to_string(::getpid()));
        std::filesystem::remove_all(m_files.root);
        std::filesystem::create_directories(m_files.root / "demo");
        m_files.database = m_files.root / "demo" / "demo.sqlite";
        m_files.pki = m_files.root / "demo" / "pki";
        auto store =
            innodesk::testing::OpenRawStore(persistence::DatabaseTarget::Parse(m_files.database.string()),
                                            persistence::OpenMode::CreateIfMissing);
        text::IcuTextRules text;
        domain::SystemClock clock;
        signing::ScryptPasswordHasher hasher(kCheapScrypt);
        demo::DemoSpec spec;
        spec.enterprises = 300;
        spec.seed = 2026;
        // The pages are tested on fuller lists than a province's year gives (more than 20
        // applications, several signed decisions): the volumes per enterprise the demo had before
        // it kept to a programme's scale.
        spec.applications_per_enterprise = 0.3;
        spec.vouchers_per_enterprise = 0.1;
        spec.ip_filings_per_enterprise = 0.05;
        spec.attendance_per_enterprise = 1.5;
        app::CreateDemoDatabase(*store, text, clock, hasher, spec, m_files.pki);
    }
    ~DemoData() {
        std::error_code ignored;
        std::filesystem::remove_all(m_files.root, ignored);
    }
    DemoData(const DemoData&) = delete;
    DemoData& operator=(const DemoData&) = delete;
    const DemoFiles& Files() const { return m_files; }

private:
    // The demo pins its root where INNODESK_TRUST_DIR says (app/pinned_trust.h): a folder of the
    // run's own, never the developer's ~/.config.
    innodesk::testing::PinnedRoots m_pins;
    DemoFiles m_files;
};

const DemoFiles& Demo() {
    static const DemoData data;
    return data.Files();
}

const app::DemoAccount& Account(const std::string& user_name) {
    for (const auto& account : app::DemoAccounts())
        if (user_name == account.name) return account;
    FAIL("no demo account " << user_name);
    throw std::logic_error("unreachable");
}

}  // namespace

GuiFixture::GuiFixture() {
    static int cases = 0;
    m_folder = Demo().root / ("case-" + std::to_string(++cases));
    std::filesystem::create_directories(m_folder);
    m_database = m_folder / "Kho dữ liệu.sqlite";  // a space and Vietnamese letters, as officers name files
    std::filesystem::copy_file(Demo().database, m_database);
    // The checkpoints a signature writes (app/audit_checkpoint.h) stay in the case's folder.
    setenv("INNODESK_CHECKPOINT_DIR", (m_folder / "checkpoints").c_str(), 1);
    // Window sizes and the last page shown are remembered in memory only, fresh for each case,
    // never in the developer's own settings.
    delete wxConfigBase::Set(new wxMemoryConfig());
}

GuiFixture::~GuiFixture() {
    // What went wrong after the test case's last Verify still fails it (without throwing here).
    for (const auto& failure : m_modals.TakeFailures()) FAIL_CHECK(failure);
    for (MainFrame* frame : m_frames) frame->Destroy();
    wxTheApp->ProcessIdle();  // deletes the destroyed windows now, while their sessions live
    for (MainFrame* frame : m_frames)
        if (wxTopLevelWindows.Find(frame)) delete frame;
    m_frames.clear();
    m_sessions.clear();
    std::error_code ignored;
    std::filesystem::remove_all(m_folder, ignored);
}

app::Workspace& GuiFixture::SignIn(const std::string& user_name) {
    auto session = app::Workspace::Open(persistence::DatabaseTarget::Parse(m_database.string()),
                                        persistence::OpenMode::MustExist, kCheapScrypt);
    session->SignIn(user_name, Account(user_name).password);
    m_sessions.push_back(std::move(session));
    return *m_sessions.back();
}

MainFrame& GuiFixture::OpenWindow(const std::string& user_name) {
    return OpenWindow(SignIn(user_name));
}

MainFrame& GuiFixture::OpenWindow(app::Workspace& session) {
    auto* frame = new MainFrame(session);
    m_frames.push_back(frame);
    frame->Show();
    REQUIRE(WaitUntil([frame] { return frame->IsShownOnScreen(); }));
    return *frame;
}

app::Workspace& GuiFixture::Checker() {
    if (!m_checker) m_checker = &SignIn("quantri");
    return *m_checker;
}

std::filesystem::path GuiFixture::DemoKeyFile(const std::string& approver_display_name) const {
    return Demo().pki / (approver_display_name + ".p12");
}

std::string GuiFixture::DisplayName(const std::string& user_name) const {
    return Account(user_name).display_name;
}

std::filesystem::path GuiFixture::OutputDir() {
    return std::filesystem::current_path();
}

}  // namespace innodesk::gui::testing
