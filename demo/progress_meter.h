// Progress over a whole demo run, and the user's cancel turned into an exception that unwinds
// the run's outer transaction.
#pragma once

#include "domain/progress.h"

#include <cstddef>

namespace innodesk::demo {

class ProgressMeter {
public:
    ProgressMeter(domain::ProgressObserver* observer, std::size_t total)
        : m_observer(observer), m_total(total) {}

    void Report();
    void Advance(std::size_t count = 1);
    void SetDone(std::size_t done) { m_done = done; }
    std::size_t Done() const { return m_done; }
    std::size_t Total() const { return m_total; }
    domain::ProgressObserver* Observer() const { return m_observer; }
    // Throws DomainError(Cancelled) when the user asked to stop.
    void ThrowIfCancelled() const;

private:
    domain::ProgressObserver* m_observer;
    std::size_t m_total;
    std::size_t m_done = 0;
    std::size_t m_reported = 0;
};

// Lets an import (enterprises, an attendance sheet) report into the run's overall progress.
class OffsetObserver final : public domain::ProgressObserver {
public:
    OffsetObserver(ProgressMeter& meter, std::size_t base) : m_meter(meter), m_base(base) {}
    void Progress(std::size_t done, std::size_t) override {
        m_meter.SetDone(m_base + done);
        m_meter.Report();
    }
    bool CancelRequested() const override {
        return m_meter.Observer() != nullptr && m_meter.Observer()->CancelRequested();
    }

private:
    ProgressMeter& m_meter;
    std::size_t m_base;
};

}  // namespace innodesk::demo
