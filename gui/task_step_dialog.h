// The dialog for a dated step of a task's lifecycle that needs no more than a date and words:
// award (with the decision or note), start, extension (the new end, why, under which document)
// and termination (why).
#pragma once

#include "form_dialog.h"

#include "domain/task.h"

namespace innodesk::gui {

enum class TaskStep { Award, Start, Extend, Terminate };

class TaskStepDialog final : public FormDialog {
public:
    TaskStepDialog(wxWindow* parent, app::Workspace& session, const domain::Task& task, TaskStep step);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::Task m_task;
    TaskStep m_step;
    DateInput m_date;
    wxTextCtrl* m_text = nullptr;      // the note (award) or the reason (extension, termination)
    wxTextCtrl* m_document = nullptr;  // extension only
};

}  // namespace innodesk::gui
