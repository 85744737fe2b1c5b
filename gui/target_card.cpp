// Target cards.
#include "target_card.h"

#include "sparkline.h"
#include "wx_text.h"

#include <wx/gauge.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace innodesk::gui {

wxColour StatusColour(domain::TargetStatus status) {
    switch (status) {
        case domain::TargetStatus::Met: return wxColour(0x2E, 0x7D, 0x32);
        case domain::TargetStatus::OnTrack: return wxColour(0x15, 0x65, 0xC0);
        case domain::TargetStatus::AtRisk: return wxColour(0xEF, 0x6C, 0x00);
        case domain::TargetStatus::Behind: return wxColour(0xC6, 0x28, 0x28);
        case domain::TargetStatus::NoData: break;
    }
    return wxColour(0x75, 0x75, 0x75);
}

wxString StatusLabel(domain::TargetStatus status) { return EnumLabel(domain::TargetStatuses(), status); }

wxString ActualText(const domain::TargetEvaluation& target) {
    const auto language = CurrentLanguage();
    if (!target.actual) {
        if (target.manual) return _("— (not entered yet)");
        if (target.denominator && *target.denominator == 0) return _("— (no base yet)");
        return wxS("—");
    }
    wxString text = U(domain::FormatFigure(*target.actual, language));
    if (target.kind == domain::TargetKind::Percentage) {
        text += " %";
        if (target.numerator && target.denominator)
            text += wxString::Format(" (%lld/%lld)", static_cast<long long>(*target.numerator),
                                     static_cast<long long>(*target.denominator));
        return text;
    }
    return text + " " + U(target.unit.In(language));
}

namespace {

// How far toward the goal, 0–100, for the progress bar; a rank (smaller is better) and an
// "at most" bound show a full bar while within the bound.
int ProgressPercent(const domain::TargetEvaluation& target) {
    if (!target.actual) return 0;
    const double goal = target.bound.Goal();
    if (target.bound.form == domain::BoundForm::AtMost || target.kind == domain::TargetKind::Rank)
        return *target.actual <= goal ? 100 : static_cast<int>(std::clamp(goal / *target.actual * 100, 0.0, 100.0));
    if (goal <= 0) return 100;
    return static_cast<int>(std::clamp(*target.actual / goal * 100, 0.0, 100.0));
}

}  // namespace

TargetCard::TargetCard(wxWindow* parent, const domain::TargetEvaluation& target, std::function<void()> open_records)
    : wxPanel(parent, wxID_ANY) {
    SetName("target_" + U(target.code));
    const auto language = CurrentLanguage();
    auto* row = new wxBoxSizer(wxHORIZONTAL);

    auto* status = new wxStaticText(this, wxID_ANY, StatusLabel(target.status), wxDefaultPosition,
                                    FromDIP(wxSize(112, -1)), wxALIGN_CENTRE_HORIZONTAL | wxST_NO_AUTORESIZE);
    status->SetName("status_" + U(target.code));
    status->SetBackgroundColour(StatusColour(target.status));
    status->SetForegroundColour(*wxWHITE);
    status->SetFont(status->GetFont().Bold());
    row->Add(status, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);

    auto* words = new wxBoxSizer(wxVERTICAL);
    auto* label = new wxStaticText(this, wxID_ANY, U((target.stt.empty() ? "" : target.stt + ". ") + target.label.In(language)));
    label->SetFont(label->GetFont().Bold());
    label->Wrap(FromDIP(340));
    words->Add(label, 0, wxBOTTOM, 2);
    wxString detail = U(target.bound_text.In(language));
    if (!target.lead_unit.In(language).empty()) detail += " · " + _("lead: ") + U(target.lead_unit.In(language));
    if (target.manual_value)
        detail += " · " + wxString::Format(_("entered by hand by %s: %s, %s"), U(target.manual_value->entered_by),
                                           U(target.manual_value->source), U(target.manual_value->as_of.Format()));
    else if (target.manual)
        detail += " · " + _("entered by hand; no value yet");
    auto* detail_text = new wxStaticText(this, wxID_ANY, detail);
    detail_text->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    detail_text->Wrap(FromDIP(340));
    words->Add(detail_text, 0);
    row->Add(words, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);

    auto* figures = new wxBoxSizer(wxVERTICAL);
    auto* actual = new wxStaticText(this, wxID_ANY, ActualText(target));
    actual->SetName("actual_" + U(target.code));
    actual->SetFont(actual->GetFont().Bold());
    figures->Add(actual, 0, wxALIGN_RIGHT | wxBOTTOM, 3);
    auto* gauge = new wxGauge(this, wxID_ANY, 100, wxDefaultPosition, FromDIP(wxSize(130, 10)));
    gauge->SetValue(ProgressPercent(target));
    figures->Add(gauge, 0, wxALIGN_RIGHT);
    row->Add(figures, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);

    std::vector<std::optional<double>> quarters;
    wxString quarters_text;
    for (const auto& quarter : target.quarters) {
        quarters.push_back(quarter.value);
        quarters_text += U(quarter.period) + ": " +
                         (quarter.value ? U(domain::FormatFigure(*quarter.value, language)) : wxString("—")) + "\n";
    }
    row->Add(new Sparkline(this, std::move(quarters), quarters_text.Strip(wxString::trailing)), 0, wxALIGN_CENTER_VERTICAL);

    auto* frame = new wxBoxSizer(wxVERTICAL);
    frame->Add(row, 0, wxEXPAND | wxALL, 8);
    SetSizer(frame);

    if (!target.manual) {
        SetToolTip(_("Click to see the records that count."));
        SetCursor(wxCursor(wxCURSOR_HAND));
        // A click anywhere on the card, its labels included, opens the records.
        auto open = [open_records](wxMouseEvent&) { open_records(); };
        Bind(wxEVT_LEFT_UP, open);
        for (auto* child : GetChildren()) child->Bind(wxEVT_LEFT_UP, open);
    }
}

}  // namespace innodesk::gui
