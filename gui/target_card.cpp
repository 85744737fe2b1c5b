// Target cards.
#include "target_card.h"

#include "sparkline.h"
#include "wx_text.h"

#include <wx/gauge.h>
#include <wx/scrolwin.h>
#include <wx/settings.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>
#include <cstdlib>

namespace innodesk::gui {

wxColour StatusColour(domain::TargetStatus status) {
    switch (status) {
        case domain::TargetStatus::Met:
            return wxColour(0x2E, 0x7D, 0x32);
        case domain::TargetStatus::OnTrack:
            return wxColour(0x15, 0x65, 0xC0);
        case domain::TargetStatus::AtRisk:
            return wxColour(0xEF, 0x6C, 0x00);
        case domain::TargetStatus::Behind:
            return wxColour(0xC6, 0x28, 0x28);
        case domain::TargetStatus::NoData:
            break;
    }
    return wxColour(0x75, 0x75, 0x75);
}

wxString StatusLabel(domain::TargetStatus status) {
    return EnumLabel(domain::TargetStatuses(), status);
}

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
        return *target.actual <= goal ? 100
                                      : static_cast<int>(std::clamp(goal / *target.actual * 100, 0.0, 100.0));
    if (goal <= 0) return 100;
    return static_cast<int>(std::clamp(*target.actual / goal * 100, 0.0, 100.0));
}

}  // namespace

TargetCard::TargetCard(wxWindow* parent, const domain::TargetEvaluation& target,
                       std::function<void()> open_records)
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

    m_words = new wxBoxSizer(wxVERTICAL);
    // A plan's label may carry the line breaks of its source; the card wraps it itself.
    m_label_text = U((target.stt.empty() ? "" : target.stt + ". ") + target.label.In(language));
    m_label_text.Replace("\n", " ");
    m_label = new wxStaticText(this, wxID_ANY, m_label_text);
    m_label->SetFont(m_label->GetFont().Bold());
    m_words->Add(m_label, 0, wxEXPAND | wxBOTTOM, 2);
    wxString detail = U(target.bound_text.In(language));
    if (!target.lead_unit.In(language).empty())
        detail += " · " + _("lead: ") + U(target.lead_unit.In(language));
    if (target.manual_value)
        detail +=
            " · " + wxString::Format(_("entered by hand by %s: %s, %s"), U(target.manual_value->entered_by),
                                     U(target.manual_value->source), U(target.manual_value->as_of.Format()));
    else if (target.manual)
        detail += " · " + _("entered by hand; no value yet");
    if (!target.years.empty()) {
        // A yearly minimum over several years: each year against it, as the status is judged.
        wxString years;
        for (const auto& year : target.years) {
            if (!year.value) continue;
            years +=
                (years.empty() ? "" : ", ") + wxString::Format("%d: %s (%s)", year.year,
                                                               U(domain::FormatFigure(*year.value, language)),
                                                               StatusLabel(year.status).Lower());
        }
        if (!years.empty()) detail += " · " + _("each year: ") + years;
    }
    m_detail_text = detail;
    m_detail = new wxStaticText(this, wxID_ANY, detail);
    m_detail->SetForegroundColour(wxSystemSettings::GetColour(wxSYS_COLOUR_GRAYTEXT));
    m_words->Add(m_detail, 0, wxEXPAND);
    row->Add(m_words, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);

    auto* figures = new wxBoxSizer(wxVERTICAL);
    auto* actual =
        new wxStaticText(this, wxID_ANY, ActualText(target), wxDefaultPosition, wxDefaultSize, wxALIGN_RIGHT);
    actual->SetName("actual_" + U(target.code));
    actual->SetFont(actual->GetFont().Bold());
    actual->Wrap(FromDIP(170));  // a long unit ("3 sản phẩm, dịch vụ, mô hình") takes two lines
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
                         (quarter.value ? U(domain::FormatFigure(*quarter.value, language)) : wxString("—")) +
                         "\n";
    }
    row->Add(new Sparkline(this, std::move(quarters), quarters_text.Strip(wxString::trailing)), 0,
             wxALIGN_CENTER_VERTICAL);

    auto* frame = new wxBoxSizer(wxVERTICAL);
    frame->Add(row, 0, wxEXPAND | wxALL, 8);
    SetSizer(frame);
    // A first guess until the card has its size; neither label asks for more width than this.
    for (auto* text : {m_label, m_detail}) {
        text->Wrap(FromDIP(340));
        text->SetMinSize(wxSize(FromDIP(140), -1));
    }
    Bind(wxEVT_SIZE, [this](wxSizeEvent& event) {
        event.Skip();
        CallAfter([this] { WrapWords(); });  // once the sizer has laid the row out at this size
    });

    if (!target.manual) {
        SetToolTip(_("Click to see the records that count."));
        SetCursor(wxCursor(wxCURSOR_HAND));
        // A click anywhere on the card, its labels included, opens the records.
        auto open = [open_records](wxMouseEvent&) { open_records(); };
        Bind(wxEVT_LEFT_UP, open);
        for (auto* child : GetChildren()) child->Bind(wxEVT_LEFT_UP, open);
    }
}

void TargetCard::WrapWords() {
    const int width = m_words->GetSize().GetWidth();
    if (width <= 0 || std::abs(width - m_wrapped_at) < 4) return;
    m_wrapped_at = width;
    m_label->SetLabel(m_label_text);
    m_label->Wrap(width);
    m_detail->SetLabel(m_detail_text);
    m_detail->Wrap(width);
    // The card's height follows its lines; the list it sits in lays out and scrolls again.
    InvalidateBestSize();
    if (auto* list = GetParent()) {
        list->Layout();
        if (auto* scrolled = dynamic_cast<wxScrolledWindow*>(list)) scrolled->FitInside();
    }
}

}  // namespace innodesk::gui
