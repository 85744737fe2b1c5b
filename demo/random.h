// The demo generator's random numbers: portable (the same seed gives the same data with every
// standard library) and with weighted picks from the vocabulary's pools.
#pragma once

#include "demo/demo_vocabulary.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <string_view>

namespace innodesk::demo {

template <typename T>
struct Weighted {
    T value;
    int weight;
};

// std::uniform_*_distribution differ between standard libraries, so they are not used: the same
// seed would not give the same data everywhere.
class Random {
public:
    explicit Random(std::uint64_t seed) : m_engine(seed) {}

    // Uniform in [0, n); the modulo bias is negligible against 64 random bits.
    std::size_t Below(std::size_t n) { return static_cast<std::size_t>(m_engine() % n); }
    int Between(int low, int high) {
        return low + static_cast<int>(Below(static_cast<std::size_t>(high - low + 1)));
    }
    double Unit() { return static_cast<double>(m_engine() >> 11) * 0x1.0p-53; }
    bool Chance(double probability) { return Unit() < probability; }
    char Digit() { return static_cast<char>('0' + Below(10)); }

    template <typename T>
    const T& Pick(std::span<const T> items) {
        return items[Below(items.size())];
    }
    template <typename T, std::size_t N>
    const T& PickWeighted(const std::array<Weighted<T>, N>& items) {
        int total = 0;
        for (const auto& item : items) total += item.weight;
        int roll = Between(0, total - 1);
        for (const auto& item : items) {
            if (roll < item.weight) return item.value;
            roll -= item.weight;
        }
        return items.back().value;
    }
    std::string_view PickWeighted(std::span<const WeightedText> items) {
        int total = 0;
        for (const auto& item : items) total += item.weight;
        int roll = Between(0, total - 1);
        for (const auto& item : items) {
            if (roll < item.weight) return item.text;
            roll -= item.weight;
        }
        return items.back().text;
    }

private:
    std::mt19937_64 m_engine;
};

}  // namespace innodesk::demo
