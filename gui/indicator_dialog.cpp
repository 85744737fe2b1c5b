// The indicator value dialog.
#include "indicator_dialog.h"

#include "wx_text.h"

#include "domain/plan.h"
#include "domain/target_service.h"

namespace innodesk::gui {

IndicatorDialog::IndicatorDialog(wxWindow* parent, app::Workspace& session, const std::string& plan,
                                 const domain::TargetEvaluation& target)
    : FormDialog(parent, wxString::Format(_("Value of %s"), U(target.code)), "indicator_dialog"),
      m_session(session),
      m_plan(plan),
      m_target(target) {
    m_value = Text(_("Value") + " *", "indicator_value");
    m_source = Text(_("Source") + " *", "indicator_source");
    m_source->SetHint(_("e.g. Provincial Statistics Office, yearbook 2026"));
    m_as_of = Date(_("Value as of") + " *", "indicator_date", session.Clock().Today());
    Finish(U(target.label.In(CurrentLanguage())) + "\n" + U(target.bound_text.In(CurrentLanguage())));
}

bool IndicatorDialog::TransferDataToWindow() {
    const auto& entered = m_target.manual_value;
    m_value->ChangeValue(entered ? U(domain::FormatFigure(entered->value, CurrentLanguage())) : wxString());
    m_source->ChangeValue(entered ? U(entered->source) : wxString());
    m_as_of.Show(m_session.Clock().Today());
    return true;
}

bool IndicatorDialog::TransferDataFromWindow() {
    const double value = domain::ParseFigure(S(m_value->GetValue()), "value");
    m_session.Targets().SetIndicator(m_plan, m_target.code, value, S(m_source->GetValue()), m_as_of.Value(),
                                     m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
