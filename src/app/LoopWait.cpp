#include "app/LoopWait.h"

#include <algorithm>
#include <cmath>

namespace vitrin::app {

namespace {
int ceilMs(double seconds) {
    return static_cast<int>(std::ceil(std::max(0.0, seconds) * 1000.0));
}
} // namespace

int waitTimeoutMs(const LoopState& state) {
    int timeout = kLongestWaitMs;
    if (!state.screenOn) {
        timeout = kScreenOffWaitMs;
    } else if (state.frameWanted) {
        timeout = ceilMs(state.secondsToNextFrame);
    } else {
        timeout = std::min(timeout, ceilMs(state.secondsUntilChange) + 1);
        if (state.staffOpen) {
            timeout = std::min(timeout, kStaffWaitMs);
        }
        if (state.loading && !state.wokenByWorkers) {
            timeout = std::min(timeout, kPollLoadingMs);
        }
    }
    if (state.secondsUntilPing) {
        timeout = std::min(timeout, ceilMs(*state.secondsUntilPing));
    }
    return timeout;
}

double firstFrameHoldSeconds(int framesDrawn, bool loading, double secondsSinceOpen) {
    if (framesDrawn > 0 || !loading) {
        return 0;
    }
    return std::max(0.0, kFirstFrameHoldSeconds - secondsSinceOpen);
}

double minFrameSeconds(bool softwareRenderer, bool attractLoop) {
    return softwareRenderer && attractLoop ? 1.0 / 12 : 1.0 / 60;
}

} // namespace vitrin::app
