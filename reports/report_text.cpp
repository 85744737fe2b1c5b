// NFC normalisation and character checks for every string of a report document (ICU).
#include "reports/report_document.h"

#include "reports/report_labels.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdio>

namespace innodesk::reports {

namespace {

using domain::DomainError;
using domain::ErrorCode;

class Normaliser {
public:
    Normaliser() {
        UErrorCode status = U_ZERO_ERROR;
        m_nfc = icu::Normalizer2::getNFCInstance(status);
        if (U_FAILURE(status))
            throw DomainError(ErrorCode::Storage,
                              {std::string("Không nạp được dữ liệu chuẩn hoá Unicode của ICU (") +
                                   u_errorName(status) + "); cài lại gói libicu72.",
                               std::string("ICU's Unicode normalisation data could not be loaded (") +
                                   u_errorName(status) + "); reinstall the libicu72 package."});
    }

    // `where` names the place for the message: "tiêu đề" / "the title".
    std::string Nfc(const std::string& text, const std::string& where_vi, const std::string& where_en) const {
        RequireCleanUtf8(text, where_vi, where_en);
        UErrorCode status = U_ZERO_ERROR;
        const auto source = icu::UnicodeString::fromUTF8(text);
        if (m_nfc->isNormalized(source, status) && U_SUCCESS(status)) return text;
        status = U_ZERO_ERROR;
        const icu::UnicodeString normalised = m_nfc->normalize(source, status);
        if (U_FAILURE(status))
            throw DomainError(
                ErrorCode::InvalidValue,
                {"Không chuẩn hoá được văn bản ở " + where_vi + " (" + u_errorName(status) + ").",
                 "The text of " + where_en + " could not be normalised (" + u_errorName(status) + ")."},
                "report");
        std::string out;
        normalised.toUTF8String(out);
        return out;
    }

private:
    static void RequireCleanUtf8(const std::string& text, const std::string& where_vi,
                                 const std::string& where_en) {
        const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
        const auto length = static_cast<std::int32_t>(text.size());
        std::int32_t offset = 0;
        while (offset < length) {
            const std::int32_t at = offset;
            UChar32 c = 0;
            U8_NEXT(bytes, offset, length, c);
            if (c < 0)
                throw DomainError(ErrorCode::InvalidValue,
                                  {"Văn bản ở " + where_vi + " không phải UTF-8 hợp lệ (byte thứ " +
                                       std::to_string(at + 1) + "); hãy lưu nguồn dữ liệu dưới dạng UTF-8.",
                                   "The text of " + where_en + " is not valid UTF-8 (byte " +
                                       std::to_string(at + 1) + "); save the source data as UTF-8."},
                                  "report");
            // Line feeds break lines and tabs are spaces; other control characters would be
            // invisible in the PDF and are not allowed in an XLSX file at all.
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F)
                throw DomainError(
                    ErrorCode::InvalidValue,
                    {"Văn bản ở " + where_vi + " có ký tự điều khiển U+" + Hex(c) + " ở byte thứ " +
                         std::to_string(at + 1) + "; hãy xoá ký tự đó khỏi dữ liệu nguồn.",
                     "The text of " + where_en + " holds the control character U+" + Hex(c) + " at byte " +
                         std::to_string(at + 1) + "; remove it from the source data."},
                    "report");
        }
    }

    static std::string Hex(UChar32 c) {
        char digits[16];
        std::snprintf(digits, sizeof digits, "%04X", static_cast<unsigned>(c));
        return digits;
    }

    const icu::Normalizer2* m_nfc = nullptr;
};

void NormaliseLines(const Normaliser& nfc, std::vector<std::string>& lines, const std::string& where_vi,
                    const std::string& where_en) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        lines[i] = nfc.Nfc(lines[i], where_vi + ", dòng " + std::to_string(i + 1),
                           where_en + ", line " + std::to_string(i + 1));
}

void NormaliseParagraphs(const Normaliser& nfc, std::vector<ReportParagraph>& paragraphs,
                         const std::string& where_vi, const std::string& where_en) {
    for (std::size_t i = 0; i < paragraphs.size(); ++i)
        paragraphs[i].text = nfc.Nfc(paragraphs[i].text, where_vi + " " + std::to_string(i + 1),
                                     where_en + " " + std::to_string(i + 1));
}

}  // namespace

std::string UpperCase(const std::string& text) {
    std::string out;
    icu::UnicodeString::fromUTF8(text).toUpper(icu::Locale("vi")).toUTF8String(out);
    return out;
}

ReportDocument NormalisedText(const ReportDocument& document) {
    const Normaliser nfc;
    ReportDocument out = document;
    NormaliseLines(nfc, out.issuing_body, "cơ quan ban hành", "the issuing body");
    out.reference = nfc.Nfc(out.reference, "số ký hiệu", "the reference number");
    NormaliseLines(nfc, out.national_heading, "quốc hiệu", "the national heading");
    out.place_and_date = nfc.Nfc(out.place_and_date, "địa danh và ngày", "the place and date");
    out.title = nfc.Nfc(out.title, "tiêu đề", "the title");
    NormaliseLines(nfc, out.subtitle, "trích yếu", "the subtitle");
    NormaliseParagraphs(nfc, out.before_table, "đoạn trước bảng", "the paragraph before the table");
    out.table_caption = nfc.Nfc(out.table_caption, "tên bảng", "the table caption");
    for (std::size_t c = 0; c < out.table.columns.size(); ++c)
        out.table.columns[c].header =
            nfc.Nfc(out.table.columns[c].header, "tiêu đề cột " + std::to_string(c + 1),
                    "the header of column " + std::to_string(c + 1));
    for (std::size_t r = 0; r < out.table.rows.size(); ++r) {
        auto& cells = out.table.rows[r].cells;
        for (std::size_t c = 0; c < cells.size(); ++c)
            cells[c].text = nfc.Nfc(
                cells[c].text, "bảng, dòng " + std::to_string(r + 1) + ", cột " + std::to_string(c + 1),
                "the table, row " + std::to_string(r + 1) + ", column " + std::to_string(c + 1));
    }
    NormaliseParagraphs(nfc, out.after_table, "đoạn sau bảng", "the paragraph after the table");
    NormaliseLines(nfc, out.recipients, "nơi nhận", "the recipients");
    NormaliseLines(nfc, out.signature.authority, "thẩm quyền ký", "the signing authority");
    out.signature.name = nfc.Nfc(out.signature.name, "họ tên người ký", "the signer's name");
    NormaliseParagraphs(nfc, out.closing_notes, "ghi chú cuối", "the closing note");
    return out;
}

}  // namespace innodesk::reports
