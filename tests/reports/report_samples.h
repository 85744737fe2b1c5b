// Report documents the writer tests share: Vietnamese text with every tone on every vowel, đ/Đ,
// text typed in NFD, characters that markup and CSV must escape, long cells that wrap, groups,
// subtotals and a grand total, and enough rows to run over several pages.
#pragma once

#include "reports/report_document.h"

#include <string>
#include <vector>

namespace innodesk::reports::test {

// Syllables with each vowel under each tone (and đ/Đ), one group per row in SampleReport, each short
// enough to stay on one line. Syllables rather than bare letters: pdftotext finds no word gaps
// between single letters.
const std::vector<std::string>& ToneSamples();

// "Khánh Hòa" typed in NFD (base letters and combining marks), and the same in NFC.
inline constexpr const char* kKhanhHoaNfd =
    "Kha\xCC\x81nh Ho\xCC\x80"
    "a";
inline constexpr const char* kKhanhHoaNfc = "Khánh Hòa";

// Group I: one row per tone sample, then the NFD row. Group II: `long_rows` rows whose cells
// wrap over several lines. Subtotals after each group, a grand total at the end.
ReportDocument SampleReport(int long_rows, domain::Language language = domain::Language::Vietnamese);

// Three item rows and a total, for byte-exact CSV.
ReportDocument SmallReport();

}  // namespace innodesk::reports::test
