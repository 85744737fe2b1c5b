// The user manual's window.
#include "manual_window.h"

#include "error_dialog.h"
#include "wx_text.h"

#include "app/install_paths.h"

#include <wx/filename.h>
#include <wx/image.h>
#include <wx/sizer.h>

namespace innodesk::gui {

std::filesystem::path ManualPage(domain::Language language) {
    return app::ManualDirectory() / (language == domain::Language::Vietnamese ? "vi" : "en") / "index.html";
}

ManualWindow* ManualWindow::Open(wxWindow* parent) {
    if (auto* open = dynamic_cast<ManualWindow*>(wxWindow::FindWindowByName("manual_window"))) {
        open->Raise();
        return open;
    }
    const auto page = ManualPage(CurrentLanguage());
    std::error_code error;
    if (!std::filesystem::is_regular_file(page, error)) {
        ShowError(parent,
                  domain::DomainError(
                      domain::ErrorCode::NotFound,
                      {"Không tìm thấy hướng dẫn sử dụng (" + page.string() + "). Hãy cài lại InnoDesk.",
                       "The user manual was not found (" + page.string() + "). Install InnoDesk again."}));
        return nullptr;
    }
    auto* window = new ManualWindow(parent, page);
    window->Show();
    return window;
}

ManualWindow::ManualWindow(wxWindow* parent, const std::filesystem::path& page)
    : wxFrame(parent, wxID_ANY, _("User manual"), wxDefaultPosition, wxDefaultSize,
              wxDEFAULT_FRAME_STYLE | wxFRAME_FLOAT_ON_PARENT) {
    SetName("manual_window");
    // The screenshots are PNG; the program itself may not have registered the handler.
    if (!wxImage::FindHandler(wxBITMAP_TYPE_PNG)) wxImage::AddHandler(new wxPNGHandler);
    m_html = new wxHtmlWindow(this, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxHW_SCROLLBAR_AUTO);
    m_html->SetName("manual_html");
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(m_html, 1, wxEXPAND);
    SetSizer(sizer);
    SetSize(FromDIP(wxSize(960, 720)));
    m_html->LoadFile(wxFileName(U(page.string())));
}

}  // namespace innodesk::gui
