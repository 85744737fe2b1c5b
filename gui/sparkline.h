// A target's values quarter by quarter as small bars, so the officer sees at a glance whether
// the work is spread over the year or bunched at its end. A quarter without a value (a manual
// target, a quarter not yet begun) is drawn as a dot.
#pragma once

#include <wx/window.h>

#include <optional>
#include <vector>

namespace innodesk::gui {

class Sparkline final : public wxWindow {
public:
    Sparkline(wxWindow* parent, std::vector<std::optional<double>> values, wxString tooltip);

private:
    void OnPaint(wxPaintEvent& event);
    std::vector<std::optional<double>> m_values;
};

}  // namespace innodesk::gui
