// One screen of the main window (Enterprises, Applications, …). The frame's menu, toolbar and
// shortcuts call these; a page says which of them it supports.
#pragma once

#include "app/workspace.h"

#include <wx/frame.h>
#include <wx/panel.h>
#include <wx/statusbr.h>

namespace innodesk::gui {

// The main window's status-bar field that says what the last action did.
constexpr int kStatusMessageField = 3;

class Page : public wxPanel {
public:
    Page(wxWindow* parent, app::Workspace& session) : wxPanel(parent), m_session(session) {}

    virtual wxString Title() const = 0;
    virtual void Reload() = 0;  // F5
    // Pages read their rows when first shown, not when the window is built, so that start-up
    // does not wait for screens nobody opened.
    void EnsureLoaded() {
        if (m_loaded) return;
        m_loaded = true;
        Reload();
    }
    virtual bool CanCreate() const { return false; }
    virtual wxString CannotCreateReason() const { return {}; }
    virtual void CreateRecord() {}  // Ctrl+N
    virtual void FocusSearch() {}   // Ctrl+F
    virtual bool CanExport() const { return false; }
    virtual void ExportView() {}  // the current view to CSV

protected:
    // Says in the main window's status bar what an action did ("Application 12 submitted.").
    void SayDone(const wxString& text) {
        auto* frame = wxDynamicCast(wxGetTopLevelParent(this), wxFrame);
        auto* bar = frame ? frame->GetStatusBar() : nullptr;
        if (bar && bar->GetFieldsCount() > kStatusMessageField) bar->SetStatusText(text, kStatusMessageField);
    }

    app::Workspace& m_session;

private:
    bool m_loaded = false;
};

}  // namespace innodesk::gui
