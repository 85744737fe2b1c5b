// The dialog that records an accepted task's results transferred (bàn giao) to the unit that
// applies them: the day, the receiving unit, the transfer record's number and a note.
#pragma once

#include "form_dialog.h"

#include "domain/task.h"

namespace innodesk::gui {

class TransferDialog final : public FormDialog {
public:
    TransferDialog(wxWindow* parent, app::Workspace& session, const domain::Task& task);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::Task m_task;
    DateInput m_on;
    wxTextCtrl* m_unit;
    wxTextCtrl* m_document;
    wxTextCtrl* m_note;
};

}  // namespace innodesk::gui
