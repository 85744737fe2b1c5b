// Fitting a list's columns to its width.
#include "column_fit.h"

#include <wx/settings.h>

#include <algorithm>
#include <memory>
#include <numeric>

namespace innodesk::gui {
namespace {

// Shares `amount` (positive grows, negative shrinks) among the chosen columns, never below their
// floors; returns what could not be placed. Growth goes in proportion to the weights. Shrinking
// takes from the widest column first (the one with most text to spare), so that a short key column
// (a decision's number, a voucher's serial) keeps its width while a long one still shows plenty.
int Share(std::vector<int>& widths, const std::vector<int>& floors, const std::vector<int>& weights,
          const std::vector<bool>& chosen, int amount) {
    if (amount < 0) {
        while (amount < 0) {
            std::size_t widest = widths.size();
            for (std::size_t i = 0; i < widths.size(); ++i)
                if (chosen[i] && widths[i] > floors[i] &&
                    (widest == widths.size() || widths[i] > widths[widest]))
                    widest = i;
            if (widest == widths.size()) break;  // every chosen column is down to its header
            --widths[widest];
            ++amount;
        }
        return amount;
    }
    for (int pass = 0; pass < 4 && amount != 0; ++pass) {
        long long total_weight = 0;
        for (std::size_t i = 0; i < widths.size(); ++i)
            if (chosen[i]) total_weight += std::max(weights[i], 1);
        if (total_weight == 0) break;
        int placed = 0;
        for (std::size_t i = 0; i < widths.size(); ++i) {
            if (!chosen[i]) continue;
            const int step =
                static_cast<int>(static_cast<long long>(amount) * std::max(weights[i], 1) / total_weight);
            widths[i] += step;
            placed += step;
        }
        amount -= placed;
        if (placed == 0) {  // rounding: the remainder to the first column that takes it
            for (std::size_t i = 0; i < widths.size() && amount != 0; ++i) {
                if (!chosen[i]) continue;
                widths[i] += amount;
                amount = 0;
            }
            break;
        }
    }
    return amount;
}

}  // namespace

int HeaderWidth(wxDataViewCtrl& list, unsigned column) {
    // Measured in bold, as GTK's themes draw headers, with the header button's padding on both
    // sides and room for the sort arrow.
    const wxFont bold = list.GetFont().Bold();
    int width = 0, height = 0;
    list.GetTextExtent(list.GetColumn(column)->GetTitle(), &width, &height, nullptr, nullptr, &bold);
    return width + list.FromDIP(24);
}

void FitColumns(wxDataViewCtrl& list, const std::vector<ColumnFit>& columns) {
    const unsigned count = std::min<unsigned>(list.GetColumnCount(), static_cast<unsigned>(columns.size()));
    if (count == 0) return;
    int scrollbar = wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, &list);
    if (scrollbar <= 0) scrollbar = list.FromDIP(16);
    // The borders of the list and a scroll bar that may appear once rows overflow.
    const int available = list.GetClientSize().GetWidth() - scrollbar - list.FromDIP(6);
    if (available <= 0) return;
    std::vector<int> widths(count), floors(count), weights(count);
    std::vector<bool> stretching(count), fixed(count);
    for (unsigned i = 0; i < count; ++i) {
        if (list.GetColumn(i)->IsHidden()) continue;  // takes no room: no share, no width
        floors[i] = HeaderWidth(list, i);
        widths[i] = std::max(columns[i].preferred, floors[i]);
        weights[i] = widths[i];
        stretching[i] = columns[i].stretches;
        fixed[i] = !columns[i].stretches;
    }
    const int wanted = std::accumulate(widths.begin(), widths.end(), 0);
    int rest = available - wanted;
    if (rest > 0) {
        const bool any = std::find(stretching.begin(), stretching.end(), true) != stretching.end();
        Share(widths, floors, weights, any ? stretching : fixed, rest);
    } else if (rest < 0) {
        // Text gives up its room first; numbers only when text is down to its headers.
        rest = Share(widths, floors, weights, stretching, rest);
        if (rest < 0) Share(widths, floors, weights, fixed, rest);
    }
    for (unsigned i = 0; i < count; ++i) {
        wxDataViewColumn* column = list.GetColumn(i);
        if (!column->IsHidden() && column->GetWidth() != widths[i]) column->SetWidth(widths[i]);
    }
}

void KeepColumnsFitted(wxDataViewCtrl& list, std::vector<ColumnFit> columns) {
    for (unsigned i = 0; i < list.GetColumnCount(); ++i)
        if (auto* renderer = list.GetColumn(i)->GetRenderer()) renderer->EnableEllipsize(wxELLIPSIZE_END);
    FitColumns(list, columns);
    auto fitted_width = std::make_shared<int>(-1);
    list.Bind(wxEVT_SIZE, [&list, columns = std::move(columns), fitted_width](wxSizeEvent& event) {
        event.Skip();
        const int width = event.GetSize().GetWidth();
        if (width == *fitted_width) return;
        *fitted_width = width;
        // After GTK has given the list its new size, not while it is giving it.
        list.CallAfter([&list, columns] { FitColumns(list, columns); });
    });
}

}  // namespace innodesk::gui
