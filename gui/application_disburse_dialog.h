// The dialog that records a payment on a contracted application: amount, day and treasury
// reference, with the signed amount, what was already paid and what remains shown above them.
#pragma once

#include "form_dialog.h"

#include "domain/application.h"

namespace innodesk::gui {

class ApplicationDisburseDialog final : public FormDialog {
public:
    ApplicationDisburseDialog(wxWindow* parent, app::Workspace& session,
                              const domain::Application& application);
    domain::Money Paid() const { return m_paid; }  // the amount recorded, after Save

    bool TransferDataFromWindow() override;

private:
    app::Workspace& m_session;
    domain::Application m_application;
    wxTextCtrl* m_amount;
    DateInput m_paid_on;
    wxTextCtrl* m_reference;
    domain::Money m_paid;
};

// What the application's signed amount, its payments and the rest come to.
struct PaymentTotals {
    domain::Money approved;
    domain::Money paid;
    domain::Money remaining;
};
PaymentTotals TotalsOf(const domain::Application& application,
                       const std::vector<domain::Disbursement>& payments);

}  // namespace innodesk::gui
