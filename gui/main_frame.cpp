// Main window.
#include "main_frame.h"

#include "applications_page.h"
#include "audit_page.h"
#include "dashboard_page.h"
#include "decisions_page.h"
#include "enterprises_page.h"
#include "ip_filings_page.h"
#include "manual_window.h"
#include "pdf_verify_dialog.h"
#include "reconciliation_dialog.h"
#include "reports_page.h"
#include "reviews_page.h"
#include "settings_page.h"
#include "sign_in_dialog.h"
#include "tasks_page.h"
#include "training_page.h"
#include "vouchers_page.h"
#include "wx_text.h"

#include <wx/artprov.h>
#include <wx/config.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/persist/toplevel.h>
#include <wx/statusbr.h>
#include <wx/toolbar.h>

namespace innodesk::gui {
namespace {

enum MenuId {
    kNew = wxID_HIGHEST + 1,
    kFind,
    kRefresh,
    kExport,
    kSignOut,
    kSwitchUser,
    kReconcile,
    kVerifyPdf,
    kFirstPage,  // kFirstPage + i shows page i
};

}  // namespace

MainFrame::MainFrame(app::Workspace& session)
    : wxFrame(nullptr, wxID_ANY, "InnoDesk — " + U(session.Target().Describe()), wxDefaultPosition,
              wxSize(1280, 800)),
      m_session(session) {
    SetName("main");
    m_splitter =
        new wxSplitterWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxSP_LIVE_UPDATE | wxSP_3D);
    m_navigation = new wxListBox(m_splitter, wxID_ANY);
    m_navigation->SetName("navigation");
    m_book = new wxSimplebook(m_splitter, wxID_ANY);
    BuildPages();
    m_splitter->SetMinimumPaneSize(FromDIP(120));
    m_splitter->SplitVertically(
        m_navigation, m_book,
        static_cast<int>(wxConfigBase::Get()->ReadLong("/Layout/Navigation", FromDIP(190))));

    auto* file = new wxMenu;
    file->Append(kSignOut, _("Sign &out"));
    file->Append(kSwitchUser, _("S&witch user…"));
    file->AppendSeparator();
    file->Append(wxID_EXIT, _("&Quit\tCtrl+Q"));
    auto* edit = new wxMenu;
    edit->Append(kNew, _("&New record\tCtrl+N"));
    edit->Append(kFind, _("&Search\tCtrl+F"));
    edit->Append(kExport, _("&Export the list…\tCtrl+E"));
    auto* view = new wxMenu;
    view->Append(kRefresh, _("&Refresh\tF5"));
    view->AppendSeparator();
    // Ctrl+1 … Ctrl+9 and Ctrl+0 for the first ten pages, as browsers number their tabs.
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        view->Append(
            kFirstPage + static_cast<int>(i),
            m_pages[i]->Title() + (i < 10 ? wxString::Format("\tCtrl+%zu", (i + 1) % 10) : wxString()));
    auto* tools_menu = new wxMenu;
    tools_menu->Append(kReconcile, _("&Reconciliation…"),
                       _("Check the database against the audit trail, the signatures and the checkpoint"));
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            ReconciliationDialog dialog(this, m_session);
            dialog.ShowModal();
        },
        kReconcile);
    tools_menu->Append(kVerifyPdf, _("&Verify a signed PDF…"),
                       _("Check the signatures of any signed PDF and what was changed after each"));
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            PdfVerifyDialog dialog(this, m_session);
            dialog.ShowModal();
        },
        kVerifyPdf);
    auto* help = new wxMenu;
    help->Append(wxID_HELP, _("&User manual\tF1"));
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { ManualWindow::Open(this); }, wxID_HELP);
    help->Append(wxID_ABOUT, _("&About InnoDesk"));
    auto* bar = new wxMenuBar;
    bar->Append(file, _("&File"));
    bar->Append(edit, _("&Edit"));
    bar->Append(view, _("&View"));
    bar->Append(tools_menu, _("&Tools"));
    bar->Append(help, _("&Help"));
    SetMenuBar(bar);

    auto* tools = CreateToolBar(wxTB_HORIZONTAL | wxTB_TEXT);
    tools->AddTool(kNew, _("New"), wxArtProvider::GetBitmapBundle(wxART_NEW, wxART_TOOLBAR),
                   _("New record (Ctrl+N)"));
    tools->AddTool(kRefresh, _("Refresh"), wxArtProvider::GetBitmapBundle(wxART_REDO, wxART_TOOLBAR),
                   _("Refresh (F5)"));
    tools->AddTool(kFind, _("Search"), wxArtProvider::GetBitmapBundle(wxART_FIND, wxART_TOOLBAR),
                   _("Search (Ctrl+F)"));
    tools->AddTool(kExport, _("Export"), wxArtProvider::GetBitmapBundle(wxART_FILE_SAVE_AS, wxART_TOOLBAR),
                   _("Export the list (Ctrl+E)"));
    tools->Realize();

    // The last field says what the last action did (Page::SayDone).
    CreateStatusBar(kStatusMessageField + 1);
    const int widths[] = {-2, -2, -1, -3};
    SetStatusWidths(kStatusMessageField + 1, widths);
    SetStatusText(U(session.Target().Describe()), 0);
    ShowUser();

    m_navigation->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& event) { SelectPage(event.GetSelection()); });
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_EXIT);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { ChangeUser(true); }, kSignOut);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent&) { ChangeUser(false); }, kSwitchUser);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (auto* page = CurrentPage(); page && page->CanCreate()) page->CreateRecord();
        },
        kNew);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (auto* page = CurrentPage()) page->FocusSearch();
        },
        kFind);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (auto* page = CurrentPage()) page->Reload();
        },
        kRefresh);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            if (auto* page = CurrentPage(); page && page->CanExport()) page->ExportView();
        },
        kExport);
    Bind(
        wxEVT_MENU, [this](wxCommandEvent& event) { SelectPage(event.GetId() - kFirstPage); }, kFirstPage,
        kFirstPage + static_cast<int>(m_pages.size()) - 1);
    Bind(
        wxEVT_MENU,
        [this](wxCommandEvent&) {
            wxMessageBox(_("InnoDesk manages the innovation-support programmes of a provincial Department of "
                           "Science and "
                           "Technology: enterprises, applications, reviews, signed decisions, vouchers, IP "
                           "and training."),
                         _("About InnoDesk"), wxOK | wxICON_INFORMATION, this);
        },
        wxID_ABOUT);

    if (!wxPersistentRegisterAndRestore(this, "main")) SetSize(FromDIP(wxSize(1280, 800)));
    const long remembered = wxConfigBase::Get()->ReadLong("/Layout/Page", 0);
    SelectPage(
        remembered >= 0 && remembered < static_cast<long>(m_pages.size()) ? static_cast<int>(remembered) : 0);
}

