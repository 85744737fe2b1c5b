// Page breaking, on heights alone.
#include "reports/pdf_pagination.h"

#include <catch2/catch.hpp>

using namespace innodesk::reports;

namespace {

const PageFrame kFrame{100, 50, 500};  // 400 points on page 1, 450 on the others

FlowBlock Rigid(double height, double space_before = 0) {
    FlowBlock block;
    block.height = height;
    block.space_before = space_before;
    return block;
}

FlowBlock Row(double height) {
    FlowBlock block;
    block.height = height;
    block.table_row = true;
    for (double line = 20; line < height; line += 20) block.breaks.push_back(line);
    return block;
}

}  // namespace

TEST_CASE("Blocks that fit stay on the first page, one below the other with their gaps", "[reports]") {
    const auto slices = Paginate({Rigid(100), Rigid(50, 10), Rigid(30, 10)}, kFrame, std::nullopt);
    REQUIRE(slices.size() == 3);
    CHECK(PageCount(slices) == 1);
    CHECK(slices[0].y == 100);
    CHECK(slices[1].y == 210);
    CHECK(slices[2].y == 270);
}

TEST_CASE("A table running over pages repeats its header at the top of each", "[reports]") {
    std::vector<FlowBlock> blocks{Rigid(250)};
    FlowBlock header = Rigid(30);
    header.keep_with_next = true;
    blocks.push_back(header);
    for (int i = 0; i < 20; ++i) blocks.push_back(Row(40));
    const auto slices = Paginate(blocks, kFrame, 1);
    const int pages = PageCount(slices);
    CHECK(pages == 3);
    for (int page = 1; page < pages; ++page) {
        const auto first =
            std::find_if(slices.begin(), slices.end(), [&](const FlowSlice& s) { return s.page == page; });
        REQUIRE(first != slices.end());
        CHECK(first->block == 1);
        CHECK(first->y == kFrame.top);
        CHECK((first + 1)->y == kFrame.top + 30);
    }
    for (const auto& slice : slices) CHECK(slice.y + (slice.to - slice.from) <= kFrame.bottom + 1e-9);
}

TEST_CASE("A heading kept with the next block moves to the next page with it", "[reports]") {
    FlowBlock heading = Rigid(20);
    heading.keep_with_next = true;
    const auto slices = Paginate({Rigid(370), heading, Rigid(40)}, kFrame, std::nullopt);
    REQUIRE(slices.size() == 3);
    CHECK(slices[1].page == 1);
    CHECK(slices[1].y == kFrame.top);
    CHECK(slices[2].page == 1);
}

TEST_CASE("A table's header, a group's title and its first row move to the next page together", "[reports]") {
    // 300 points used; the header (20) and the group (20) would fit, the first row (80) would not.
    FlowBlock header = Rigid(20);
    header.keep_with_next = true;
    FlowBlock group = Row(20);
    group.keep_with_next = true;
    const auto slices = Paginate({Rigid(300), header, group, Row(80)}, kFrame, 1);
    REQUIRE(slices.size() == 4);
    CHECK(slices[1].page == 1);  // not left alone at the foot of page 0
    CHECK(slices[1].y == kFrame.top);
    CHECK(slices[2].page == 1);
    CHECK(slices[3].page == 1);
}

TEST_CASE("A row taller than the room left is cut between lines, the rest on the next page", "[reports]") {
    std::vector<FlowBlock> blocks{Rigid(30)};
    blocks.back().keep_with_next = true;
    blocks.push_back(Row(1000));
    const auto slices = Paginate(blocks, kFrame, 0);
    double covered = 0;
    for (const auto& slice : slices) {
        if (slice.block != 1) continue;
        CHECK(slice.from == covered);
        CHECK((slice.to == 1000 || static_cast<int>(slice.to) % 20 == 0));
        covered = slice.to;
    }
    CHECK(covered == 1000);
    CHECK(PageCount(slices) == 3);
}

TEST_CASE("A block with no place to cut and taller than a page is still cut, and the flow ends",
          "[reports]") {
    const auto slices = Paginate({Rigid(1200)}, kFrame, std::nullopt);
    CHECK(PageCount(slices) == 3);
    CHECK(slices.back().to == 1200);
}
