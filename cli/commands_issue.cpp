// innodesk-cli decision issue (the records clerk numbers, dates and seals a signed decision with
// the organisation certificate) and organisation-certificate enrol|show (administrators enrol the
// department's certificate, confirmed by a second administrator).
#include "commands.h"
#include "proposal_output.h"
#include "signer_options.h"

#include "app/decision_pdf.h"
#include "domain/issue_service.h"
#include "domain/organisation_certificate.h"
#include "domain/trust_service.h"
#include "domain/utf8_path.h"
#include "signing/trust_items.h"

#include <fstream>
#include <iterator>
#include <memory>

namespace innodesk::cli {
namespace {

struct IssueOptions {
    long long id = 0;
    std::string number;
    bool next = false;
    std::string date;
    SignerOptions signer;
};

domain::IssueService Issues(CliContext& context) {
    return {context.Store(), context.Text(), context.Clock()};
}

std::string ReadCertificateFile(const std::string& path) {
    std::ifstream in(domain::PathFromUtf8(path), std::ios::binary);
    if (!in)
        throw domain::DomainError(domain::ErrorCode::NotFound,
                                  {"Không đọc được tệp chứng thư '" + path + "'.",
                                   "Cannot read the certificate file '" + path + "'."},
                                  "file");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

void AddIssueCommand(CLI::App& decision_group, CliContext& context) {
    auto options = std::make_shared<IssueOptions>();
    auto* issue = decision_group.add_subcommand(
        "issue",
        "Number, date and seal a signed decision with the organisation certificate (records clerks)");
    issue->add_option("id", options->id, "Decision id")->required();
    auto* number = issue->add_option("--number", options->number,
                                     "The number, e.g. 126/QĐ-SKHCN; refused when already given this year");
    issue->add_flag("--next", options->next, "The register's next number for the year (the default)")
        ->excludes(number);
    issue->add_option("--date", options->date, "The issue date, dd/mm/yyyy (default today)");
    AddSignerOptions(*issue, options->signer);
    issue->callback([&context, options] {
        const auto& actor = context.Actor();
        domain::IssueRequest request{options->id, options->next ? std::string() : options->number,
                                     options->date.empty()
                                         ? context.Clock().Today()
                                         : domain::CalendarDate::Parse(options->date, "date")};
        const auto verifier = context.Workspace().Verifier();
        // Refusals that need no key come before the key: a PIN is never spent on them.
        const std::string will_be = Issues(context).RequireCanIssue(request, *verifier, actor);
        const auto signing_options = app::SigningOptionsOf(context.Store());
        // The PDF the approver signed, which the clerk's revision numbers, dates and seals.
        const auto approver_pdf = Issues(context).Document(options->id, domain::DocumentStage::Approver);
        const auto seal = LoadSigner(context, options->signer);
        const domain::DocumentMaker document = [&](const domain::Decision& issued_decision) {
            return app::IssuedDecisionPdf(
                context.Store(), context.Text(), context.Clock(), issued_decision,
                approver_pdf ? std::optional<std::vector<std::uint8_t>>(approver_pdf->pdf) : std::nullopt,
                app::SigningKeyOf(*seal), signing_options);
        };
        const auto issued = Issues(context).Issue(request, *seal, *verifier, actor, document);
        context.out << context.Say("Đã ban hành quyết định #", "Issued decision #") << issued.id << "  "
                    << issued.issue->number << "  " << issued.issue->issued_on.Format() << "  "
                    << issued.issue->organisation_subject << '\n';
        if (will_be != issued.issue->number) context.err << will_be << '\n';
    });
}

void AddOrganisationCertificateCommands(CLI::App& app, CliContext& context) {
    auto* group = app.add_subcommand("organisation-certificate",
                                     "The department's own certificate, which seals issued decisions")
                      ->require_subcommand(1);
    auto file = std::make_shared<std::string>();
    auto* enrol = group->add_subcommand(
        "enrol", "Enrol the organisation certificate (administrators; a second administrator confirms)");
    enrol->add_option("file", *file, "The organisation's certificate, PEM or DER (exported from the token)")
        ->required();
    enrol->callback([&context, file] {
        const auto identity = signing::ReadCertificateIdentity(ReadCertificateFile(*file), *file);
        const auto change = domain::EnrolOrganisationCertificateChange(
            {identity.fingerprint, identity.subject, identity.not_before_unix, identity.not_after_unix});
        const auto outcome = FourEyes(context).Propose(change, context.Actor());
        if (!outcome.applied) return PrintProposalOutcome(context, outcome);
        context.out << context.Say("Đã đăng ký chứng thư số của cơ quan: ",
                                   "Organisation certificate enrolled: ")
                    << identity.subject << "  SHA-256 " << identity.fingerprint << '\n';
    });
    group->add_subcommand("show", "Show the enrolled organisation certificate")->callback([&context] {
        context.Actor();
        const auto value = domain::TrustService(context.Store(), context.Clock())
                               .Setting(domain::kSettingOrganisationCertificate);
        const auto certificate = value ? domain::ParseOrganisationCertificate(*value) : std::nullopt;
        if (!certificate) {
            context.out << context.Say("Chưa đăng ký chứng thư số của cơ quan.\n",
                                       "No organisation certificate is enrolled.\n");
            return;
        }
        context.out << certificate->subject << '\n'
                    << "  SHA-256 " << certificate->fingerprint << '\n'
                    << "  " << context.Say("Hiệu lực: ", "Valid: ")
                    << context.Clock().FormatMoment(certificate->valid_from_unix) << " – "
                    << context.Clock().FormatMoment(certificate->valid_until_unix) << '\n';
    });
}

}  // namespace innodesk::cli
