// The trust and the file reading behind verifying a signed PDF from a front end.
#include "pdf_verification.h"

#include "pinned_trust.h"

#include "domain/errors.h"

#include <fstream>
#include <iterator>
#include <system_error>

namespace innodesk::app {

using domain::DomainError;
using domain::ErrorCode;

std::string ReadPdfFile(const std::filesystem::path& file) {
    const std::u8string utf8 = file.u8string();  // UTF-8 on every platform, for Vietnamese folder names
    const std::string name(utf8.begin(), utf8.end());
    std::error_code error;
    const auto size = std::filesystem::file_size(file, error);
    if (error)
        throw DomainError(ErrorCode::NotFound,
                          {"Không đọc được tệp " + name + ": " + error.message() + ".",
                           "Cannot read the file " + name + ": " + error.message() + "."},
                          "file");
    if (size > signing::kMaxVerifiedPdfBytes)
        throw DomainError(
            ErrorCode::InvalidValue,
            {"Tệp " + name + " quá lớn để kiểm tra: " + std::to_string(size) + " byte, giới hạn là " +
                 std::to_string(signing::kMaxVerifiedPdfBytes) + " byte (64 MiB).",
             "The file " + name + " is too large to check: " + std::to_string(size) +
                 " bytes, the limit is " + std::to_string(signing::kMaxVerifiedPdfBytes) +
                 " bytes (64 MiB)."},
            "file");
    std::ifstream in(file, std::ios::binary);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.good() && !in.eof())
        throw DomainError(ErrorCode::NotFound,
                          {"Không đọc được tệp " + name + ".", "Cannot read the file " + name + "."}, "file");
    return bytes;
}

signing::PdfVerification VerifyPdfFile(const std::filesystem::path& file,
                                       const signing::PreparedTrustStore& trust,
                                       const std::vector<std::string>& timestamp_ca_pems) {
    return signing::VerifyPdf(ReadPdfFile(file), trust, timestamp_ca_pems);
}

domain::LocalisedText PdfTrustNote() {
    if (!ReadPinnedAnchors().anchors.empty()) return {};
    const auto where = WhereToPin();
    return {"Máy trạm này chưa ghim chứng thư gốc nào, nên không chữ ký nào được tin cậy. " + where.vi,
            "No root certificate is pinned on this workstation, so no signature is trusted. " + where.en};
}

}  // namespace innodesk::app
