// The dialog that creates an application: enterprise by tax code, programme, year, support
// content, title and amounts.
#pragma once

#include "form_dialog.h"

#include "domain/application.h"
#include "domain/programme.h"

#include <vector>

namespace innodesk::gui {

class NewApplicationDialog final : public FormDialog {
public:
    NewApplicationDialog(wxWindow* parent, app::Workspace& session);
    domain::ApplicationId Created() const { return m_created; }

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    std::vector<domain::Programme> m_programmes;
    wxTextCtrl* m_tax_code;
    wxChoice* m_programme;
    WholeNumberInput m_year;
    wxChoice* m_content;
    wxTextCtrl* m_title;
    wxTextCtrl* m_requested;
    wxTextCtrl* m_co_funding;
    domain::ApplicationId m_created = 0;
};

}  // namespace innodesk::gui
