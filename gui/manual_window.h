// The user manual in its own window (Help → User manual): the bundled HTML page in the window's
// language with its screenshots, read from disk, so it works offline; it stays open beside the
// main window while the officer follows its steps.
#pragma once

#include "domain/errors.h"

#include <wx/frame.h>
#include <wx/html/htmlwin.h>

#include <filesystem>

namespace innodesk::gui {

// The manual's first page in `language`: app::ManualDirectory()/vi/index.html or en/index.html.
std::filesystem::path ManualPage(domain::Language language);

class ManualWindow final : public wxFrame {
public:
    // Opens the manual in the window's language, or brings the one already open to the front.
    // Returns the window; nullptr (after saying why) when the manual is not installed.
    static ManualWindow* Open(wxWindow* parent);

    wxHtmlWindow* Html() { return m_html; }

private:
    ManualWindow(wxWindow* parent, const std::filesystem::path& page);
    wxHtmlWindow* m_html;
};

}  // namespace innodesk::gui
