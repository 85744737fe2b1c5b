// The main window: navigation on the left, the chosen page on the right, menus, toolbar,
// shortcuts (Ctrl+N new, Ctrl+F search, F5 refresh, Ctrl+E export, Ctrl+1… pages) and a status
// bar with the database, the user and the role. Its size and layout are remembered. File → Sign
// out and Switch user sign another user in and make the pages again for their role.
#pragma once

#include "page.h"

#include "app/workspace.h"

#include <wx/frame.h>
#include <wx/listbox.h>
#include <wx/simplebook.h>
#include <wx/splitter.h>

#include <vector>

namespace innodesk::gui {

class MainFrame final : public wxFrame {
public:
    explicit MainFrame(app::Workspace& session);
    ~MainFrame() override;

    // By the page's name: "enterprises", "applications", "decisions", "audit", "settings".
    bool ShowPage(const wxString& name);
    Page* CurrentPage() const;
    template <typename T>
    T* FindPage() const {
        for (auto* page : m_pages)
            if (auto* found = dynamic_cast<T*>(page)) return found;
        return nullptr;
    }

private:
    void BuildPages();
    void ShowUser();
    // Sign out (true) or switch user (false): the sign-in dialog, then the pages for the new user.
    void ChangeUser(bool sign_out);
    void AddPage(Page* page, const char* name);
    void SelectPage(int index);
    void UpdateActions();

    app::Workspace& m_session;
    wxSplitterWindow* m_splitter;
    wxListBox* m_navigation;
    wxSimplebook* m_book;
    std::vector<Page*> m_pages;  // owned by m_book
};

}  // namespace innodesk::gui
