// One target on the dashboard: its status, what it asks for, where it stands (actual against the
// bound, with a progress bar toward the goal), its quarters as a sparkline, and for a value
// entered by hand, who entered it from which source. Clicking it opens the records that count.
#pragma once

#include "domain/target_evaluation.h"

#include <wx/panel.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <functional>

namespace innodesk::gui {

class TargetCard final : public wxPanel {
public:
    TargetCard(wxWindow* parent, const domain::TargetEvaluation& target, std::function<void()> open_records);

private:
    // Wraps what the target asks for, and its detail line, to the width the row leaves them now
    // (a fixed width would either waste a wide window or clip words beside a long actual).
    void WrapWords();

    wxStaticText* m_label;
    wxStaticText* m_detail;
    wxString m_label_text;
    wxString m_detail_text;
    wxSizer* m_words;
    int m_wrapped_at = 0;
};

// The status's colour and label, shared with the report preview and the tests.
wxColour StatusColour(domain::TargetStatus status);
wxString StatusLabel(domain::TargetStatus status);
// "12 / 15 doanh nghiệp", "72,5 % (29/40)", "— (chưa nhập)".
wxString ActualText(const domain::TargetEvaluation& target);

}  // namespace innodesk::gui