MainFrame::~MainFrame() {
    wxConfigBase::Get()->Write("/Layout/Navigation", static_cast<long>(m_splitter->GetSashPosition()));
    wxConfigBase::Get()->Write("/Layout/Page", static_cast<long>(m_book->GetSelection()));
}

void MainFrame::BuildPages() {
    AddPage(new DashboardPage(m_book, m_session), "dashboard");
    AddPage(new EnterprisesPage(m_book, m_session), "enterprises");
    AddPage(new ApplicationsPage(m_book, m_session), "applications");
    AddPage(new TasksPage(m_book, m_session), "tasks");
    AddPage(new ReviewsPage(m_book, m_session), "reviews");
    AddPage(new DecisionsPage(m_book, m_session), "decisions");
    AddPage(new VouchersPage(m_book, m_session), "vouchers");
    AddPage(new IpFilingsPage(m_book, m_session), "ip_filings");
    AddPage(new TrainingPage(m_book, m_session), "training");
    AddPage(new ReportsPage(m_book, m_session), "reports");
    AddPage(new AuditPage(m_book, m_session), "audit");
    AddPage(new SettingsPage(m_book, m_session), "settings");
}

void MainFrame::ShowUser() {
    SetStatusText(U(m_session.DisplayName().empty()
                        ? m_session.Actor().user_name
                        : m_session.DisplayName() + " (" + m_session.Actor().user_name + ")"),
                  1);
    const auto& role = domain::EntryOf(domain::Roles(), m_session.Actor().role);
    SetStatusText(U(std::string(CurrentLanguage() == domain::Language::Vietnamese ? role.vi : role.en)), 2);
}

void MainFrame::ChangeUser(bool sign_out) {
    // Signing out hides the window: nothing of the last user's stays on screen while the next
    // one signs in. Nobody signing in then ends the program; a switch given up keeps the user.
    if (sign_out) Hide();
    SignInDialog dialog(sign_out ? nullptr : this, m_session);
    if (dialog.ShowModal() != wxID_OK) {
        if (sign_out) Close(true);
        return;
    }
    // Every page was made for the last user's role: they are made again for the new one.
    const int shown = m_book->GetSelection();
    m_book->DeleteAllPages();
    m_navigation->Clear();
    m_pages.clear();
    BuildPages();
    ShowUser();
    SelectPage(shown == wxNOT_FOUND ? 0 : shown);
    if (sign_out) Show();
}

void MainFrame::AddPage(Page* page, const char* name) {
    page->SetName(name);
    m_book->AddPage(page, page->Title());
    m_navigation->Append(page->Title());
    m_pages.push_back(page);
}

void MainFrame::SelectPage(int index) {
    if (index < 0 || index >= static_cast<int>(m_pages.size())) return;
    m_book->SetSelection(static_cast<std::size_t>(index));
    m_navigation->SetSelection(index);
    m_pages[static_cast<std::size_t>(index)]->EnsureLoaded();
    UpdateActions();
}

bool MainFrame::ShowPage(const wxString& name) {
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        if (m_pages[i]->GetName() == name) {
            SelectPage(static_cast<int>(i));
            return true;
        }
    return false;
}

Page* MainFrame::CurrentPage() const {
    const int selection = m_book->GetSelection();
    return selection == wxNOT_FOUND ? nullptr : m_pages[static_cast<std::size_t>(selection)];
}

void MainFrame::UpdateActions() {
    auto* page = CurrentPage();
    const bool can_create = page && page->CanCreate();
    GetMenuBar()->Enable(kNew, can_create);
    GetToolBar()->EnableTool(kNew, can_create);
    wxString why_not = page ? page->CannotCreateReason() : wxString();
    if (why_not.empty()) why_not = _("There is nothing to add on this page.");
    GetToolBar()->SetToolShortHelp(kNew, can_create ? _("New record (Ctrl+N)") : why_not);
    const bool can_export = page && page->CanExport();
    GetMenuBar()->Enable(kExport, can_export);
    GetToolBar()->EnableTool(kExport, can_export);
}

}  // namespace innodesk::gui
