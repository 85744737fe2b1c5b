// How long operations report progress and learn that the user cancelled. Declared here and
// implemented by whoever drives the operation (a progress dialog, a terminal).
#pragma once

#include <cstddef>

namespace innodesk::domain {

class ProgressObserver {
public:
    virtual ~ProgressObserver() = default;
    virtual void Progress(std::size_t done, std::size_t total) = 0;
    virtual bool CancelRequested() const = 0;
};

}  // namespace innodesk::domain
