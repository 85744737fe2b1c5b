// Where each block of a PDF page flow goes: page breaks that keep headings with what follows,
// split blocks taller than a page between lines, and repeat the table's header row on every page it continues
// on. Pure arithmetic on heights in points, so that it is tested without drawing.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

namespace innodesk::reports {

struct FlowBlock {
    double height = 0;
    // Offsets from the block's top where it may be cut between pages (between lines of every
    // cell), ascending, each above 0 and below `height`. Empty: the block is never split, unless
    // it is taller than a whole page.
    std::vector<double> breaks;
    double space_before = 0;      // gap above it, dropped at the top of a page
    bool keep_with_next = false;  // never the last thing on a page (headings, the table header)
    bool table_row = false;       // a page break before or inside it repeats the table header
};

struct FlowSlice {
    int page = 0;           // from 0
    std::size_t block = 0;  // index into the blocks, or the table header's index for a repeat
    double from = 0;        // the part of the block drawn: [from, to) of its height
    double to = 0;
    double y = 0;  // where that part's top goes on the page
};

struct PageFrame {
    double first_top = 0;  // where the flow starts on the first page
    double top = 0;        // where it starts on the following pages
    double bottom = 0;     // where it must end on every page
};

// `table_header`: the index of the table's header block, repeated at the top of each new page
// that starts with a table row. Blocks are laid out in order; the result lists their parts in order.
std::vector<FlowSlice> Paginate(const std::vector<FlowBlock>& blocks, const PageFrame& frame,
                                std::optional<std::size_t> table_header);

// The number of pages the slices use.
int PageCount(const std::vector<FlowSlice>& slices);

}  // namespace innodesk::reports
