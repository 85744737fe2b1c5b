// The task contract dialog.
#include "contract_task_dialog.h"

#include "number_text.h"
#include "wx_text.h"

#include "domain/task_service.h"

namespace innodesk::gui {

ContractTaskDialog::ContractTaskDialog(wxWindow* parent, app::Workspace& session, const domain::Task& task)
    : FormDialog(parent, wxString::Format(_("Contract for task %s"), U(task.code)), "contract_task_dialog"),
      m_session(session),
      m_task(task) {
    const auto today = session.Clock().Today();
    m_number = Text(_("Contract number") + " *", "contract_number");
    m_signed_on = Date(_("Signed on") + " *", "signed_on", today);
    m_starts_on = Date(_("Starts on") + " *", "starts_on", today);
    m_ends_on = Date(_("Ends on") + " *", "ends_on", today);
    m_envelope = Choice(_("Budget envelope") + " *", "envelope");
    Finish(wxString::Format(_("The state budget of %s is committed on the envelope chosen."),
                            AmountText(task.state_budget)));
}

bool ContractTaskDialog::TransferDataToWindow() {
    // The envelopes of the task's programme, of its year first; without a programme, every programme's.
    m_envelopes.clear();
    auto programmes = m_session.Programmes();
    for (const auto& programme : programmes.List()) {
        if (m_task.programme_id && *m_task.programme_id != programme.id) continue;
        for (auto& report : programmes.Budget(programme.id))
            if (report.envelope.year == m_task.year) m_envelopes.push_back(std::move(report));
    }
    m_envelope->Clear();
    for (const auto& [envelope, balance] : m_envelopes)
        m_envelope->Append(wxString::Format(_("%d — %s — %s remaining (id %lld)"), envelope.year,
                                            EnumLabel(domain::SupportContents(), envelope.content),
                                            AmountText(balance.Remaining()),
                                            static_cast<long long>(envelope.id)));
    if (!m_envelopes.empty()) m_envelope->SetSelection(0);
    return true;
}

bool ContractTaskDialog::TransferDataFromWindow() {
    if (m_envelope->GetSelection() == wxNOT_FOUND)
        throw domain::DomainError(domain::ErrorCode::InvalidValue,
                                  {"Chưa có dự toán năm " + std::to_string(m_task.year) +
                                       " của chương trình để cam kết kinh phí nhiệm vụ.",
                                   "There is no " + std::to_string(m_task.year) +
                                       " budget envelope of the programme to commit the task's budget on."},
                                  "envelope");
    domain::ContractTerms terms;
    terms.number = S(m_number->GetValue());
    terms.signed_on = m_signed_on.Value();
    terms.starts_on = m_starts_on.Value();
    terms.ends_on = m_ends_on.Value();
    terms.envelope_id = m_envelopes[static_cast<std::size_t>(m_envelope->GetSelection())].envelope.id;
    m_session.Tasks().Contract(m_task.id, terms, m_session.Actor());
    return true;
}

}  // namespace innodesk::gui
