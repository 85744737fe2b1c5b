// Helpers shared by the interchange tests: fixture paths and catching the error a call throws.
#pragma once

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>

#include "domain/errors.h"

namespace innodesk::interchange::test {

inline std::filesystem::path ImportFixture(const std::string& name) {
    return std::filesystem::path(INNODESK_TEST_DATA_DIR) / "import" / name;
}

// The DomainError that `action` throws; fails the test if it throws nothing.
template <typename Action>
domain::DomainError ErrorFrom(Action&& action) {
    try {
        action();
    } catch (const domain::DomainError& error) {
        return error;
    }
    FAIL("expected a DomainError");
    throw std::logic_error("unreachable");
}

inline const std::string& English(const domain::DomainError& error) {
    return error.Message(domain::Language::English);
}

inline const std::string& Vietnamese(const domain::DomainError& error) {
    return error.Message(domain::Language::Vietnamese);
}

// A fresh directory under the system's temporary directory, removed with everything in it.
class TemporaryDirectory {
public:
    TemporaryDirectory() {
        std::random_device random;
        m_path = std::filesystem::temp_directory_path() /
                 ("innodesk-interchange-" + std::to_string(random()) + "-" + std::to_string(random()));
        std::filesystem::create_directories(m_path);
    }
    ~TemporaryDirectory() {
        // A destructor must not throw; a leftover directory in /tmp harms no later test.
        std::error_code ignored;
        std::filesystem::remove_all(m_path, ignored);
    }
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    const std::filesystem::path& Path() const { return m_path; }

    std::filesystem::path Write(const std::string& name, std::string_view bytes) const {
        const std::filesystem::path file = m_path / name;
        std::ofstream out(file, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        REQUIRE(out.good());
        return file;
    }

private:
    std::filesystem::path m_path;
};

}  // namespace innodesk::interchange::test
