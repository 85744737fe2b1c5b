// SHA-256 of bytes in one call, and of a file read in blocks.
#include "sha256.h"

#include "domain/utf8_path.h"
#include "openssl_support.h"

#include <array>
#include <fstream>

namespace innodesk::signing {

using EvpMdCtxPtr = std::unique_ptr<EVP_MD_CTX, detail::FreeWith<EVP_MD_CTX_free>>;

std::string Sha256Hex(std::string_view bytes) {
    const detail::ErrorMarkGuard guard;
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1)
        detail::ThrowOpenSslError(domain::ErrorCode::Storage,
                                  {"Không tính được SHA-256.", "The SHA-256 could not be computed."});
    return detail::LowerHex(digest.data(), length);
}

std::string FileSha256(const std::filesystem::path& file) {
    const detail::ErrorMarkGuard guard;
    const std::string name = domain::Utf8Of(file);
    std::ifstream in(file, std::ios::binary);
    if (!in)
        throw domain::DomainError(domain::ErrorCode::Storage, {"Không đọc được tệp " + name + ".",
                                                               "The file " + name + " cannot be read."});
    const EvpMdCtxPtr context(EVP_MD_CTX_new());
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1)
        detail::ThrowOpenSslError(domain::ErrorCode::Storage,
                                  {"Không tính được SHA-256.", "The SHA-256 could not be computed."});
    std::array<char, 65536> block{};
    while (in) {
        in.read(block.data(), block.size());
        const auto count = static_cast<std::size_t>(in.gcount());
        if (count > 0 && EVP_DigestUpdate(context.get(), block.data(), count) != 1)
            detail::ThrowOpenSslError(domain::ErrorCode::Storage,
                                      {"Không tính được SHA-256.", "The SHA-256 could not be computed."});
    }
    if (!in.eof())
        throw domain::DomainError(
            domain::ErrorCode::Storage,
            {"Đọc tệp " + name + " bị lỗi giữa chừng.", "Reading the file " + name + " failed part way."});
    std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(context.get(), digest.data(), &length) != 1)
        detail::ThrowOpenSslError(domain::ErrorCode::Storage,
                                  {"Không tính được SHA-256.", "The SHA-256 could not be computed."});
    return detail::LowerHex(digest.data(), length);
}

}  // namespace innodesk::signing
