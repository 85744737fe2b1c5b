// innodesk-cli report: a plan's quarterly, half-year or annual report as XLSX, PDF or CSV.
#include "commands.h"

#include "app/report_heading.h"
#include "domain/target_service.h"
#include "reports/csv_report_writer.h"
#include "reports/pdf_report_writer.h"
#include "reports/target_report.h"
#include "reports/xlsx_report_writer.h"

#include <cctype>
#include <filesystem>
#include <memory>
#include <optional>

namespace innodesk::cli {
namespace {

struct ReportOptions {
    std::string plan, period, format, out, as_of, reference;
};

// The format named by --format, else by the extension of --out.
std::string FormatOf(const ReportOptions& options) {
    if (!options.format.empty()) return options.format;
    std::string extension = std::filesystem::path(options.out).extension().string();
    for (auto& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension == ".xlsx" || extension == ".pdf" || extension == ".csv") return extension.substr(1);
    throw domain::DomainError(
        domain::ErrorCode::InvalidValue,
        {"Không biết định dạng của tệp “" + options.out +
             "”: thêm --format xlsx, pdf hoặc csv, hoặc đặt tên tệp có đuôi .xlsx, .pdf, .csv.",
         "Cannot tell the format of “" + options.out +
             "”: add --format xlsx, pdf or csv, or name the file .xlsx, .pdf or .csv."},
        "--format");
}

void WriteReport(CliContext& context, const ReportOptions& options) {
    context.Actor();
    const std::string format = FormatOf(options);
    const auto period = domain::Period::Parse(options.period, "--period");
    std::optional<domain::CalendarDate> as_of;
    if (!options.as_of.empty()) as_of = domain::CalendarDate::Parse(options.as_of, "--as-of");
    const auto evaluation = context.Workspace().Targets().Evaluate(options.plan, period, as_of);
    auto heading = app::ReportHeading(context.Store(), context.Clock());
    heading.reference =
        options.reference.empty() ? std::string() : context.Text().Clean(options.reference, "--reference");
    const auto document = reports::TargetReport(evaluation, heading, context.Language());
    if (format == "xlsx")
        reports::WriteXlsxReport(document, options.out);
    else if (format == "pdf")
        reports::WritePdfReport(document, options.out);
    else
        reports::WriteCsvReport(document, options.out);
    context.out << context.Say("Đã ghi báo cáo ", "Wrote the report ")
                << context.Say(evaluation.period.Label()) << " (" << evaluation.targets.size()
                << context.Say(" chỉ tiêu, tính đến ngày ", " targets, as of ") << evaluation.as_of.Format()
                << context.Say(") vào ", ") to ") << options.out << '\n';
}

}  // namespace

void AddReportCommands(CLI::App& app, CliContext& context) {
    auto options = std::make_shared<ReportOptions>();
    auto* report = app.add_subcommand("report",
                                      "A plan's quarterly, half-year or annual report (XLSX, PDF or CSV), as "
                                      "the plan appendices lay it out");
    report->add_option("--plan", options->plan, "Plan code")->required();
    report->add_option("--period", options->period, "2026-Q3 (quarter), 2026-H1 (half-year) or 2026 (year)")
        ->required();
    report->add_option("--format", options->format, "xlsx, pdf or csv (default: from the extension of --out)")
        ->check(CLI::IsMember({"xlsx", "pdf", "csv"}));
    report->add_option("--out", options->out, "The file to write (written whole or not at all)")->required();
    report->add_option("--as-of", options->as_of,
                       "Leave out records after this date (dd/mm/yyyy; default today)");
    report->add_option("--reference", options->reference,
                       "The report's number line, e.g. \"Số: 15/BC-SKHCN\"");
    report->footer(
        "The heading (issuing body, place) comes from the settings report_issuing_body and report_place "
        "(innodesk-cli setting set …); see docs/REPORTS.md.");
    report->callback([&context, options] { WriteReport(context, *options); });
}

}  // namespace innodesk::cli
