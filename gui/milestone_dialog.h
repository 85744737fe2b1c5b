// The dialog that adds a milestone to a task: what is due, the product that shows it, and when.
#pragma once

#include "form_dialog.h"

#include "domain/task.h"

namespace innodesk::gui {

class MilestoneDialog final : public FormDialog {
public:
    MilestoneDialog(wxWindow* parent, app::Workspace& session, const domain::Task& task);

    bool TransferDataToWindow() override { return true; }
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::Task m_task;
    wxTextCtrl* m_content;
    wxTextCtrl* m_product;
    DateInput m_due;
};

}  // namespace innodesk::gui
