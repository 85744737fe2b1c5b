// A minimal DER reader: enough of ContentInfo and SignedData (RFC 5652 §3, §5.1) to lift out the
// certificates field. Anything unexpected gives up and leaves the parsing to OpenSSL.
#include "cms_split.h"

#include <algorithm>
#include <iterator>

namespace innodesk::signing::detail {

namespace {

constexpr std::uint8_t kSequence = 0x30;
constexpr std::uint8_t kObjectIdentifier = 0x06;
constexpr std::uint8_t kContextZero = 0xA0;  // [0] constructed: ContentInfo.content, SignedData.certificates

// 1.2.840.113549.1.7.2, id-signedData, as DER content octets.
constexpr std::uint8_t kSignedDataOid[] = {0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02};

struct Element {
    std::uint8_t tag = 0;
    std::span<const std::uint8_t> whole;  // tag, length and content
    std::span<const std::uint8_t> content;
};

// Reads one element at the start of `input`: single-byte tags, definite lengths of up to 4 bytes.
std::optional<Element> Read(std::span<const std::uint8_t> input) {
    if (input.size() < 2 || (input[0] & 0x1f) == 0x1f) return std::nullopt;
    std::size_t length = input[1];
    std::size_t header = 2;
    if (length & 0x80) {
        const std::size_t bytes = length & 0x7f;
        if (bytes == 0 || bytes > 4 || input.size() < 2 + bytes) return std::nullopt;  // 0: indefinite (BER)
        length = 0;
        for (std::size_t i = 0; i < bytes; ++i) length = (length << 8) | input[2 + i];
        header += bytes;
    }
    if (input.size() - header < length) return std::nullopt;
    return Element{input[0], input.subspan(0, header + length), input.subspan(header, length)};
}

void AppendHeader(std::vector<std::uint8_t>& out, std::uint8_t tag, std::size_t length) {
    out.push_back(tag);
    if (length < 0x80) {
        out.push_back(static_cast<std::uint8_t>(length));
        return;
    }
    std::uint8_t bytes[sizeof(std::size_t)] = {};
    std::size_t count = 0;
    for (std::size_t rest = length; rest != 0; rest >>= 8)
        bytes[count++] = static_cast<std::uint8_t>(rest & 0xff);
    out.push_back(static_cast<std::uint8_t>(0x80 | count));
    while (count > 0) out.push_back(bytes[--count]);
}

std::size_t HeaderSize(std::size_t length) {
    if (length < 0x80) return 2;
    std::size_t bytes = 0;
    for (std::size_t rest = length; rest != 0; rest >>= 8) ++bytes;
    return 2 + bytes;
}

}  // namespace

std::optional<SplitSignedData> SplitCertificates(std::span<const std::uint8_t> der) {
    const std::optional<Element> content_info = Read(der);
    if (!content_info || content_info->tag != kSequence || content_info->whole.size() != der.size()) {
        return std::nullopt;
    }
    const std::optional<Element> type = Read(content_info->content);
    if (!type || type->tag != kObjectIdentifier ||
        !std::equal(type->content.begin(), type->content.end(), std::begin(kSignedDataOid),
                    std::end(kSignedDataOid))) {
        return std::nullopt;
    }
    const std::optional<Element> explicit_content = Read(content_info->content.subspan(type->whole.size()));
    if (!explicit_content || explicit_content->tag != kContextZero ||
        type->whole.size() + explicit_content->whole.size() != content_info->content.size()) {
        return std::nullopt;
    }
    const std::optional<Element> signed_data = Read(explicit_content->content);
    if (!signed_data || signed_data->tag != kSequence ||
        signed_data->whole.size() != explicit_content->content.size()) {
        return std::nullopt;
    }

    SplitSignedData split;
    std::vector<std::span<const std::uint8_t>> kept;  // SignedData's fields but the certificates
    std::size_t kept_size = 0;
    for (std::span<const std::uint8_t> rest = signed_data->content; !rest.empty();) {
        const std::optional<Element> field = Read(rest);
        if (!field) return std::nullopt;
        rest = rest.subspan(field->whole.size());
        if (field->tag != kContextZero) {
            kept.push_back(field->whole);
            kept_size += field->whole.size();
            continue;
        }
        if (!split.certificates.empty()) return std::nullopt;  // two certificate sets: not DER SignedData
        for (std::span<const std::uint8_t> set = field->content; !set.empty();) {
            const std::optional<Element> certificate = Read(set);
            // Other CertificateChoices (attribute certificates, …) are left to OpenSSL.
            if (!certificate || certificate->tag != kSequence) return std::nullopt;
            split.certificates.push_back(certificate->whole);
            set = set.subspan(certificate->whole.size());
        }
    }
    if (split.certificates.empty()) return std::nullopt;  // nothing to gain

    const std::size_t signed_data_size = HeaderSize(kept_size) + kept_size;
    const std::size_t explicit_size = HeaderSize(signed_data_size) + signed_data_size;
    const std::size_t content_info_size = type->whole.size() + explicit_size;
    std::vector<std::uint8_t>& out = split.without_certificates;
    out.reserve(HeaderSize(content_info_size) + content_info_size);
    AppendHeader(out, kSequence, content_info_size);
    out.insert(out.end(), type->whole.begin(), type->whole.end());
    AppendHeader(out, kContextZero, signed_data_size);
    AppendHeader(out, kSequence, kept_size);
    for (const auto& field : kept) out.insert(out.end(), field.begin(), field.end());
    return split;
}

}  // namespace innodesk::signing::detail
