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
      m_target(target),
      m_qualitative(target.bound.form == domain::BoundForm::Qualitative) {
    if (m_qualitative) {
        m_achieved = Choice(_("Assessment") + " *", "indicator_achieved");
        m_achieved->Append(_("Achieved"));
        m_achieved->Append(_("Not achieved"));
        m_source = Text(_("Note") + " *", "indicator_source");
        m_source->SetHint(_("On what grounds, e.g. inspection record no. 5 of 10/06/2026"));
    } else {
        m_value = Text(_("Value") + " *", "indicator_value");
        m_source = Text(_("Source") + " *", "indicator_source");
        m_source->SetHint(_("e.g. Provincial Statistics Office, yearbook 2026"));
    }
    m_as_of = Date(_("Value as of") + " *", "indicator_date", session.Clock().Today());
    Finish(U(target.label.In(CurrentLanguage())) + "\n" + U(target.bound_text.In(CurrentLanguage())));
}

bool IndicatorDialog::TransferDataToWindow() {
    const auto& entered = m_target.manual_value;
    if (m_qualitative)
        m_achieved->SetSelection(!entered ? wxNOT_FOUND : entered->value == 1 ? 0 : 1);
    else
        m_value->ChangeValue(entered ? U(domain::FormatFigure(entered->value, CurrentLanguage()))
                                     : wxString());
    m_source->ChangeValue(entered ? U(entered->source) : wxString());
    m_as_of.Show(m_session.Clock().Today());
    return true;
}

bool IndicatorDialog::TransferDataFromWindow() {
    if (m_qualitative && m_achieved->GetSelection() == wxNOT_FOUND)
        throw domain::DomainError(
            domain::ErrorCode::InvalidValue,
            {"Chọn đánh giá: đạt hoặc không đạt.", "Choose the assessment: achieved or not."}, "value");
    // A qualitative target's value is its assessment: 1 achieved, 0 not.
    const double value = m_qualitative ? (m_achieved->GetSelection() == 0 ? 1 : 0)
                                       : domain::ParseFigure(S(m_value->GetValue()), "value");
    m_session.Targets().SetIndicator(m_plan, m_target.code, value, S(m_source->GetValue()), m_as_of.Value(),
                                     m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
