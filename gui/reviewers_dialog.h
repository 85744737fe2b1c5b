// Naming an application's reviewers: the officers who may open, declare and score it. Those
// who have already declared stay named (their declaration is part of the record).
#pragma once

#include "form_dialog.h"

#include "domain/review.h"

#include <wx/checklst.h>

#include <string>
#include <vector>

namespace innodesk::gui {

class ReviewersDialog final : public FormDialog {
public:
    ReviewersDialog(wxWindow* parent, app::Workspace& session, domain::ApplicationId application);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::ApplicationId m_application;
    std::vector<std::string> m_names;  // the officers in the list's order
    wxStaticText* m_title;
    wxCheckListBox* m_list;
};

}  // namespace innodesk::gui
