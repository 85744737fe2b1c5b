// Building and checking report documents.
#include "reports/report_document.h"

#include "reports/report_labels.h"

#include <cmath>
#include <set>

namespace innodesk::reports {

using domain::DomainError;
using domain::ErrorCode;

namespace {

[[noreturn]] void Refuse(std::string vi, std::string en) {
    throw DomainError(ErrorCode::InvalidValue, {std::move(vi), std::move(en)}, "report");
}

std::string RowName(std::size_t index) {
    return std::to_string(index + 1);
}

void RequireWidth(const ReportTable& table, const std::vector<ReportCell>& cells) {
    if (cells.size() != table.columns.size())
        Refuse("Dòng " + RowName(table.rows.size()) + " của bảng báo cáo có " + std::to_string(cells.size()) +
                   " ô nhưng bảng có " + std::to_string(table.columns.size()) +
                   " cột; mỗi dòng phải có đúng một ô cho mỗi cột.",
               "Row " + RowName(table.rows.size()) + " of the report table has " +
                   std::to_string(cells.size()) + " cells but the table has " +
                   std::to_string(table.columns.size()) +
                   " columns; every row needs exactly one cell per column.");
}

bool Summable(CellNumber number) {
    return number == CellNumber::Count || number == CellNumber::Money;
}

}  // namespace

ReportCell ReportCell::Text(std::string text) {
    return ReportCell{std::move(text), CellNumber::None, 0, 0};
}

ReportCell ReportCell::Count(std::int64_t count, domain::Language language) {
    return ReportCell{GroupedNumber(count, language), CellNumber::Count, count, 0};
}

ReportCell ReportCell::Amount(domain::Money amount, domain::Language language) {
    return ReportCell{GroupedNumber(amount.Dong(), language), CellNumber::Money, amount.Dong(), 0};
}

ReportCell ReportCell::Percent(double percent, domain::Language language) {
    return ReportCell{PercentText(percent, language), CellNumber::Percent, 0, percent};
}

std::size_t ReportTable::AddItem(std::vector<ReportCell> cells) {
    RequireWidth(*this, cells);
    rows.push_back({RowKind::Item, std::move(cells), {}});
    return rows.size() - 1;
}

std::size_t ReportTable::AddGroup(std::vector<ReportCell> cells) {
    RequireWidth(*this, cells);
    rows.push_back({RowKind::Group, std::move(cells), {}});
    return rows.size() - 1;
}

std::size_t ReportTable::AddTotal(std::vector<ReportCell> labels, std::vector<std::size_t> summed,
                                  domain::Language language) {
    RequireWidth(*this, labels);
    for (std::size_t column = 0; column < columns.size(); ++column) {
        if (summed.empty()) break;
        const CellNumber kind = rows.at(summed.front()).cells.at(column).number;
        if (!Summable(kind)) continue;
        bool same_kind = true;
        domain::Money sum;  // Money's checked addition serves counts too: both are whole int64
        for (const std::size_t row : summed) {
            const auto& cell = rows.at(row).cells.at(column);
            if (cell.number != kind) {
                same_kind = false;
                break;
            }
            sum += domain::Money::Dong(cell.whole);
        }
        if (!same_kind) continue;
        labels[column] = kind == CellNumber::Money ? ReportCell::Amount(sum, language)
                                                   : ReportCell::Count(sum.Dong(), language);
    }
    rows.push_back({RowKind::Total, std::move(labels), std::move(summed)});
    return rows.size() - 1;
}

std::vector<std::size_t> ReportTable::ItemsOfCurrentGroup() const {
    std::vector<std::size_t> items;
    for (std::size_t i = rows.size(); i-- > 0;) {
        if (rows[i].kind == RowKind::Group) break;
        if (rows[i].kind == RowKind::Item) items.insert(items.begin(), i);
    }
    return items;
}

std::vector<std::size_t> ReportTable::AllItems() const {
    std::vector<std::size_t> items;
    for (std::size_t i = 0; i < rows.size(); ++i)
        if (rows[i].kind == RowKind::Item) items.push_back(i);
    return items;
}

void Validate(const ReportDocument& document) {
    const auto& table = document.table;
    if (table.columns.empty())
        Refuse("Bảng báo cáo chưa có cột nào; thêm các cột (STT, chỉ tiêu, kết quả…) trước khi xuất.",
               "The report table has no columns; add its columns (no., target, result…) before exporting.");
    for (std::size_t column = 0; column < table.columns.size(); ++column) {
        const double width = table.columns[column].width;
        if (!(width > 0 && width <= 200))
            Refuse("Cột " + RowName(column) + " của bảng báo cáo có độ rộng " + std::to_string(width) +
                       "; độ rộng phải lớn hơn 0 và không quá 200.",
                   "Column " + RowName(column) + " of the report table has width " + std::to_string(width) +
                       "; a width must be above 0 and at most 200.");
    }
    for (std::size_t index = 0; index < table.rows.size(); ++index) {
        const auto& row = table.rows[index];
        if (row.cells.size() != table.columns.size())
            Refuse("Dòng " + RowName(index) + " của bảng báo cáo có " + std::to_string(row.cells.size()) +
                       " ô nhưng bảng có " + std::to_string(table.columns.size()) + " cột.",
                   "Row " + RowName(index) + " of the report table has " + std::to_string(row.cells.size()) +
                       " cells but the table has " + std::to_string(table.columns.size()) + " columns.");
        for (std::size_t column = 0; column < row.cells.size(); ++column) {
            const auto& cell = row.cells[column];
            if (cell.number == CellNumber::Percent && !std::isfinite(cell.percent))
                Refuse("Ô dòng " + RowName(index) + ", cột " + RowName(column) +
                           " có tỷ lệ phần trăm không phải là số hữu hạn.",
                       "The cell at row " + RowName(index) + ", column " + RowName(column) +
                           " holds a percentage that is not a finite number.");
        }
        if (row.kind != RowKind::Total) {
            if (!row.summed_rows.empty())
                Refuse("Dòng " + RowName(index) + " không phải dòng tổng nhưng lại cộng các dòng khác.",
                       "Row " + RowName(index) + " is not a total row but adds up other rows.");
            continue;
        }
        std::set<std::size_t> seen;
        for (const std::size_t summed : row.summed_rows) {
            if (summed >= index || table.rows[summed].kind != RowKind::Item || !seen.insert(summed).second)
                Refuse("Dòng tổng " + RowName(index) + " cộng dòng " + RowName(summed) +
                           ", nhưng một dòng tổng chỉ được cộng mỗi dòng chi tiết phía trên nó một lần.",
                       "Total row " + RowName(index) + " adds up row " + RowName(summed) +
                           ", but a total may only add up each item row above it once.");
        }
        for (std::size_t column = 0; column < row.cells.size(); ++column) {
            const auto& cell = row.cells[column];
            if (!Summable(cell.number)) continue;
            domain::Money sum;
            for (const std::size_t summed : row.summed_rows) {
                const auto& part = table.rows[summed].cells[column];
                if (part.number != cell.number)
                    Refuse("Dòng tổng " + RowName(index) + ", cột " + RowName(column) + " cộng dòng " +
                               RowName(summed) + " có loại số khác (số lượng lẫn với tiền, hoặc chữ).",
                           "Total row " + RowName(index) + ", column " + RowName(column) + " adds up row " +
                               RowName(summed) +
                               " whose number is of another kind (counts mixed with money, or text).");
                sum += domain::Money::Dong(part.whole);
            }
            if (sum.Dong() != cell.whole)
                Refuse("Dòng tổng " + RowName(index) + ", cột " + RowName(column) + " ghi " +
                           std::to_string(cell.whole) + " nhưng tổng các dòng nó cộng là " +
                           std::to_string(sum.Dong()) + ".",
                       "Total row " + RowName(index) + ", column " + RowName(column) + " says " +
                           std::to_string(cell.whole) + " but the rows it adds up sum to " +
                           std::to_string(sum.Dong()) + ".");
        }
    }
}

}  // namespace innodesk::reports
