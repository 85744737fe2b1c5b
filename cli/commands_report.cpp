// innodesk-cli report: a plan's quarterly, half-year or annual report as DOCX, PDF, XLSX or CSV
// (a draft), and reports issued as records: issue, list, show, render.
#include "commands.h"

#include "app/plan_report.h"
#include "app/report_heading.h"
#include "domain/utf8_path.h"
#include "option_values.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>

namespace innodesk::cli {
namespace {

struct ReportOptions {
    std::string plan, period, format, out, as_of, reference;
    std::string difficulties, difficulties_file, proposals, proposals_file;
};

struct IssueOptions : ReportOptions {
    int number = 0;
    std::string date, signer_title, signer_name;
};

struct IssuedOptions {
    int number = 0;
    int year = 0;
    std::string symbol, out, format;
};

// The format named by --format, else by the extension of --out.
std::string FormatOf(const std::string& format, const std::string& out) {
    if (!format.empty()) return format;
    std::string extension = domain::Utf8Of(domain::PathFromUtf8(out).extension());
    for (auto& c : extension) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (extension == ".docx" || extension == ".xlsx" || extension == ".pdf" || extension == ".csv")
        return extension.substr(1);
    throw domain::DomainError(
        domain::ErrorCode::InvalidValue,
        {"Không biết định dạng của tệp “" + out +
             "”: thêm --format docx, pdf, xlsx hoặc csv, hoặc đặt tên tệp có đuôi .docx, .pdf, .xlsx, .csv.",
         "Cannot tell the format of “" + out +
             "”: add --format docx, pdf, xlsx or csv, or name the file .docx, .pdf, .xlsx or .csv."},
        "--format");
}

void RequireOption(const std::string& value, const char* option) {
    if (!value.empty()) return;
    throw domain::DomainError(domain::ErrorCode::InvalidValue,
                              {std::string("Thiếu ") + option + ".", std::string(option) + " is required."},
                              option);
}

// The officer's words from --X or --X-file, each line cleaned (NFC, spaces), the line breaks kept.
std::string OfficerText(CliContext& context, const std::string& text, const std::string& file,
                        const char* option) {
    std::string raw = text;
    if (!file.empty()) {
        std::ifstream in(domain::PathFromUtf8(file), std::ios::binary);
        if (!in)
            throw domain::DomainError(
                domain::ErrorCode::NotFound,
                {"Không đọc được tệp '" + file + "'.", "Cannot read the file '" + file + "'."}, option);
        raw = std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    std::string cleaned;
    std::size_t start = 0;
    while (start <= raw.size()) {
        const auto end = raw.find('\n', start);
        const auto line =
            context.Text().Clean(raw.substr(start, end == std::string::npos ? end : end - start), option);
        if (!line.empty()) cleaned += (cleaned.empty() ? "" : "\n") + line;
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return cleaned;
}

app::ReportRequest Request(CliContext& context, const ReportOptions& options) {
    RequireOption(options.plan, "--plan");
    RequireOption(options.period, "--period");
    app::ReportRequest request;
    request.plan_code = options.plan;
    request.period = domain::Period::Parse(options.period, "--period");
    request.as_of = OptionalDate(options.as_of, "--as-of");
    request.difficulties =
        OfficerText(context, options.difficulties, options.difficulties_file, "--difficulties");
    request.proposals = OfficerText(context, options.proposals, options.proposals_file, "--proposals");
    request.language = context.Language();
    return request;
}

void AddContentOptions(CLI::App* command, ReportOptions& options) {
    command->add_option("--plan", options.plan, "Plan code");
    command->add_option("--period", options.period, "2026-Q3 (quarter), 2026-H1 (half-year) or 2026 (year)");
    command->add_option("--as-of", options.as_of,
                        "Leave out records after this date (dd/mm/yyyy; default today)");
    command->add_option("--difficulties", options.difficulties,
                        "Khó khăn, vướng mắc: the officer's words (a line break starts a paragraph)");
    command->add_option("--difficulties-file", options.difficulties_file, "… read from a UTF-8 text file");
    command->add_option("--proposals", options.proposals, "Đề xuất, kiến nghị: the officer's words");
    command->add_option("--proposals-file", options.proposals_file, "… read from a UTF-8 text file");
}

void WriteDraft(CliContext& context, const ReportOptions& options) {
    context.Actor();
    RequireOption(options.out, "--out");
    const std::string format = FormatOf(options.format, options.out);
    const auto request = Request(context, options);
    auto document = app::DraftReport(app::SourceOf(context.Workspace()), request);
    if (!options.reference.empty())
        document.reference = context.Text().Clean(options.reference, "--reference");
    app::WriteReportFile(document, format, options.out);
    const auto evaluation =
        context.Workspace().Targets().Evaluate(request.plan_code, request.period, request.as_of);
    context.out << context.Say("Đã ghi báo cáo ", "Wrote the report ")
                << context.Say(evaluation.period.Label()) << " (" << evaluation.targets.size()
                << context.Say(" chỉ tiêu, tính đến ngày ", " targets, as of ") << evaluation.as_of.Format()
                << context.Say(") vào ", ") to ") << options.out << '\n';
}

nlohmann::json ToJson(const domain::IssuedReport& r) {
    return {{"reference", r.Reference()},
            {"year", r.year},
            {"number", r.number},
            {"symbol", r.symbol},
            {"plan", r.plan_code},
            {"period", r.period},
            {"issued_on", r.issued_on.Format()},
            {"signer_title", r.signer_title},
            {"signer_name", r.signer_name},
            {"difficulties", r.difficulties},
            {"proposals", r.proposals},
            {"language", r.language},
            {"issued_by", r.issued_by},
            {"issued_at", r.issued_at_unix}};
}

void PrintIssued(CliContext& context, const domain::IssuedReport& r) {
    context.out << r.Reference() << "  " << r.issued_on.Format() << "  " << r.plan_code << "  " << r.period
                << "  " << r.signer_name << "  (" << r.issued_by << ")\n";
}

std::string SymbolOr(CliContext& context, const std::string& symbol) {
    return symbol.empty() ? app::ReportSymbol(context.Store(), context.Clock()) : symbol;
}

void AddIssueCommand(CLI::App* report, CliContext& context) {
    auto o = std::make_shared<IssueOptions>();
    auto* issue = report->add_subcommand(
        "issue", "Issue the report as a record under its number (officers): its figures are kept as issued");
    AddContentOptions(issue, *o);
    issue->add_option("--number", o->number, "The document number, e.g. 15 for “Số: 15/BC-SKHCN”")
        ->required();
    issue->add_option("--date", o->date, "The document's date (dd/mm/yyyy; default today)");
    issue->add_option(
        "--signer-title", o->signer_title,
        "Authority and title, lines separated by '|' (default: the setting report_signer_title)");
    issue->add_option("--signer-name", o->signer_name,
                      "The signer (default: the setting report_signer_name)");
    issue->add_option("--out", o->out, "Also write the issued report to this file");
    issue->add_option("--format", o->format, "docx, pdf, xlsx or csv (default: from the extension of --out)")
        ->check(CLI::IsMember({"docx", "pdf", "xlsx", "csv"}));
    issue->callback([&context, o] {
        app::IssueRequest request;
        request.report = Request(context, *o);
        request.number = o->number;
        request.date = OptionalDate(o->date, "--date");
        request.signer_title =
            o->signer_title.empty() ? "" : context.Text().Clean(o->signer_title, "--signer-title");
        request.signer_name =
            o->signer_name.empty() ? "" : context.Text().Clean(o->signer_name, "--signer-name");
        const std::string format = o->out.empty() ? "" : FormatOf(o->format, o->out);
        const auto issued = app::IssueReport(app::SourceOf(context.Workspace()), request, context.Actor());
        if (!o->out.empty()) app::WriteReportFile(app::IssuedDocument(issued), format, o->out);
        if (context.options.json) {
            context.out << ToJson(issued).dump(2) << '\n';
            return;
        }
        context.out << context.Say("Đã ban hành báo cáo số ", "Issued report number ") << issued.Reference()
                    << context.Say(" ngày ", " on ") << issued.issued_on.Format() << " (" << issued.plan_code
                    << " " << issued.period << ")";
        if (!o->out.empty()) context.out << context.Say(", đã ghi vào ", ", written to ") << o->out;
        context.out << '\n';
    });
}

void AddIssuedCommands(CLI::App* report, CliContext& context) {
    auto plan = std::make_shared<std::string>();
    auto* list = report->add_subcommand("list", "The reports issued, newest first");
    list->add_option("--plan", *plan, "Only this plan's");
    list->callback([&context, plan] {
        context.Actor();
        const auto issued = context.Workspace().IssuedReports().List(*plan);
        if (context.options.json) {
            nlohmann::json array = nlohmann::json::array();
            for (const auto& r : issued) array.push_back(ToJson(r));
            context.out << array.dump(2) << '\n';
            return;
        }
        for (const auto& r : issued) PrintIssued(context, r);
        context.out << issued.size() << context.Say(" báo cáo đã ban hành", " reports issued") << '\n';
    });

    const auto add_number = [](CLI::App* command, IssuedOptions& o) {
        command->add_option("--number", o.number, "The document number")->required();
        command->add_option("--year", o.year, "The year it was issued in")->required();
        command->add_option("--symbol", o.symbol,
                            "The symbol (default: the setting report_symbol, BC-SKHCN)");
    };
    auto s = std::make_shared<IssuedOptions>();
    auto* show =
        report->add_subcommand("show", "An issued report's record: number, date, signer, the officer's text");
    add_number(show, *s);
    show->callback([&context, s] {
        context.Actor();
        const auto r =
            context.Workspace().IssuedReports().Get(s->year, SymbolOr(context, s->symbol), s->number);
        if (context.options.json) {
            context.out << ToJson(r).dump(2) << '\n';
            return;
        }
        PrintIssued(context, r);
        context.out << context.Say("Khó khăn, vướng mắc:\n", "Difficulties:\n") << r.difficulties << '\n'
                    << context.Say("Đề xuất, kiến nghị:\n", "Proposals:\n") << r.proposals << '\n';
    });

    auto w = std::make_shared<IssuedOptions>();
    auto* render = report->add_subcommand(
        "render", "Write an issued report again, exactly as issued (its figures as they were then)");
    add_number(render, *w);
    render->add_option("--out", w->out, "The file to write")->required();
    render->add_option("--format", w->format, "docx, pdf, xlsx or csv (default: from the extension of --out)")
        ->check(CLI::IsMember({"docx", "pdf", "xlsx", "csv"}));
    render->callback([&context, w] {
        context.Actor();
        const std::string format = FormatOf(w->format, w->out);
        const auto r =
            context.Workspace().IssuedReports().Get(w->year, SymbolOr(context, w->symbol), w->number);
        app::WriteReportFile(app::IssuedDocument(r), format, domain::PathFromUtf8(w->out));
        context.out << context.Say("Đã ghi báo cáo số ", "Wrote report number ") << r.Reference()
                    << context.Say(" (như khi ban hành) vào ", " (as issued) to ") << w->out << '\n';
    });
}

}  // namespace

void AddReportCommands(CLI::App& app, CliContext& context) {
    auto options = std::make_shared<ReportOptions>();
    auto* report =
        app.add_subcommand("report",
                           "A plan's quarterly, half-year or annual report (DOCX, PDF, XLSX or CSV) as an "
                           "administrative document; issue, list, show and render issued reports")
            ->require_subcommand(0, 1);
    AddContentOptions(report, *options);
    report
        ->add_option("--format", options->format,
                     "docx, pdf, xlsx or csv (default: from the extension of --out)")
        ->check(CLI::IsMember({"docx", "pdf", "xlsx", "csv"}));
    report->add_option("--out", options->out, "The file to write (written whole or not at all)");
    report->add_option("--reference", options->reference,
                       "The draft's number line, e.g. \"Số: 15/BC-SKHCN\" (default: the number left blank)");
    report->footer(
        "Without a subcommand: a draft (--plan, --period and --out required). The heading and closing come "
        "from the settings report_issuing_body, report_place, report_symbol, report_signer_title, "
        "report_signer_name and report_recipients, and a plan of another province is headed by that "
        "province's department; see docs/REPORTS.md.");
    AddIssueCommand(report, context);
    AddIssuedCommands(report, context);
    report->callback([&context, options, report] {
        if (report->get_subcommands().empty()) WriteDraft(context, *options);
    });
}

}  // namespace innodesk::cli
