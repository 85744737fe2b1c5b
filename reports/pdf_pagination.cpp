// Page breaking for the PDF writer.
#include "reports/pdf_pagination.h"

#include <algorithm>

namespace innodesk::reports {

namespace {

class Paginator {
public:
    Paginator(const std::vector<FlowBlock>& blocks, const PageFrame& frame, std::optional<std::size_t> header)
        : m_blocks(blocks), m_frame(frame), m_header(header), m_y(frame.first_top) {}

    std::vector<FlowSlice> Run() {
        for (std::size_t i = 0; i < m_blocks.size(); ++i) Place(i);
        return std::move(m_slices);
    }

private:
    // The height a block needs on this page before it may start here: all of it when it must not
    // be split, else its first line; plus, for a kept heading, what the blocks it is kept with need
    // (following a chain: a table's header, a group's title, then its first row), a table row
    // whole as Place puts it.
    double NeededToStart(std::size_t index) const {
        const auto first_part = [](const FlowBlock& block) {
            return block.breaks.empty() || block.table_row ? block.height : block.breaks.front();
        };
        const auto& block = m_blocks[index];
        if (!block.keep_with_next) return block.breaks.empty() ? block.height : block.breaks.front();
        double needed = block.height;
        for (std::size_t at = index; m_blocks[at].keep_with_next && at + 1 < m_blocks.size(); ++at) {
            const auto& next = m_blocks[at + 1];
            const bool kept_on = next.keep_with_next && at + 2 < m_blocks.size();
            needed += next.space_before + (kept_on ? next.height : first_part(next));
        }
        return needed;
    }

    double HeaderHeight() const { return m_header ? m_blocks[*m_header].height : 0; }

    void NewPage(bool repeat_header) {
        ++m_page;
        m_y = m_frame.top;
        m_page_empty = true;
        if (repeat_header && m_header) {
            const auto& header = m_blocks[*m_header];
            m_slices.push_back({m_page, *m_header, 0, header.height, m_y});
            m_y += header.height;
        }
    }

    void Place(std::size_t index) {
        const auto& block = m_blocks[index];
        double gap = m_page_empty ? 0 : block.space_before;
        if (!m_page_empty && m_y + gap + NeededToStart(index) > m_frame.bottom) {
            NewPage(block.table_row);
            gap = 0;
        }
        m_y += gap;
        // A table row that fits whole on a fresh page goes there rather than leave a few of its
        // lines at the foot of this one; paragraphs flow on from line to line.
        if (!m_page_empty && block.table_row && m_y + block.height > m_frame.bottom &&
            block.height <= m_frame.bottom - m_frame.top - HeaderHeight()) {
            NewPage(true);
        }
        double from = 0;
        while (true) {
            const double available = m_frame.bottom - m_y;
            if (block.height - from <= available) {
                m_slices.push_back({m_page, index, from, block.height, m_y});
                m_y += block.height - from;
                m_page_empty = false;
                return;
            }
            // The lowest cut that fits; if no line fits on a page of its own, cut through the
            // line rather than loop for ever.
            double cut = from;
            for (const double candidate : block.breaks)
                if (candidate > from && candidate <= from + available) cut = candidate;
            if (cut == from) {
                if (!m_page_empty) {
                    NewPage(block.table_row);
                    continue;
                }
                cut = from + std::max(available, 1.0);
            }
            m_slices.push_back({m_page, index, from, cut, m_y});
            m_page_empty = false;
            from = cut;
            NewPage(block.table_row);
        }
    }

    const std::vector<FlowBlock>& m_blocks;
    const PageFrame& m_frame;
    std::optional<std::size_t> m_header;
    std::vector<FlowSlice> m_slices;
    int m_page = 0;
    double m_y = 0;
    bool m_page_empty = true;
};

}  // namespace

std::vector<FlowSlice> Paginate(const std::vector<FlowBlock>& blocks, const PageFrame& frame,
                                std::optional<std::size_t> table_header) {
    return Paginator(blocks, frame, table_header).Run();
}

int PageCount(const std::vector<FlowSlice>& slices) {
    return slices.empty() ? 1 : slices.back().page + 1;
}

}  // namespace innodesk::reports
